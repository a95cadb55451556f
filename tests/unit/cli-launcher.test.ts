// bin/policygraph.js picks compiled dist/ or the TypeScript sources: compiled only when no source
// file is newer, so an edited checkout never runs stale code. Checked on a throwaway project whose
// two entry points say which one ran, with the real launcher and the real tsx.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/project-root.ts';

const dir = mkdtempSync(join(tmpdir(), 'pg-launcher-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

mkdirSync(join(dir, 'bin'));
mkdirSync(join(dir, 'src/cli'), { recursive: true });
copyFileSync(join(PROJECT_ROOT, 'bin/policygraph.js'), join(dir, 'bin/policygraph.js'));
symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'));
writeFileSync(join(dir, 'package.json'), '{ "type": "module" }');
writeFileSync(join(dir, 'src/cli/index.ts'), "const from: string = 'source'; console.log(from);\n");
const compiled = join(dir, 'dist/src/cli/index.js');

const run = (env: Record<string, string> = {}) =>
  execFileSync(process.execPath, [join(dir, 'bin/policygraph.js')], { env: { ...process.env, ...env }, encoding: 'utf8' }).trim();
const setTime = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

describe('the policygraph launcher', () => {
  it('runs the sources through tsx when nothing is compiled', () => {
    expect(run()).toBe('source');
  });

  it('runs dist/ when it is newer than every source file, and the sources when one is newer', () => {
    mkdirSync(join(dir, 'dist/src/cli'), { recursive: true });
    writeFileSync(compiled, "console.log('compiled');\n");
    setTime(join(dir, 'src/cli/index.ts'), 1_000_000);
    setTime(compiled, 2_000_000);
    expect(run()).toBe('compiled');
    expect(run({ POLICYGRAPH_FROM_SOURCE: '1' })).toBe('source');

    setTime(join(dir, 'src/cli/index.ts'), 3_000_000);
    expect(run()).toBe('source');
  });
});
