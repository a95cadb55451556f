import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository's root (the folder holding package.json), found from this file whether it runs
 * as TypeScript (src/) or compiled (dist/src/): cypher/, schema/, neo4j/ and src/explore are read
 * from there.
 */
export const PROJECT_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));

function findRoot(dir: string): string {
  for (let d = dir; ; d = dirname(d)) {
    if (existsSync(join(d, 'package.json')) && existsSync(join(d, 'cypher'))) return d;
    if (dirname(d) === d) throw new Error(`no project root above ${dir}`);
  }
}
