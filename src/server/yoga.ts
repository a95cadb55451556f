import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type Context } from '../api/context.ts';
import { schema } from '../api/schema.ts';
import type { GraphStore } from '../graph/index.ts';
import type { Logger } from '../logger.ts';
import { hasWriteToken } from './auth.ts';
import { maskError } from './mask-error.ts';
import { useBodyLimit } from './plugins/use-body-limit.ts';
import { type OnCompile, useCompiledExecution } from './plugins/use-compiled-execution.ts';
import { useCompression } from './plugins/use-compression.ts';
import { useCostLimit } from './plugins/use-cost-limit.ts';
import { useInputErrorCodes } from './plugins/use-input-error-codes.ts';
import { useLiveness } from './plugins/use-liveness.ts';
import { useMediaType } from './plugins/use-media-type.ts';
import { usePersistedOperations } from './plugins/use-persisted-operations.ts';
import { useHiddenSuggestions } from './plugins/use-hidden-suggestions.ts';
import { SHAPE_LIMITS, useQueryShapeLimits } from './plugins/use-query-shape-limits.ts';
import { type Readiness, useReadiness } from './plugins/use-readiness.ts';
import { useStaticRoutes } from './plugins/use-static-routes.ts';
import { useUtf8Body } from './plugins/use-utf8-body.ts';
import { playgroundOptions, renderPlayground } from './playground.ts';
import { graphReadiness } from './readiness-probe.ts';
import { usePolicyGraphResponseCache } from './response-cache.ts';

interface YogaOptions {
  store: GraphStore;
  logger: Logger;
  writeToken?: string | undefined;
  graphiql: boolean;
  /** Keep "Did you mean …?" in validation errors (development); omitted or false, they are stripped (production). */
  suggestions?: boolean;
  /** Refuse every operation that is not registered in schema/operations/ (persisted-only). */
  persistedOnly?: boolean;
  /** Answer repeated queries on an unchanged graph from memory, up to this many bytes (0: off); see response-cache.ts. */
  responseCacheBytes?: number;
  /** 'compiled' (default): graphql-jit; 'interpreted': graphql-js for every request (plugins/use-compiled-execution.ts). */
  execution?: 'compiled' | 'interpreted';
  onOperationCompiled?: OnCompile;
  /** Liveness: /health answers 503 once this is false (the local Neo4j could not be brought back). */
  alive?: () => boolean;
  /** Readiness: what /ready reports (default: the store's Neo4j reachable, and its article count). */
  readiness?: () => Promise<Readiness>;
  /** Changes when the database restarts: the response cache keeps nothing across it (response-cache.ts). */
  databaseEpoch?: () => number;
}

export const LIMITS = { ...SHAPE_LIMITS, maxCost: 500_000 };

/**
 * The whole HTTP surface: /graphql (+ GraphiQL), /health (liveness), /ready (Neo4j reachable),
 * the explorer and Neo4j Browser's assets. Each concern is one plugin of plugins/ (use-*.ts);
 * their order matters where they wrap one another, as said at each.
 */
export function createPolicyGraphYoga(o: YogaOptions): YogaServerInstance<Record<string, unknown>, Context> {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => createContext(o.store, hasWriteToken(request, o.writeToken), request.signal),
    graphqlEndpoint: '/graphql',
    // Yoga's own health check always answers 200 and runs before any plugin: it is moved aside so
    // that /health is useLiveness's, which can turn red.
    healthCheckEndpoint: '/.yoga-health',
    landingPage: false,
    logging: {
      debug: (...a: unknown[]) => o.logger.debug(a.map(String).join(' ')),
      info: (...a: unknown[]) => o.logger.info(a.map(String).join(' ')),
      warn: (...a: unknown[]) => o.logger.warn(a.map(String).join(' ')),
      error: (...a: unknown[]) => o.logger.error(a.map((x) => (x instanceof Error ? x.stack : String(x))).join(' ')),
    },
    // Every error that is not a GraphQLError is masked ("Unexpected error."): no stack or Cypher
    // reaches clients; a database outage or timeout gets a code of its own (mask-error.ts).
    maskedErrors: { maskError },
    // The body limit is useBodyLimit's (1 MiB, read once); Yoga's own (25 MB) would pipe every
    // body through a second stream, which cost 3–4% of a cached answer's CPU (bench/RESULTS.md).
    maxRequestBodySize: false,
    // GraphiQL is loaded when first asked for: its page is tens of MB a busy API process need not
    // hold. Its tabs, their order and variables: schema/playground.json (playground.ts).
    renderGraphiQL: renderPlayground,
    graphiql: o.graphiql ? playgroundOptions : false,
    plugins: [
      // The request body: a later plugin's parser wraps an earlier one's, so the body limit (listed
      // second) reads the body first and hands it to the UTF-8 check; the media type is judged last.
      useUtf8Body(),
      useBodyLimit(),
      useMediaType(),
      useInputErrorCodes(),
      useQueryShapeLimits(),
      ...(o.suggestions ? [] : [useHiddenSuggestions()]),
      useCostLimit({ max: LIMITS.maxCost }),
      useLiveness({ alive: o.alive ?? (() => true) }),
      ...(o.responseCacheBytes ? [usePolicyGraphResponseCache(o.responseCacheBytes, o.databaseEpoch)] : []),
      ...(o.execution === 'interpreted' ? [] : [useCompiledExecution({ onCompile: o.onOperationCompiled })]),
      useReadiness({ probe: o.readiness ?? graphReadiness(o.store) }),
      useStaticRoutes({ logger: o.logger }),
      usePersistedOperations({ allowArbitrary: !o.persistedOnly }),
      // Last: its onResponse gets the answer every other plugin made (GraphiQL's page, the static routes).
      useCompression(),
    ],
  });
}
