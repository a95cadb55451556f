import type { GraphStore } from '../graph/store.ts';
import { createLoaders, type Loaders } from './loaders.ts';

/** Everything a resolver may use, made fresh for each request: nothing request-scoped is global. */
export interface Context {
  store: GraphStore;
  loaders: Loaders;
  /** True when the request carried the configured write token. */
  canWrite: boolean;
}

export function createContext(store: GraphStore, canWrite: boolean): Context {
  return { store, loaders: createLoaders(store), canWrite };
}
