import { isAsyncIterable, type Plugin } from '@envelop/core';
import { type DocumentNode, type ExecutionResult, getOperationAST } from 'graphql';
import { LRUCache } from 'lru-cache';
import { readingAfter, type Context } from '../api/context.ts';

/**
 * Answers a query from memory when the same operation with the same variables was answered
 * before on the same graph. "The same graph" is exact: each request reads the graph's version
 * (the transaction bookmark, graph/graph-version.ts) after it arrives and looks up only answers
 * stored under that version. So a write, by this service or by anyone else (the CLI, a script,
 * Neo4j Browser), ends the use of every answer read before it: an answer is never older than the
 * database was when the request arrived. An answer stored under a version holds at least that
 * version's writes: the request's reads wait until Neo4j has applied them (api/context.ts, readingAfter);
 * a write committing while it was read may show in it too, as in any uncached answer.
 *
 * Only answers without errors are stored; mutations never go through the cache. It holds at most
 * `maxBytes` of answers (their JSON text), least recently used first out, and drops everything when
 * another version is seen: after a write, no request asks for an older one again.
 *
 * Cost: a request seen before (same operation, same variables) waits for a version read (`RETURN
 * 1`, shared by the requests that arrive while one runs); a hit then costs no query, no
 * serialisation and no text encoding. A request seen for the first time costs nothing more than
 * without the cache.
 */
export function usePolicyGraphResponseCache(maxBytes: number, databaseEpoch: () => number = () => 0): Plugin<Context> {
  // Answers are kept as their JSON text encoded in UTF-8 (no object graph on the heap, and no
  // string to encode again for every response: with large answers that encoding was a fifth of a
  // hit's CPU). Keys hold the variables, so they count towards the budget too.
  const answers = new LRUCache<string, Buffer>({ maxSize: maxBytes, sizeCalculation: (json, key) => json.length + key.length });
  // Admission on second sight: a request seen for the first time runs as if there were no cache (no
  // version read, nothing kept), so one-off requests pay nothing; only keys are remembered here:
  // the last 10,000, within an eighth of the budget.
  const seen = new LRUCache<string, true>({
    max: 10_000,
    maxSize: Math.max(1, Math.floor(maxBytes / 8)),
    sizeCalculation: (_, key) => key.length,
  });
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
    async onExecute({ args, setResultAndStopExecution, extendContext }) {
      if (getOperationAST(args.document, args.operationName)?.operation !== 'query') return;
      // Yoga's parser cache hands out one document object per query text, so its identity stands for the text.
      const request = `${documentId(args.document)}\n${args.operationName ?? ''}\n${args.contextValue.canWrite}\n${JSON.stringify(args.variableValues ?? {})}`;
      if (!seen.has(request)) return void seen.set(request, true);
      const store = args.contextValue.store;
      // A restarted database may hold less than its bookmark said before the crash, and may reach the
      // same bookmark again with other writes: the epoch (bumped at every restart of the local Neo4j,
      // read before the version) keeps any answer read before the restart out of use after it.
      const epoch = databaseEpoch();
      // Without a version (Neo4j unreachable) the query runs uncached and reports the outage itself.
      const bookmark = await store.graphVersion().catch(() => undefined);
      if (bookmark === undefined) return;
      const version = `${epoch} ${bookmark}`;
      if (version !== lastVersion) {
        answers.clear();
        lastVersion = version;
      }
      const key = `${version}\n${request}`;
      const json = answers.get(key);
      if (json !== undefined) return setResultAndStopExecution(fromJson(json));
      // What this request reads and may store under `version` must include that version's writes.
      extendContext(readingAfter(args.contextValue, bookmark));
      return {
        onExecuteDone({ result, setResult }) {
          // (Extensions may carry Yoga's internal `http` part, which its serialiser strips: not kept.)
          if (isAsyncIterable(result) || result.errors || result.extensions || version !== lastVersion) return;
          const json = Buffer.from(JSON.stringify(result));
          answers.set(key, json);
          setResult(Object.assign(result, sentAs(json)));
        },
      };
    },
  };
}

/**
 * A result's serialiser that hands Yoga the kept bytes. Yoga types `stringify` as returning a
 * string but passes its value straight to `new Response(...)` (result-processor/regular.js), which
 * sends bytes as they are; where it builds text instead (batches, event streams, multipart) it
 * interpolates the value, and a Buffer turns into its UTF-8 text there. Tests compare every one of
 * these answers with the uncached service's.
 */
function sentAs(json: Buffer): { stringify: () => string } {
  return { stringify: () => json as unknown as string };
}

/** A kept answer as a result: sent as its bytes; parsed only if a plugin reads its data. */
function fromJson(json: Buffer): ExecutionResult & { stringify: () => string } {
  let parsed: ExecutionResult | undefined;
  return {
    get data() {
      return (parsed ??= JSON.parse(json.toString()) as ExecutionResult).data;
    },
    ...sentAs(json),
  };
}
