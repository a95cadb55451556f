import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, print } from 'graphql';
import { sha256 } from '../model/ids.ts';
import { PROJECT_ROOT } from '../project-root.ts';

const ROOT = PROJECT_ROOT;

/** The registry: the shared example operations, and the explorer's own (so it works when arbitrary operations are refused). */
export const EXPLORE_OPERATIONS_DIR = join(ROOT, 'src', 'explore', 'operations');
const OPERATION_DIRS = [join(ROOT, 'schema', 'operations'), EXPLORE_OPERATIONS_DIR];

/**
 * The hash a client sends for a document: sha256 of graphql-js `print` of it, which is what
 * Apollo Client's persisted-query link computes, and what a typed client gets from print(TypedDocumentNode).
 */
const operationHash = (query: string) => sha256(print(parse(query)));

interface RegisteredOperation {
  name: string;
  file: string;
  query: string;
  hash: string;
}

/** Every operation file of the registry, parsed once (a broken file fails the start, not a request). */
export function registeredOperations(dirs: string[] = OPERATION_DIRS): RegisteredOperation[] {
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith('.graphql'))
      .sort()
      .map((f) => {
        const query = readFileSync(join(dir, f), 'utf8');
        return { name: f.replace(/\.graphql$/, ''), file: join(dir, f), query, hash: operationHash(query) };
      }),
  );
}

/**
 * hash → query. Each operation answers to two hashes: the canonical one above and sha256 of the
 * file as checked in, so `sha256sum schema/operations/Counts.graphql` is enough for curl.
 */
export function persistedOperationRegistry(ops = registeredOperations()): Map<string, string> {
  const registry = new Map<string, string>();
  for (const op of ops) {
    registry.set(op.hash, op.query);
    registry.set(sha256(op.query), op.query);
  }
  return registry;
}
