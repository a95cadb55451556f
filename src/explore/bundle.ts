import { join } from 'node:path';
import { EXPLORE_OPERATIONS_DIR, registeredOperations } from '../server/persisted-operations.ts';
import { PROJECT_ROOT } from '../project-root.ts';

const HERE = join(PROJECT_ROOT, 'src', 'explore');

/**
 * The explorer's script: src/explore/app.ts with cytoscape from node_modules, bundled by esbuild
 * once per process on first request (no build step to forget, no CDN: the page works offline).
 * The hashes of the explorer's registered operations are baked in, so the page can send
 * hash-only requests and keeps working where arbitrary operations are refused.
 */
let bundle: Promise<string> | undefined;
export function explorerBundle(): Promise<string> {
  bundle ??= buildBundle().catch((err: unknown) => {
    bundle = undefined; // let the next request try again rather than caching the failure
    throw err;
  });
  return bundle;
}

async function buildBundle(): Promise<string> {
  const ops = Object.fromEntries(registeredOperations([EXPLORE_OPERATIONS_DIR]).map((op) => [op.name, { hash: op.hash, query: op.query }]));
  const { build } = await import('esbuild');
  const result = await build({
    entryPoints: [join(HERE, 'app.ts')],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    define: { __EXPLORE_OPERATIONS__: JSON.stringify(ops) },
    logLevel: 'silent',
  });
  return result.outputFiles[0]!.text;
}
