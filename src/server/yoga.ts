import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphQLError } from 'graphql';
import { createYoga, useReadinessCheck, type YogaServerInstance } from 'graphql-yoga';
import { createContext, type Context } from '../api/context.ts';
import { schema } from '../api/schema.ts';
import type { GraphStore } from '../graph/store.ts';
import type { Logger } from '../logger.ts';
import { hasWriteToken } from './auth.ts';
import { maskError } from './mask-error.ts';
import { exampleOperations } from './operations.ts';
import { usePolicyGraphPersistedOperations } from './persisted-operations.ts';
import { useStaticRoutes } from './static-routes.ts';

export interface YogaOptions {
  store: GraphStore;
  logger: Logger;
  writeToken?: string | undefined;
  graphiql: boolean;
}

export const LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 5000, maxCost: 20000, maxDirectives: 20 };

/** Each armor refusal carries its own extensions.code, so clients can tell which limit they hit. */
function refusal(code: string) {
  return {
    propagateOnRejection: true,
    onReject: [(_ctx: unknown, err: GraphQLError) => void Object.assign(err.extensions, { code })],
  };
}

/** The whole HTTP surface: /graphql (+ GraphiQL), /health (liveness), /ready (Neo4j reachable). */
export function createPolicyGraphYoga(o: YogaOptions): YogaServerInstance<Record<string, unknown>, Context> {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request }) => createContext(o.store, hasWriteToken(request, o.writeToken), request.signal),
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/health',
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
    renderGraphiQL,
    graphiql: o.graphiql
      ? () => ({
          title: 'PolicyGraph',
          defaultTabs: exampleOperations().map((op) => ({ query: op.query })),
        })
      : false,
    plugins: [
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true, ...refusal('DEPTH_LIMIT_EXCEEDED') },
        maxAliases: { n: LIMITS.maxAliases, ...refusal('ALIAS_LIMIT_EXCEEDED') },
        maxTokens: { n: LIMITS.maxTokens, ...refusal('TOKEN_LIMIT_EXCEEDED') },
        maxDirectives: { n: LIMITS.maxDirectives, ...refusal('DIRECTIVE_LIMIT_EXCEEDED') },
        costLimit: { maxCost: LIMITS.maxCost, ...refusal('COST_LIMIT_EXCEEDED') },
        blockFieldSuggestion: { enabled: true },
      }),
      useReadinessCheck({ endpoint: '/ready', check: () => o.store.ping() }),
      useStaticRoutes(),
      usePolicyGraphPersistedOperations({ allowArbitrary: true }),
    ],
  });
}
