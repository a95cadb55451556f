import { createInMemoryCache, useResponseCache } from '@graphql-yoga/plugin-response-cache';
import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Opt-in (RESPONSE_CACHE_TTL_MS > 0): the answer to a query (same document, same variables) is
 * served from memory for ttl ms. Every mutation run by this process empties it: the cache key
 * carries a generation number that a mutation bumps when it starts and again when it is done,
 * so no answer read before or during a write is served after it. Writes by other processes (the
 * CLI, another replica) show after at most ttl ms: that is the price, and why it is off by default.
 */
export function usePolicyGraphResponseCache(ttlMs: number): Plugin[] {
  let generation = 0;
  const bumpOnMutation: Plugin = {
    onExecute({ args }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'mutation') return;
      generation++;
      return { onExecuteDone: () => void generation++ };
    },
  };
  return [
    bumpOnMutation,
    useResponseCache({ session: () => `generation-${generation}`, ttl: ttlMs, invalidateViaMutation: false, cache: createInMemoryCache({ max: 1000 }) }),
  ];
}
