import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const OPERATIONS_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'schema', 'operations');

/** The example operations of schema/operations/, shared by GraphiQL's tabs, the tests and clients. */
export function exampleOperations(dir = OPERATIONS_DIR): { name: string; query: string }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => ({ name: f.replace(/\.graphql$/, ''), query: readFileSync(join(dir, f), 'utf8') }));
}
