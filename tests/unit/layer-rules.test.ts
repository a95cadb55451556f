// The layer check (.dependency-cruiser.cjs, `npm run lint:layers`) must fail the build when a rule
// is broken, not only pass on today's tree: it is run here on a small tree made to break three
// rules, and on src/ itself.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const depcruise = join(root, 'node_modules/.bin/depcruise');
const config = join(root, '.dependency-cruiser.cjs');

async function cruise(cwd: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(depcruise, ['src', '--config', config], { cwd });
    return { code: 0, out: stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, out: err.stdout };
  }
}

const tree = mkdtempSync(join(tmpdir(), 'layers-'));
afterAll(() => rmSync(tree, { recursive: true, force: true }));

describe('the layer check', () => {
  it('fails, naming each rule, on an api/ that imports server/, an extractor that reads the graph, and a reach behind graph/index.ts', async () => {
    const files: Record<string, string> = {
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'nodenext', allowImportingTsExtensions: true, noEmit: true } }),
      'src/server/yoga.ts': 'export const yoga = 1;\n',
      'src/api/schema.ts': "import { yoga } from '../server/yoga.ts';\nexport const schema = yoga;\n",
      'src/graph/index.ts': "export { store } from './store.ts';\n",
      'src/graph/store.ts': 'export const store = 1;\n',
      'src/extract/index.ts': "import { store } from '../graph/index.ts';\nexport const extract = store;\n",
      'src/cli/index.ts': "import { store } from '../graph/store.ts';\nexport const cli = store;\n",
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      writeFileSync(join(tree, path), text);
    }
    const { code, out } = await cruise(tree);
    expect(code).not.toBe(0);
    for (const rule of ['api-below-server', 'extract-is-pure', 'graph-only-through-its-door']) expect(out).toContain(rule);
  });

  it('passes on src/', async () => {
    const { code, out } = await cruise(root);
    expect([code, out]).toEqual([0, expect.stringContaining('no dependency violations found')]);
  });
});
