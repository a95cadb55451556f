import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../project-root.ts';

const OPERATIONS_DIR = join(PROJECT_ROOT, 'schema', 'operations');

/** The example operations of schema/operations/, shared by GraphiQL's tabs, the tests and clients. */
export function exampleOperations(dir = OPERATIONS_DIR): { name: string; query: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: f.replace(/\.graphql$/, ''), query: readFileSync(join(dir, f), 'utf8') }));
}
