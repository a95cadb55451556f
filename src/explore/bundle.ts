import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXPLORE_OPERATIONS_DIR, registeredOperations } from '../server/persisted-operations.ts';
import { PROJECT_ROOT } from '../project-root.ts';

/**
 * The explorer's script: src/explore/app.ts with cytoscape from node_modules, bundled by esbuild
 * (no CDN: the page works offline). The hashes of the explorer's registered operations are baked
 * in, so the page can send hash-only requests and keeps working where arbitrary operations are
 * refused.
 *
 * When it is bundled: compiled (dist/, the production image), `npm run build` wrote it to
 * dist/explore/app.js (scripts/build-explorer.ts) and the service only reads that file, so
 * esbuild and cytoscape are build-time packages (devDependencies). Run from the TypeScript source
 * (development), it is bundled from the source once at start-up (so edits show on a restart and
 * no request waits for esbuild).
 */
export const EXPLORER_BUNDLE_FILE = join(PROJECT_ROOT, 'dist', 'explore', 'app.js');

const HERE = join(PROJECT_ROOT, 'src', 'explore');
const FROM_SOURCE = import.meta.url.endsWith('.ts');

/** The script cannot be served; the message says why and what to do, and is safe to show. */
export class ExplorerUnavailableError extends Error {}

export async function buildExplorerBundle(): Promise<string> {
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

async function loadScript(): Promise<string> {
  if (FROM_SOURCE) {
    return buildExplorerBundle().catch((err: unknown) => {
      const missing = (err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND';
      throw new ExplorerUnavailableError(
        missing
          ? 'The explorer could not be bundled: esbuild is not installed (a devDependency); run `npm install`, or `npm run build` and run the compiled service.'
          : 'The explorer could not be bundled from src/explore; the service log has the reason.',
        { cause: err },
      );
    });
  }
  return readFile(EXPLORER_BUNDLE_FILE, 'utf8').catch((err: unknown) => {
    throw new ExplorerUnavailableError('The explorer is not built: run `npm run build` (it writes dist/explore/app.js).', { cause: err });
  });
}

let script: Promise<string> | undefined;
/** The script, prepared once per process; the first call (at start-up) starts the work. */
export function explorerScript(): Promise<string> {
  script ??= loadScript();
  return script;
}
