import { usePersistedOperations as useYogaPersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import { persistedOperationRegistry, registeredOperations } from '../persisted-operations.ts';

interface PersistedOperationsOptions {
  /** false: only registered operations run (production lock-down); a function decides per request. */
  allowArbitrary: boolean | ((request: Request) => boolean | Promise<boolean>);
  dirs?: string[];
}

/**
 * Apollo-style persisted operations: a request with only `extensions.persistedQuery.sha256Hash`
 * (version 1) runs the registered operation; an unknown hash answers PersistedQueryNotFound.
 * The registry (persisted-operations.ts) is fixed at start (no automatic registration), so
 * refusing arbitrary operations leaves exactly the reviewed ones open.
 */
export function usePersistedOperations(o: PersistedOperationsOptions): Plugin {
  const registry = persistedOperationRegistry(registeredOperations(o.dirs));
  return useYogaPersistedOperations({
    allowArbitraryOperations: o.allowArbitrary,
    getPersistedOperation: (hash) => registry.get(hash) ?? null,
  }) as Plugin;
}
