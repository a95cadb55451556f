import { GraphQLError } from 'graphql';
import { GraphReader, ReadCancelledError, type GraphStore, type QueryRunner, type RequestOptions } from '../graph/index.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import { RequestSelections } from './parse-selection.ts';

/** Everything a resolver may use, made fresh for each request: nothing request-scoped is global. */
export interface Context {
  /** The store: writes (mutations) and the graph's version (response cache). */
  store: GraphStore;
  /** This request's reads, bound to its signal (and bookmarks, once the response cache sets them). */
  reads: GraphReader;
  loaders: Loaders;
  /** True when the request carried the configured write token. */
  canWrite: boolean;
  /** What each field position of this request's operation selects (api/parse-selection.ts). */
  selections: RequestSelections;
  signal: AbortSignal | undefined;
}

/**
 * With a signal, the request's reads are cancelled when the client goes away (their sessions are
 * closed, so Neo4j stops the running query).
 */
export function createContext(store: GraphStore, canWrite: boolean, signal?: AbortSignal): Context {
  return { store, ...requestReads(store, { signal }), canWrite, selections: new RequestSelections(), signal };
}

/**
 * The parts of a context to replace (envelop's extendContext) so that the request's reads start
 * only once Neo4j has applied the writes up to `version` (a GraphStore.graphVersion() value): the
 * response cache stores what they read under that version.
 */
export function readingAfter(ctx: Context, version: string): Pick<Context, 'reads' | 'loaders'> {
  return requestReads(ctx.store, { signal: ctx.signal, bookmarks: version });
}

/**
 * A subscription's context lives as long as the subscription, and each event is executed with it:
 * its loaders would hand every event what they cached for the first. Called before each event,
 * this gives the event reads and loaders of its own (bound to the same signal), so it reads the
 * graph as it is when the event is sent.
 */
export function renewReads(ctx: Context): void {
  Object.assign(ctx, requestReads(ctx.store, { signal: ctx.signal }));
}

function requestReads(store: GraphStore, options: RequestOptions): Pick<Context, 'reads' | 'loaders'> {
  const reads = new RequestReader(store.forRequest(options));
  return { reads, loaders: createLoaders(reads) };
}

/**
 * The one place a cancelled read becomes an API error: a read of a request whose client went away
 * fails with a GraphQLError of its own code instead of the driver's error. Nobody reads the answer,
 * and it is a cancellation, not a fault, so Yoga's error masking passes it through instead of
 * logging it at error level.
 */
class RequestReader extends GraphReader {
  protected override run<T>(work: (q: QueryRunner) => Promise<T>): Promise<T> {
    return super.run(work).catch((err: unknown) => {
      if (!(err instanceof ReadCancelledError)) throw err;
      throw new GraphQLError('The request was cancelled.', { extensions: { code: 'REQUEST_CANCELLED' } });
    });
  }
}
