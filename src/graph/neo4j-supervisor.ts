import type { Logger } from '../logger.ts';
import { describeExit, type JvmExit } from './jvm-exit.ts';
import { logTail, type LocalNeo4j } from './local-neo4j.ts';

// The local Neo4j the service started is its database, so when the JVM dies (a crash, the kernel's
// out-of-memory killer, a kill -9) the service brings it back on the same folder by itself, and
// gives up — so that something outside can restart the whole — only after a bounded number of tries.

interface SupervisorOptions {
  home: string;
  heap: string;
  pagecache: string;
  /** Restart attempts in a row before giving up (0: give up at the first exit). */
  maxAttempts: number;
  logger: Logger;
  /** Starts a JVM on the same folder and ports; resolves once Bolt answers. */
  start: () => Promise<LocalNeo4j>;
  /** After giving up: the service is no longer alive. */
  onGiveUp: (reason: string) => void;
  /** Waits between attempts (tests of the policy could shorten them; the service uses the default). */
  backoffMs?: (attempt: number) => number;
}

export interface Neo4jSupervisor {
  /** Bumped at every restart: what was read from an earlier JVM is not to be trusted as current. */
  readonly epoch: number;
  /** False once the supervisor has given up. */
  readonly alive: boolean;
  readonly pid: number;
  stop(): Promise<void>;
}

/** 1 s, 2 s, 4 s … capped at 30 s. */
const backoff = (attempt: number): number => Math.min(30_000, 1000 * 2 ** (attempt - 1));

/** A JVM restarted this long ago and still running has recovered: the next crash starts counting afresh. */
export const STABLE_MS = 60_000;

/** Watches `first` and every JVM that replaces it. */
export function superviseLocalNeo4j(first: LocalNeo4j, o: SupervisorOptions): Neo4jSupervisor {
  const wait = o.backoffMs ?? backoff;
  let current = first;
  let epoch = 0;
  let alive = true;
  let stopping = false;
  let startedAt = Date.now();
  let attempts = 0;
  let starting: Promise<LocalNeo4j> | undefined;
  let sleeping: { timer: NodeJS.Timeout; wake: () => void } | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((wake) => {
      sleeping = { timer: setTimeout(wake, ms), wake };
    }).finally(() => (sleeping = undefined));

  const tail = () => logTail(o.home, 5).trim().split('\n').slice(-5).join(' | ');

  async function onExit(exit: JvmExit): Promise<void> {
    if (stopping) return;
    epoch++;
    if (Date.now() - startedAt >= STABLE_MS) attempts = 0;
    let why = describeExit(exit, o);
    o.logger.error({ pid: current.pid, code: exit.code, signal: exit.signal }, `local Neo4j died (${why})`);
    for (;;) {
      if (attempts >= o.maxAttempts) {
        alive = false;
        const reason = `the local Neo4j could not be brought back after ${attempts} attempt(s) (last: ${why})`;
        o.logger.fatal({ dir: o.home }, reason);
        return o.onGiveUp(reason);
      }
      attempts++;
      const delay = wait(attempts);
      o.logger.warn(
        { attempt: attempts, of: o.maxAttempts, inMs: delay, code: exit.code, signal: exit.signal, neo4jLog: tail() },
        `restarting the local Neo4j in ${delay / 1000}s (attempt ${attempts} of ${o.maxAttempts})`,
      );
      await sleep(delay);
      if (stopping) return;
      const t0 = Date.now();
      try {
        starting = o.start();
        current = await starting;
      } catch (err) {
        why = (err as Error).message.split('\n')[0] ?? 'failed to start';
        o.logger.error({ attempt: attempts, neo4jLog: tail() }, `restart attempt ${attempts} failed: ${why}`);
        continue;
      }
      if (stopping) return void (await current.stop());
      startedAt = Date.now();
      epoch++;
      o.logger.info({ attempt: attempts, pid: current.pid, ms: Date.now() - t0 }, 'local Neo4j is back');
      void current.exited.then(onExit);
      return;
    }
  }
  void first.exited.then(onExit);

  return {
    get epoch() {
      return epoch;
    },
    get alive() {
      return alive;
    },
    get pid() {
      return current.pid;
    },
    async stop() {
      stopping = true;
      if (sleeping) {
        clearTimeout(sleeping.timer);
        sleeping.wake();
      }
      // A JVM being started now is stopped by the restart loop once it is up.
      await starting?.catch(() => undefined);
      await current.stop();
    },
  };
}
