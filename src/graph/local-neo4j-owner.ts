import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

// Which process keeps a folder's local Neo4j. The service restarts its JVM when it dies; in the
// seconds between the death and the restart, a CLI run (`policygraph ingest`) that found no JVM
// would start one of its own on the same store, or end the half-started one as a leftover. So the
// process that starts a JVM writes its own pid beside it, and others wait for that owner.

const ownerFile = (home: string) => join(home, 'owner.pid');

/** This process now keeps the folder's Neo4j. */
export function claimOwnership(home: string): void {
  writeFileSync(ownerFile(home), String(process.pid));
}

export function releaseOwnership(home: string): void {
  if (liveOwner(home) === process.pid) rmSync(ownerFile(home), { force: true });
}

/** The pid of the live Node process that keeps the folder's Neo4j, if any. */
export function liveOwner(home: string): number | undefined {
  let pid: number;
  try {
    pid = Number(readFileSync(ownerFile(home), 'utf8'));
    // A pid reused by something else after a reboot is not an owner.
    if (pid === process.pid || /node/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'))) return pid;
  } catch {
    // no owner file, or its process has gone
  }
  return undefined;
}

/** Another process keeps the folder's Neo4j (and will bring it back if it is down). */
export function otherOwner(home: string): number | undefined {
  const pid = liveOwner(home);
  return pid === process.pid ? undefined : pid;
}
