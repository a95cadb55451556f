import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import { createDriver } from './graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from './graph/local-neo4j.ts';
import { applySchema } from './graph/migrations.ts';
import { GraphStore } from './graph/store.ts';
import type { Logger } from './logger.ts';

export interface Runtime {
  store: GraphStore;
  driver: Driver;
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

/**
 * Neo4j Browser opens already styled and with the PolicyGraph guide: the service serves both
 * (with CORS) under /neo4j-browser/, and the Browser runs these commands on connect.
 */
export function browserConf(serviceUrl: string): Record<string, string> {
  return {
    'browser.post_connect_cmd': `style ${serviceUrl}/neo4j-browser/style.grass; play ${serviceUrl}/neo4j-browser/guide.html`,
    'browser.remote_content_hostname_whitelist': '127.0.0.1,localhost',
  };
}

/**
 * The database side of the service and CLI: the configured Neo4j, or, when NEO4J_URI is unset,
 * the project's own local Neo4j started for this process; then the schema, applied idempotently.
 */
export async function startRuntime(config: Config, logger: Logger, o: { indexWaitSeconds?: number } = {}): Promise<Runtime> {
  let local: LocalNeo4j | undefined;
  let uri = config.NEO4J_URI;
  if (!uri) {
    const t0 = Date.now();
    logger.info({ dir: config.LOCAL_NEO4J_DIR }, 'NEO4J_URI unset: starting the local Neo4j 5.26');
    local = await startLocalNeo4j({
      home: config.LOCAL_NEO4J_DIR,
      boltPort: config.LOCAL_NEO4J_BOLT_PORT,
      httpPort: config.LOCAL_NEO4J_HTTP_PORT,
      heap: config.LOCAL_NEO4J_HEAP,
      pagecache: config.LOCAL_NEO4J_PAGECACHE,
      extraConf: browserConf(`http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${config.PORT}`),
    });
    uri = local.uri;
    logger.info({ uri, browser: `${local.httpUrl}/browser/`, pid: local.pid, ms: Date.now() - t0 }, 'local Neo4j is up');
  }
  const driver = createDriver({ uri, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD });
  try {
    await driver.verifyConnectivity({ database: config.NEO4J_DATABASE });
    await applySchema(driver, config.NEO4J_DATABASE, o.indexWaitSeconds);
  } catch (err) {
    await driver.close();
    await local?.stop();
    throw err;
  }
  const store = new GraphStore(driver, config.NEO4J_DATABASE, config.NEO4J_TX_TIMEOUT_MS);
  return {
    store,
    driver,
    local,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}
