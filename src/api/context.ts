import type { GraphStore } from '../graph/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Everything a resolver may use, made fresh for each request: nothing request-scoped is global. */
export interface Context {
  store: GraphStore;
  loaders: Loaders;
  /** True when the request carried the configured write token. */
  canWrite: boolean;
}

/** With a signal, every read of the request is cancelled when the client goes away. */
export function createContext(store: GraphStore, canWrite: boolean, signal?: AbortSignal): Context {
  const scoped = signal ? store.forRequest(signal) : store;
  return { store: scoped, loaders: createLoaders(scoped), canWrite };
}
