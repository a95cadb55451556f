import { isAsyncIterable, type Plugin } from '@envelop/core';
import { type DocumentNode, type ExecutionResult, getOperationAST } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { Context } from '../api/context.ts';

/**
 * Answers a query from memory when the same operation with the same variables was answered
 * before on the same graph. "The same graph" is exact: each request reads the graph's version
 * (the transaction bookmark, graph/graph-version.ts) after it arrives and looks up only answers
 * stored under that version. So a write, by this service or by anyone else (the CLI, a script,
 * Neo4j Browser), ends the use of every answer read before it: an answer is never older than the
 * database was when the request arrived. An answer stored under a version holds at least that
 * version's writes: the request's reads wait until Neo4j has applied them (GraphStore.readAfter);
 * a write committing while it was read may show in it too, as in any uncached answer.
 *
 * Only queries without errors are stored; mutations never go through the cache. It holds at most
 * `maxBytes` of answers (their JSON length as a measure), least recently used first out, and drops
 * everything when another version is seen: after a write, no request asks for an older one again.
 *
 * Cost: every query waits for a version read (`RETURN 1`, shared by the requests that arrive while
 * one runs); a hit then costs no query at all.
 */
export function usePolicyGraphResponseCache(maxBytes: number): Plugin<Context> {
  const answers = new LRUCache<string, ExecutionResult>({ maxSize: maxBytes, sizeCalculation: (r) => Math.max(1, JSON.stringify(r).length) });
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;
  // The version the last request saw: answers of any other version are dropped when a new one shows.
  let lastVersion = '';

  function documentId(document: DocumentNode): number {
    let id = documentIds.get(document);
    if (id === undefined) documentIds.set(document, (id = nextDocumentId++));
    return id;
  }

  return {
    async onExecute({ args, setResultAndStopExecution }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      const store = args.contextValue.store;
      // Without a version (Neo4j unreachable) the query runs uncached and reports the outage itself.
      const version = await store.graphVersion().catch(() => undefined);
      if (version === undefined) return;
      if (version !== lastVersion) {
        answers.clear();
        lastVersion = version;
      }
      // Yoga's parser cache hands out one document object per query text, so its identity stands for the text.
      const key = `${version}\n${documentId(args.document)}\n${args.operationName ?? ''}\n${args.contextValue.canWrite}\n${JSON.stringify(args.variableValues ?? {})}`;
      const hit = answers.get(key);
      if (hit) return setResultAndStopExecution(hit);
      // What this request reads and may store under `version` must include that version's writes.
      store.readAfter(version);
      return {
        onExecuteDone({ result }) {
          if (!isAsyncIterable(result) && !result.errors && version === lastVersion) answers.set(key, result);
        },
      };
    },
  };
}
