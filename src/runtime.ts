import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import {
  browserConf,
  applySchema,
  createDriver,
  GraphStore,
  startLocalNeo4j,
  superviseLocalNeo4j,
  type LocalNeo4j,
  type LocalNeo4jOptions,
  type Neo4jSupervisor,
} from './graph/index.ts';
import type { Logger } from './logger.ts';

export interface Runtime {
  store: GraphStore;
  driver: Driver;
  local: LocalNeo4j | undefined;
  /** Set when this process started the local Neo4j and was asked to keep it running. */
  supervisor: Neo4jSupervisor | undefined;
  close(): Promise<void>;
}

interface RuntimeOptions {
  indexWaitSeconds?: number;
  /** Restart the local Neo4j this process starts when it dies (the service; a CLI run just fails). */
  supervise?: { onGiveUp: (reason: string) => void };
}

/**
 * The database side of the service and CLI: the configured Neo4j, or, when NEO4J_URI is unset,
 * the project's own local Neo4j started for this process; then the schema, applied idempotently.
 */
export async function startRuntime(config: Config, logger: Logger, o: RuntimeOptions = {}): Promise<Runtime> {
  let local: LocalNeo4j | undefined;
  let supervisor: Neo4jSupervisor | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    const t0 = Date.now();
    logger.info({ dir: config.LOCAL_NEO4J_DIR }, 'NEO4J_URI unset: starting the local Neo4j 5.26');
    const options: LocalNeo4jOptions = {
      home: config.LOCAL_NEO4J_DIR,
      boltPort: config.LOCAL_NEO4J_BOLT_PORT,
      httpPort: config.LOCAL_NEO4J_HTTP_PORT,
      heap: config.LOCAL_NEO4J_HEAP,
      pagecache: config.LOCAL_NEO4J_PAGECACHE,
      extraConf: browserConf(`http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`),
    };
    local = await startLocalNeo4j(options);
    uri = local.uri;
    logger.info({ uri, browser: `${local.httpUrl}/browser/`, pid: local.pid, ms: Date.now() - t0 }, 'local Neo4j is up');
    if (o.supervise) {
      supervisor = superviseLocalNeo4j(local, {
        ...options,
        maxAttempts: config.LOCAL_NEO4J_RESTARTS,
        logger,
        start: () => startLocalNeo4j(options),
        onGiveUp: o.supervise.onGiveUp,
      });
    }
  }
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    await applySchema(driver, config.NEO4J_DATABASE, o.indexWaitSeconds);
  } catch (err) {
    await driver.close();
    await (supervisor ?? local)?.stop();
    throw err;
  }
  const store = new GraphStore(driver, config.NEO4J_DATABASE, config.NEO4J_TX_TIMEOUT_MS);
  return {
    store,
    driver,
    local,
    supervisor,
    async close() {
      await driver.close();
      await (supervisor ?? local)?.stop();
    },
  };
}
