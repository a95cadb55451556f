// One benchmark server in its own process (so its RSS is its own):
//   tsx bench/serve.ts raw|policygraph|neo4j-graphql PORT BOLT_URI
import { createDriver } from '../src/graph/driver.ts';
import { GraphStore } from '../src/graph/store.ts';
import { createLogger } from '../src/logger.ts';
import { createPolicyGraphYoga } from '../src/server/yoga.ts';
import { listen } from '../src/server/http.ts';
import { createRawServer } from './raw-server.ts';
import { createNeo4jGraphqlYoga } from './neo4j-graphql-server.ts';

const [kind, port, uri] = process.argv.slice(2);
// The same driver settings as the service (src/graph/driver.ts) for all three servers.
const driver = createDriver({ uri: uri!, user: 'neo4j', password: 'unused' });
if (kind === 'raw') {
  const server = createRawServer(driver);
  await new Promise<void>((ok) => server.listen(Number(port), '127.0.0.1', ok));
} else if (kind === 'policygraph') {
  const store = new GraphStore(driver, 'neo4j', 30_000);
  await listen(createPolicyGraphYoga({ store, logger: createLogger('warn'), graphiql: false }), '127.0.0.1', Number(port));
} else if (kind === 'neo4j-graphql') {
  await listen(await createNeo4jGraphqlYoga(driver), '127.0.0.1', Number(port));
} else {
  throw new Error(`unknown server ${kind}`);
}
process.send?.('ready');
process.on('SIGTERM', () => void driver.close().then(() => process.exit(0)));
