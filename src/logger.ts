import { pino, type Logger } from 'pino';

export type { Logger };

/** One structured logger for server and CLI; JSON lines so logs can be shipped as they are. */
export function createLogger(level: string, name = 'policygraph'): Logger {
  return pino({ name, level, base: undefined });
}
