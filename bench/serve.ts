// One benchmark server in its own process (so its RSS is its own):
//   node dist/bench/serve.js raw|policygraph|policygraph-cached|neo4j-graphql PORT BOLT_URI
// Each kind imports only its own stack, so a process's RSS is that server's, not all three's.
import { createDriver } from '../src/graph/driver.ts';

const [kind, port, uri] = process.argv.slice(2);
// The same driver settings as the service (src/graph/driver.ts) for all three servers.
const driver = createDriver({ uri: uri!, user: 'neo4j', password: 'unused' });
if (kind === 'raw') {
  const { createRawServer } = await import('./raw-server.ts');
  const server = createRawServer(driver);
  await new Promise<void>((ok) => server.listen(Number(port), '127.0.0.1', ok));
} else if (kind === 'policygraph' || kind === 'policygraph-cached') {
  const [{ GraphStore }, { createLogger }, { createPolicyGraphYoga }, { listen }] = await Promise.all([
    import('../src/graph/store.ts'), import('../src/logger.ts'), import('../src/server/yoga.ts'), import('../src/server/http.ts'),
  ]);
  const store = new GraphStore(driver, 'neo4j', 30_000);
  // policygraph-cached: the opt-in response cache (RESPONSE_CACHE_TTL_MS) at 5 s.
  const responseCacheTtlMs = kind === 'policygraph-cached' ? 5000 : 0;
  await listen(createPolicyGraphYoga({ store, logger: createLogger('warn'), graphiql: false, responseCacheTtlMs }), '127.0.0.1', Number(port));
} else if (kind === 'neo4j-graphql') {
  const [{ createNeo4jGraphqlYoga }, { listen }] = await Promise.all([import('./neo4j-graphql-server.ts'), import('../src/server/http.ts')]);
  await listen(await createNeo4jGraphqlYoga(driver), '127.0.0.1', Number(port));
} else {
  throw new Error(`unknown server ${kind}`);
}
process.send?.('ready');
process.on('SIGTERM', () => void driver.close().then(() => process.exit(0)));
