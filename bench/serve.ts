// One benchmark server in its own process (so its RSS is its own):
//   node dist/bench/serve.js raw|policygraph|policygraph-uncached|neo4j-graphql PORT BOLT_URI
// Each kind imports only its own stack, so a process's RSS is that server's, not all three's.
import { createDriver } from '../src/graph/driver.ts';

const [kind, port, uri] = process.argv.slice(2);
// The same driver settings as the service (src/graph/driver.ts) for all three servers.
const driver = createDriver({ uri: uri!, user: 'neo4j', password: 'unused' });
if (kind === 'raw') {
  const { createRawServer } = await import('./raw-server.ts');
  const server = createRawServer(driver);
  await new Promise<void>((ok) => server.listen(Number(port), '127.0.0.1', ok));
} else if (kind === 'policygraph' || kind === 'policygraph-uncached') {
  const [{ GraphStore }, { createLogger }, { createPolicyGraphYoga }, { listen }, { loadConfig }] = await Promise.all([
    import('../src/graph/store.ts'),
    import('../src/logger.ts'),
    import('../src/server/yoga.ts'),
    import('../src/server/http.ts'),
    import('../src/config.ts'),
  ]);
  const store = new GraphStore(driver, 'neo4j', 30_000);
  // policygraph: as the service runs by default (config.ts; RESPONSE_CACHE_MB from the environment), with its versioned response cache
  // (server/response-cache.ts); policygraph-uncached: RESPONSE_CACHE_MB=0, every request read from Neo4j.
  const { RESPONSE_CACHE_MB } = loadConfig({ RESPONSE_CACHE_MB: kind === 'policygraph-uncached' ? '0' : process.env.RESPONSE_CACHE_MB });
  const responseCacheBytes = RESPONSE_CACHE_MB * 1024 * 1024;
  await listen(
    createPolicyGraphYoga({ store, logger: createLogger('warn'), graphiql: false, responseCacheBytes }),
    '127.0.0.1',
    Number(port),
  );
} else if (kind === 'neo4j-graphql') {
  const [{ createNeo4jGraphqlYoga }, { listen }] = await Promise.all([
    import('./neo4j-graphql-server.ts'),
    import('../src/server/http.ts'),
  ]);
  await listen(await createNeo4jGraphqlYoga(driver), '127.0.0.1', Number(port));
} else {
  throw new Error(`unknown server ${kind}`);
}
process.send?.('ready');
process.on('SIGTERM', () => void driver.close().then(() => process.exit(0)));
