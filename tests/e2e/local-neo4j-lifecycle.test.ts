import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startLocalNeo4j } from '../../src/graph/local-neo4j.ts';
import { freePort } from '../helpers/ports.ts';
import { neo4jJvmAlive } from '../helpers/processes.ts';

// The local Neo4j is tied to the life of the process that started it: a SIGKILLed owner (no
// chance to clean up) must not leave an orphaned JVM holding the store.
const HOME = `.neo4j/test/lifecycle-${process.pid}`;
afterAll(() => rmSync(HOME, { recursive: true, force: true }));

async function waitFor(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return cond();
}

describe('the local Neo4j process', () => {
  it('ends when its owner is killed with SIGKILL', async () => {
    const script = `
      import { startLocalNeo4j } from './src/graph/local-neo4j.ts';
      const n = await startLocalNeo4j({ home: '${HOME}', boltPort: ${await freePort()}, httpPort: ${await freePort()}, heap: '256m', pagecache: '32m', fresh: true });
      console.log('PID ' + n.pid);
      setInterval(() => {}, 1000);`;
    const owner = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const pid = await new Promise<number>((resolve, reject) => {
      owner.stdout.on('data', (d: Buffer) => {
        const m = /PID (\d+)/.exec(d.toString());
        if (m) resolve(Number(m[1]));
      });
      owner.once('exit', (code) => reject(new Error(`owner exited early (${code})`)));
    });
    expect(neo4jJvmAlive(pid)).toBe(true);
    owner.kill('SIGKILL');
    expect(await waitFor(() => !neo4jJvmAlive(pid), 30_000)).toBe(true);
    expect(existsSync(`${HOME}/data`)).toBe(true);
  }, 120_000);

  it('names a JVM that died for memory, with the setting to raise', async () => {
    // 16 MB of heap is too little for Neo4j to start: the JVM ends itself (ExitOnOutOfMemoryError, exit code 3).
    const start = startLocalNeo4j({
      home: `${HOME}-oom`,
      boltPort: await freePort(),
      httpPort: await freePort(),
      heap: '16m',
      pagecache: '8m',
      fresh: true,
    });
    await expect(start).rejects.toThrow(/exit code 3: out of memory \(Java heap\); raise LOCAL_NEO4J_HEAP \(now 16m\)/);
    rmSync(`${HOME}-oom`, { recursive: true, force: true });
  }, 120_000);
});
