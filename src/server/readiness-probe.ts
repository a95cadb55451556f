import { execute, parse } from 'graphql';
import { createContext } from '../api/context.ts';
import { schema } from '../api/schema.ts';
import type { GraphStore } from '../graph/index.ts';
import type { Readiness } from './plugins/use-readiness.ts';

// What /ready reports about the graph (plugins/use-readiness.ts). Ready means what it meant before
// the answer had a body: Neo4j answers a ping within a second. The article count is information
// alongside, asked at the same time and never holding readiness back (null when it is not had in
// time). It is asked of the API (`articles { totalCount }`), as any client would ask it, so that no
// Cypher is written outside graph/ and the probe takes the path a client's read takes.
const ARTICLE_COUNT = parse('{ articles(first: 1) { totalCount } }');

async function articleCount(store: GraphStore, timeoutMs: number): Promise<number | null> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  const counted = Promise.resolve(
    execute({ schema, document: ARTICLE_COUNT, contextValue: createContext(store, false, AbortSignal.timeout(timeoutMs)) }),
  )
    .then((r) => (r.data as { articles?: { totalCount?: unknown } } | null | undefined)?.articles?.totalCount)
    .then(
      (n) => (typeof n === 'number' ? n : null),
      () => null,
    );
  return Promise.race([counted, late]).finally(() => clearTimeout(timer));
}

export function graphReadiness(store: GraphStore, timeoutMs = 1000): () => Promise<Readiness> {
  return async () => {
    const [reachable, articles] = await Promise.all([store.ping(timeoutMs), articleCount(store, timeoutMs)]);
    if (!reachable) return { status: 'unavailable', neo4j: 'unreachable', reason: 'Neo4j does not answer' };
    return { status: 'ok', neo4j: 'reachable', articles };
  };
}
