import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../logger.ts';
import { startRuntime, type Runtime } from '../runtime.ts';
import { CliError } from './errors.ts';

/** Runs `work` against the configured Neo4j (the local one when NEO4J_URI is unset), then closes it. */
export async function withDatabase<T>(work: (rt: Runtime) => Promise<T>): Promise<T> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message, 2);
    throw err;
  }
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  let rt: Runtime;
  try {
    rt = await startRuntime(config, logger);
  } catch (err) {
    throw new CliError(`cannot reach Neo4j: ${(err as Error).message}`, 3);
  }
  try {
    return await work(rt);
  } finally {
    await rt.close();
  }
}
