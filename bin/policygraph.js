#!/usr/bin/env node
// The `policygraph` command. Compiled code (dist/, written by `npm run build`) starts in a fraction
// of the time the TypeScript sources take through tsx, so it runs whenever it is at least as new
// as every source file; otherwise (never built, or sources edited since) tsx runs the sources, so
// no step is needed and nothing stale ever runs. Checking costs a stat per source file (~1 ms).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'dist/src/cli/index.js');

function compiledIsCurrent() {
  if (!existsSync(compiled)) return false;
  const builtAt = statSync(compiled).mtimeMs;
  const src = join(root, 'src');
  for (const f of readdirSync(src, { recursive: true })) {
    if (String(f).endsWith('.ts') && statSync(join(src, String(f))).mtimeMs > builtAt) return false;
  }
  return true;
}

if (process.env.POLICYGRAPH_FROM_SOURCE !== '1' && compiledIsCurrent()) {
  await import(pathToFileURL(compiled).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/index.ts');
}
