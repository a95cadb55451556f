import { GraphQLError } from 'graphql';
import type { GraphStore } from '../graph/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';
import type { SelectionCache } from './selection.ts';

/** Everything a resolver may use, made fresh for each request: nothing request-scoped is global. */
export interface Context {
  store: GraphStore;
  loaders: Loaders;
  /** True when the request carried the configured write token. */
  canWrite: boolean;
  /** What each field position of this request's operation selects (api/selection.ts). */
  selections: SelectionCache;
}

/**
 * With a signal, the request's reads are cancelled when the client goes away (their sessions are
 * closed, so Neo4j stops the running query).
 */
export function createContext(store: GraphStore, canWrite: boolean, signal?: AbortSignal): Context {
  // A view of its own for each request, even without a signal: the response cache sets what its reads wait for.
  const scoped = signal ? cancellable(store.forRequest(signal), signal) : store.forRequest();
  return { store: scoped, loaders: createLoaders(scoped), canWrite, selections: new WeakMap() };
}

/**
 * A read of a request whose client went away fails with a GraphQLError of its own code instead of
 * the driver's error: nobody reads the answer, and it is a cancellation, not a fault, so Yoga's
 * error masking passes it through instead of logging it at error level.
 */
function cancellable(view: GraphStore, signal: AbortSignal): GraphStore {
  const read = view.read.bind(view);
  view.read = (work) =>
    read(work).catch((err: unknown) => {
      if (!signal.aborted) throw err;
      throw new GraphQLError('The request was cancelled.', { extensions: { code: 'REQUEST_CANCELLED' } });
    });
  return view;
}
