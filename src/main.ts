import { type Config, ConfigError, loadConfig } from './config.ts';
import { explorerScript } from './explore/bundle.ts';
import { articleFiles, loadFiles } from './ingest/load-files.ts';
import { createLogger } from './logger.ts';
import { startRuntime } from './runtime.ts';
import { close, listen } from './server/http.ts';
import { serveWebSockets } from './server/websocket.ts';
import { createPolicyGraphYoga } from './server/yoga.ts';

// The service: Neo4j (local unless NEO4J_URI is set), the data folder loaded, GraphQL served.
let config: Config;
try {
  config = loadConfig();
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(2);
}
const logger = createLogger(config.LOG_LEVEL);
// The explorer's script, bundled from the source (development) or read from dist/ (compiled) now,
// while Neo4j starts, rather than on its first request; if it cannot be had, /explore/app.js says why (503).
explorerScript().catch((err: Error) => logger.error({ err: err.cause ?? err }, err.message));
// Set once the local Neo4j could not be brought back: /health turns red and the process exits 1,
// so an outer supervisor restarts the whole (graph/neo4j-supervisor.ts).
let giveUp: ((reason: string) => void) | undefined;
let gaveUp: string | undefined;
const runtime = await startRuntime(config, logger, {
  supervise: {
    onGiveUp: (reason) => {
      gaveUp = reason;
      giveUp?.(reason);
    },
  },
}).catch((err: Error) => {
  logger.fatal(err.message);
  process.exit(1);
});
if (config.LOAD_ON_START) {
  // The extractor (and its NLP model) is loaded only when there is something to extract.
  const { extractArticle } = await import('./extract/index.ts');
  const results = await loadFiles(runtime.store, articleFiles([config.DATA_DIR]), extractArticle);
  for (const r of results)
    (r.ok ? logger.info : logger.error).call(logger, { file: r.file, from: r.from, article: r.articleId, error: r.error }, 'article');
}
const yoga = createPolicyGraphYoga({
  store: runtime.store,
  logger,
  writeToken: config.WRITE_TOKEN,
  graphiql: config.NODE_ENV !== 'production',
  suggestions: config.NODE_ENV !== 'production',
  persistedOnly: config.PERSISTED_OPERATIONS_ONLY,
  responseCacheBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
  execution: config.EXECUTION,
  onOperationCompiled: (operation, compiled) => logger.debug({ operation, compiled }, 'operation compiled'),
  alive: () => gaveUp === undefined,
  databaseEpoch: () => runtime.supervisor?.epoch ?? 0,
});
const server = await listen(yoga, config.HOST, config.PORT);
// graphql-ws bypasses the HTTP plugins, persisted operations among them: not opened when only those may run.
const closeWebSockets = config.PERSISTED_OPERATIONS_ONLY ? undefined : serveWebSockets(server, yoga);
logger.info({ graphql: `http://${config.HOST}:${config.PORT}/graphql` }, 'PolicyGraph is serving');

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  // Subscriptions never end by themselves: they are completed first (SSE streams and graphql-ws
  // subscriptions get their "complete"), so the server's close waits only for ordinary requests.
  runtime.store.changes.close();
  await closeWebSockets?.();
  await close(server);
  await runtime.close();
  process.exit(0);
}
giveUp = (reason) => {
  if (stopping) return;
  stopping = true;
  // close() keeps answering for a second first: /health is seen red before the port closes.
  logger.fatal({ reason }, 'exiting: the local Neo4j is gone for good');
  void close(server, 2000).finally(() => process.exit(1));
};
if (gaveUp !== undefined) giveUp(gaveUp);
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
