// Writes schema/schema.graphql, or with --check fails when the checked-in file is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { printSortedSchema } from './schema.ts';
import { PROJECT_ROOT } from '../project-root.ts';

const file = join(PROJECT_ROOT, 'schema', 'schema.graphql');
const sdl = printSortedSchema();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (current !== sdl) {
    console.error('schema/schema.graphql is out of date: run `npm run schema:print`.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is current.');
} else {
  writeFileSync(file, sdl);
  console.log(`wrote ${file}`);
}
