import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { claimOwnership, liveOwner, otherOwner, releaseOwnership } from '../../src/graph/local-neo4j-owner.ts';

// Who keeps a folder's local Neo4j: a live Node process named in owner.pid, and only that.
const home = mkdtempSync(join(tmpdir(), 'pg-owner-'));
const children: ChildProcess[] = [];
const started = (cmd: string, args: string[]) => {
  const c = spawn(cmd, args, { stdio: 'ignore' });
  children.push(c);
  return c.pid!;
};
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGKILL');
  rmSync(join(home, 'owner.pid'), { force: true });
});

describe('local Neo4j ownership', () => {
  it('is this process after a claim, and nobody after the release', () => {
    claimOwnership(home);
    expect(liveOwner(home)).toBe(process.pid);
    expect(otherOwner(home)).toBeUndefined();
    releaseOwnership(home);
    expect(existsSync(join(home, 'owner.pid'))).toBe(false);
  });

  it('is another live Node process named in the file', () => {
    const pid = started(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    writeFileSync(join(home, 'owner.pid'), String(pid));
    expect(otherOwner(home)).toBe(pid);
    // Another's claim is not this process's to release.
    releaseOwnership(home);
    expect(otherOwner(home)).toBe(pid);
  });

  it('is nobody when the named process has gone or is not Node (a pid reused after a reboot)', async () => {
    const sleeper = started('sleep', ['60']);
    writeFileSync(join(home, 'owner.pid'), String(sleeper));
    expect(otherOwner(home)).toBeUndefined();
    const gone = spawn(process.execPath, ['-e', '0']);
    await new Promise((r) => gone.once('exit', r));
    writeFileSync(join(home, 'owner.pid'), String(gone.pid));
    expect(otherOwner(home)).toBeUndefined();
  });
});
