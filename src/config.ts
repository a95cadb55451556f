import { z } from 'zod';

// Every setting comes from the environment and is checked once at start-up, so a typo fails fast
// with the variable's name instead of surfacing later as a confusing driver or listen error.
const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt://, neo4j://, bolt+s:// or neo4j+s:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  LOCAL_NEO4J_DIR: z.string().min(1).default('.neo4j/dev'),
  LOCAL_NEO4J_BOLT_PORT: port.default(7687),
  LOCAL_NEO4J_HTTP_PORT: port.default(7474),
  LOCAL_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, 'must look like 512m or 1g')
    .default('512m'),
  LOCAL_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[mg]$/, 'must look like 256m or 1g')
    .default('256m'),
  // Restarts in a row of a local Neo4j that died (1 s, 2 s, 4 s … 30 s apart) before the service
  // gives up and exits non-zero: 6 tries for about a minute, long enough for a store to recover.
  LOCAL_NEO4J_RESTARTS: z.coerce.number().int().min(0).max(100).default(6),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WRITE_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  DATA_DIR: z.string().min(1).default('data/articles'),
  LOAD_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  PERSISTED_OPERATIONS_ONLY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  EXECUTION: z.enum(['compiled', 'interpreted']).default('compiled'),
  // 16 MB of answers keeps a compiled service under 200 MB RSS with the cache full (bench/cache-memory.ts).
  RESPONSE_CACHE_MB: z.coerce.number().int().min(0).max(4096).default(16),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings (e.g. `NEO4J_URI=` in a .env) mean "not set".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
