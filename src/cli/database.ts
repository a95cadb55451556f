import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createLogger } from '../logger.ts';
import { startRuntime, type Runtime } from '../runtime.ts';
import { CliError } from './errors.ts';

export function cliConfig(): Config {
  try {
    return loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message, 2);
    throw err;
  }
}

/** Runs `work` against the configured Neo4j (the local one when NEO4J_URI is unset), then closes it. */
export async function withDatabase<T>(work: (rt: Runtime) => Promise<T>, o: { indexWaitSeconds?: number } = {}): Promise<T> {
  const config = cliConfig();
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  let rt: Runtime;
  try {
    rt = await startRuntime(config, logger, o);
  } catch (err) {
    throw new CliError(`cannot reach Neo4j: ${(err as Error).message}`, 3);
  }
  try {
    return await work(rt);
  } finally {
    await rt.close();
  }
}
