import { execute, parse } from 'graphql';
import { createContext } from '../api/context.ts';
import { schema } from '../api/schema.ts';
import type { GraphStore } from '../graph/index.ts';
import type { Readiness } from './plugins/use-readiness.ts';

// What /ready reports about the graph (plugins/use-readiness.ts). The article count is asked of
// the API (`articles { totalCount }`), the way any client would ask it, so that no Cypher is written
// outside graph/ and the probe exercises the same path as a client's read.
const ARTICLE_COUNT = parse('{ articles(first: 1) { totalCount } }');

/** Ping first (1 s: the driver alone would retry for longer), then the count, within `timeoutMs`. */
export function graphReadiness(store: GraphStore, timeoutMs = 2000): () => Promise<Readiness> {
  return async () => {
    if (!(await store.ping())) return { status: 'unavailable', neo4j: 'unreachable', reason: 'Neo4j does not answer' };
    const signal = AbortSignal.timeout(timeoutMs);
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), timeoutMs)));
    const counted = Promise.resolve(execute({ schema, document: ARTICLE_COUNT, contextValue: createContext(store, false, signal) })).catch(() => undefined);
    const result = await Promise.race([counted, late]).finally(() => clearTimeout(timer));
    const articles = (result?.data as { articles?: { totalCount?: unknown } } | null | undefined)?.articles?.totalCount;
    if (typeof articles !== 'number') return { status: 'unavailable', neo4j: 'reachable', reason: 'the article count failed' };
    return { status: 'ok', neo4j: 'reachable', articles };
  };
}
