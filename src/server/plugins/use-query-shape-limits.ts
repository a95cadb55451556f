import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

// A relationship level costs 3 depth levels in Relay shape (field, edges, node), plus fragments: 20 allows 4-5.
export const SHAPE_LIMITS = { maxDepth: 20, maxAliases: 30, maxTokens: 5000, maxDirectives: 20 };

/** Each armor refusal carries its own extensions.code, so clients can tell which limit they hit. */
function refusal(code: string) {
  return {
    propagateOnRejection: true,
    onReject: [(_ctx: unknown, err: GraphQLError) => void Object.assign(err.extensions, { code })],
  };
}

/**
 * graphql-armor's limits on a document's shape (depth, aliases, tokens, directives), each refusal
 * with its own code. Suggestions are use-hidden-suggestions.ts's. Its cost limit is off: use-cost-limit.ts counts
 * the values an operation may produce, which armor's per-field cost does not see.
 */
export function useQueryShapeLimits(limits: typeof SHAPE_LIMITS = SHAPE_LIMITS): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, ...refusal('DEPTH_LIMIT_EXCEEDED') },
    maxAliases: { n: limits.maxAliases, ...refusal('ALIAS_LIMIT_EXCEEDED') },
    maxTokens: { n: limits.maxTokens, ...refusal('TOKEN_LIMIT_EXCEEDED') },
    maxDirectives: { n: limits.maxDirectives, ...refusal('DIRECTIVE_LIMIT_EXCEEDED') },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
}
