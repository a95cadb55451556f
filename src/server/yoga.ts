import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type Context } from '../api/context.ts';
import { operationCost } from '../api/cost.ts';
import { schema } from '../api/schema.ts';
import type { GraphStore } from '../graph/index.ts';
import type { Logger } from '../logger.ts';
import { hasWriteToken } from './auth.ts';
import { type OnCompile, useCompiledExecution } from './compiled-execution.ts';
import { maskError } from './mask-error.ts';
import { exampleOperations } from './operations.ts';
import { usePolicyGraphPersistedOperations } from './persisted-operations.ts';
import { useRequestLimits } from './request-limits.ts';
import { usePolicyGraphResponseCache } from './response-cache.ts';
import { useStaticRoutes } from './static-routes.ts';
import { useLiveness } from './liveness.ts';

export interface YogaOptions {
  store: GraphStore;
  logger: Logger;
  writeToken?: string | undefined;
  graphiql: boolean;
  /** Refuse every operation that is not registered in schema/operations/ (persisted-only). */
  persistedOnly?: boolean;
  /** Answer repeated queries on an unchanged graph from memory, up to this many bytes (0: off); see response-cache.ts. */
  responseCacheBytes?: number;
  /** 'compiled' (default): graphql-jit; 'interpreted': graphql-js for every request (compiled-execution.ts). */
  execution?: 'compiled' | 'interpreted';
  onOperationCompiled?: OnCompile;
  /** Liveness: /health answers 503 once this is false (the local Neo4j could not be brought back). */
  alive?: () => boolean;
  /** Changes when the database restarts: the response cache keeps nothing across it (response-cache.ts). */
  databaseEpoch?: () => number;
}

// A relationship level costs 3 depth levels in Relay shape (field, edges, node), plus fragments: 20 allows 4-5.
export const LIMITS = { maxDepth: 20, maxAliases: 30, maxTokens: 5000, maxCost: 500_000, maxDirectives: 20 };

/** Each armor refusal carries its own extensions.code, so clients can tell which limit they hit. */
function refusal(code: string) {
  return {
    propagateOnRejection: true,
    onReject: [(_ctx: unknown, err: GraphQLError) => void Object.assign(err.extensions, { code })],
  };
}

/** Refuses, before any resolver runs, an operation that may produce more than `max` values (see api/cost.ts). */
function costLimit(max: number): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const cost = operationCost(args.schema, args.document, args.operationName, (args.variableValues ?? {}) as Record<string, unknown>);
      if (cost <= max) return;
      const message = `Query cost ${cost} exceeds the limit of ${max}: ask for smaller pages (first) or fewer nested connections.`;
      setResultAndStopExecution({ errors: [new GraphQLError(message, { extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: max } })] });
    },
  };
}

/** The whole HTTP surface: /graphql (+ GraphiQL), /health (liveness), /ready (Neo4j reachable). */
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
    // The body limit is useRequestLimits' (1 MiB, read once); Yoga's own (25 MB) would pipe every
    // body through a second stream, which cost 3–4% of a cached answer's CPU (bench/RESULTS.md).
    maxRequestBodySize: false,
    // Loaded when GraphiQL is first asked for: its page is tens of MB a busy API process need not hold.
    renderGraphiQL: async (opts) => (await import('@graphql-yoga/render-graphiql')).renderGraphiQL(opts),
    graphiql: o.graphiql
      ? () => ({
          title: 'PolicyGraph',
          defaultTabs: exampleOperations().map((op) => ({ query: op.query })),
        })
      : false,
    plugins: [
      useRequestLimits(),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, ...refusal('DEPTH_LIMIT_EXCEEDED') },
        maxAliases: { n: LIMITS.maxAliases, ...refusal('ALIAS_LIMIT_EXCEEDED') },
        maxTokens: { n: LIMITS.maxTokens, ...refusal('TOKEN_LIMIT_EXCEEDED') },
        maxDirectives: { n: LIMITS.maxDirectives, ...refusal('DIRECTIVE_LIMIT_EXCEEDED') },
        costLimit: { enabled: false },
        blockFieldSuggestion: { enabled: true },
      }),
      costLimit(LIMITS.maxCost),
      useLiveness(o.alive ?? (() => true)),
      ...(o.responseCacheBytes ? [usePolicyGraphResponseCache(o.responseCacheBytes, o.databaseEpoch)] : []),
      ...(o.execution === 'interpreted' ? [] : [useCompiledExecution(o.onOperationCompiled)]),
      useReadinessCheck({ endpoint: '/ready', check: () => o.store.ping() }),
      useStaticRoutes(),
      usePolicyGraphPersistedOperations({ allowArbitrary: !o.persistedOnly }),
    ],
  });
}
