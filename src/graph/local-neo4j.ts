import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j from 'neo4j-driver';
import { PROJECT_ROOT } from '../project-root.ts';
import { describeExit, type JvmExit } from './jvm-exit.ts';
import { claimOwnership, otherOwner, releaseOwnership } from './local-neo4j-owner.ts';

// The project's own Neo4j 5.26 Community, started from the jars Maven gathered (neo4j/pom.xml)
// through the real server entry point: no Docker, no Java code of ours.

const ROOT = PROJECT_ROOT;
export const NEO4J_LIB = join(ROOT, 'neo4j', 'target', 'lib');
/**
 * Neo4j's classes, parsed and verified once (a JDK class-data-sharing archive written by
 * scripts/neo4j-class-archive.ts): a start costs about 40% less CPU with it, which is what brings
 * a crashed JVM back quickly on a busy two-core machine. Without it (or with one from another
 * JDK, which the JVM ignores with a warning) Neo4j starts as before.
 */
export const NEO4J_CLASS_ARCHIVE = join(ROOT, 'neo4j', 'target', 'neo4j-classes.jsa');

// Neo4j's own neo4j.conf passes these on Java 17.
export const JVM_FLAGS = [
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:+UseG1GC',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '-Dio.netty.tryReflectionSetAccessible=true',
];

export interface LocalNeo4jOptions {
  /** Folder for conf, data and logs (created when missing). */
  home: string;
  boltPort: number;
  httpPort: number;
  heap: string;
  pagecache: string;
  /** Wipe the data folder first (tests). */
  fresh?: boolean;
  /** Extra neo4j.conf lines, e.g. browser.post_connect_cmd. */
  extraConf?: Record<string, string>;
  startTimeoutMs?: number;
  /** Write the class-data archive here when the JVM exits (scripts/neo4j-class-archive.ts). */
  archiveClassesTo?: string;
}

export interface LocalNeo4j {
  uri: string;
  httpUrl: string;
  pid: number;
  /** Settles when the JVM ends, whoever ended it (never, for a JVM shared with another process). */
  exited: Promise<JvmExit>;
  stop(): Promise<void>;
}

export class LocalNeo4jError extends Error {}

const LOOPBACK = ['127.0.0.1:*', 'localhost:*'];
const BROWSER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  `connect-src 'self' ${LOOPBACK.flatMap((h) => [`ws://${h}`, `http://${h}`]).join(' ')}`,
].join('; ');

function writeConf(home: string, o: LocalNeo4jOptions): string {
  const confDir = join(home, 'conf');
  mkdirSync(confDir, { recursive: true });
  const conf: Record<string, string> = {
    'dbms.security.auth_enabled': 'false',
    'server.default_listen_address': '127.0.0.1',
    'server.default_advertised_address': '127.0.0.1',
    'server.bolt.listen_address': `127.0.0.1:${o.boltPort}`,
    'server.bolt.advertised_address': `127.0.0.1:${o.boltPort}`,
    'server.http.listen_address': `127.0.0.1:${o.httpPort}`,
    'server.http.advertised_address': `127.0.0.1:${o.httpPort}`,
    'server.https.enabled': 'false',
    'server.memory.pagecache.size': o.pagecache,
    'dbms.usage_report.enabled': 'false',
    // Neo4j Browser makes no call off loopback. Its own content security policy allows analytics
    // (segment), a feedback widget (canny), Google fonts and remote guide images, which offline are
    // console errors; this one allows only this machine (Bolt over WebSocket, the service's style
    // and guide). Without telemetry the usage-collection banner goes too.
    'client.allow_telemetry': 'false',
    'dbms.security.http_static_content_security_policy_header': BROWSER_CSP,
    'server.directories.logs': join(home, 'logs'),
    'server.directories.data': join(home, 'data'),
    'server.directories.run': join(home, 'run'),
    ...o.extraConf,
  };
  writeFileSync(
    join(confDir, 'neo4j.conf'),
    `${Object.entries(conf)
      .map(([k, v]) => `${k}=${v}`)
      .join('\n')}\n`,
  );
  return confDir;
}

/** The pid of a local Neo4j already running on this folder, if any. */
export function runningPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  try {
    if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('CommunityEntryPoint')) return pid;
  } catch {
    // not running any more
  }
  rmSync(pidFile, { force: true });
  return undefined;
}

async function boltAnswers(uri: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { connectionTimeout: 2000, maxTransactionRetryTime: 0 });
  try {
    await driver.executeQuery('RETURN 1');
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

export function logTail(home: string, lines = 30): string {
  for (const f of ['neo4j.log', 'debug.log']) {
    const p = join(home, 'logs', f);
    if (existsSync(p)) return readFileSync(p, 'utf8').split('\n').slice(-lines).join('\n');
  }
  return '(no Neo4j log yet)';
}

async function boltAnswersWithin(uri: string, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await boltAnswers(uri)) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function classArchiveFlags(o: LocalNeo4jOptions): string[] {
  if (o.archiveClassesTo) return [`-XX:ArchiveClassesAtExit=${o.archiveClassesTo}`];
  return existsSync(NEO4J_CLASS_ARCHIVE) ? [`-XX:SharedArchiveFile=${NEO4J_CLASS_ARCHIVE}`] : [];
}

async function waitForBolt(uri: string, child: ChildProcess, o: LocalNeo4jOptions, output: () => string, timeoutMs: number): Promise<void> {
  const home = resolve(o.home);
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', ''), { connectionTimeout: 1000 });
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) {
        const how = describeExit({ code: child.exitCode, signal: child.signalCode, stderr: output() }, o);
        throw new LocalNeo4jError(`Local Neo4j exited (${how}) before Bolt answered.\n${logTail(home)}`);
      }
      try {
        // Raced with a timer: a port that accepts but never answers Bolt would hang the probe for good.
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([
          driver.executeQuery('RETURN 1'),
          new Promise((_, fail) => (timer = setTimeout(() => fail(new Error('no answer')), 3000))),
        ]).finally(() => clearTimeout(timer));
        return;
      } catch {
        if (Date.now() > deadline) {
          throw new LocalNeo4jError(`Local Neo4j did not answer on ${uri} within ${timeoutMs / 1000}s.\n${logTail(home)}`);
        }
        await new Promise((r) => setTimeout(r, 250));
      }
    }
  } finally {
    await driver.close();
  }
}

/** Starts the JVM, waits until Bolt answers, and ties the JVM's life to this process. */
export async function startLocalNeo4j(o: LocalNeo4jOptions): Promise<LocalNeo4j> {
  if (!existsSync(NEO4J_LIB)) {
    throw new LocalNeo4jError(`No Neo4j jars in ${NEO4J_LIB}: run \`node scripts/build-neo4j.mjs\` (npm start and npm test do).`);
  }
  const home = resolve(o.home);
  const pidFile = join(home, 'neo4j.pid');
  const uri = `bolt://127.0.0.1:${o.boltPort}`;
  const httpUrl = `http://127.0.0.1:${o.httpPort}`;
  const existing = runningPid(pidFile);
  const owner = o.fresh ? undefined : otherOwner(home);
  if (!o.fresh && (existing !== undefined || owner !== undefined)) {
    // Another process (a running service, say) keeps this folder's Neo4j: share it, never kill it.
    // If that process is bringing its JVM back after a crash, wait for it rather than start a rival.
    const shared = { uri, httpUrl, pid: existing ?? 0, exited: new Promise<JvmExit>(() => {}), stop: async () => {} };
    if (await boltAnswers(uri)) return shared;
    if (owner !== undefined) {
      if (await boltAnswersWithin(uri, o.startTimeoutMs ?? 90_000)) return shared;
      throw new LocalNeo4jError(
        `The local Neo4j in ${home} belongs to process ${owner}, which has not brought it up within ${(o.startTimeoutMs ?? 90_000) / 1000}s.`,
      );
    }
  }
  if (existing !== undefined) {
    // A JVM left by a killed earlier run holds the store lock without serving: end it.
    process.kill(existing, 'SIGKILL');
    rmSync(pidFile, { force: true });
  }
  if (o.fresh) rmSync(join(home, 'data'), { recursive: true, force: true });
  checkDataFolder(home);
  const confDir = writeConf(home, o);
  const child = spawn(
    'java',
    [
      `-Xmx${o.heap}`,
      ...JVM_FLAGS,
      ...classArchiveFlags(o),
      '-cp',
      `${NEO4J_LIB}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${confDir}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  if (!child.pid) throw new LocalNeo4jError('Could not start `java` (is a JDK 17 on the PATH?).');
  writeFileSync(pidFile, String(child.pid));
  claimOwnership(home);
  let stderr = '';
  // Both streams: the JVM prints its own fatal errors ("Terminating due to java.lang.OutOfMemoryError") on stdout.
  const keep = (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000));
  child.stderr?.on('data', keep);
  child.stdout?.on('data', keep);

  // If this process dies without stopping Neo4j (a crash, SIGKILL), a watchdog ends the JVM.
  // It also ends with the JVM, so JVMs restarted by a supervisor do not pile up watchdogs.
  const watchdog = spawn(
    'sh',
    ['-c', `while kill -0 ${process.pid} 2>/dev/null && kill -0 ${child.pid} 2>/dev/null; do sleep 1; done; kill ${child.pid} 2>/dev/null`],
    {
      detached: true,
      stdio: 'ignore',
    },
  );
  watchdog.unref();
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  const exited = new Promise<JvmExit>((done) =>
    // 'close', not 'exit': by then the last words of the JVM have been read from its pipes.
    child.once('close', (code, signal) => {
      process.off('exit', killOnExit);
      done({ code, signal, stderr });
    }),
  );

  try {
    await waitForBolt(uri, child, o, () => stderr, o.startTimeoutMs ?? 90_000);
  } catch (err) {
    child.kill('SIGKILL');
    if (err instanceof LocalNeo4jError && stderr) err.message += `\n--- java stderr ---\n${stderr}`;
    throw err;
  }

  let stopping: Promise<void> | undefined;
  return {
    uri,
    httpUrl,
    pid: child.pid,
    exited,
    stop() {
      stopping ??= new Promise<void>((done) => {
        process.off('exit', killOnExit);
        if (child.exitCode !== null || child.signalCode !== null) {
          releaseOwnership(home);
          return done();
        }
        const force = setTimeout(() => child.kill('SIGKILL'), 20_000);
        child.once('exit', () => {
          clearTimeout(force);
          rmSync(pidFile, { force: true });
          releaseOwnership(home);
          if (watchdog.pid) {
            try {
              process.kill(watchdog.pid, 'SIGTERM');
            } catch {
              // the watchdog has gone already
            }
          }
          done();
        });
        child.kill('SIGTERM');
      });
      return stopping;
    },
  };
}

/**
 * Refuses, with the folder's name, what Neo4j would report only as a stack trace deep in its log
 * (a read-only folder) or not at all (a store deleted under its transaction logs: Neo4j would
 * start on an empty graph, and the service would serve it as if nothing had happened).
 */
function checkDataFolder(home: string): void {
  try {
    mkdirSync(join(home, 'logs'), { recursive: true });
    const probe = join(home, '.write-probe');
    writeFileSync(probe, '');
    rmSync(probe);
    if (existsSync(join(home, 'data'))) {
      writeFileSync(join(home, 'data', '.write-probe'), '');
      rmSync(join(home, 'data', '.write-probe'));
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LocalNeo4jError(
      `The local Neo4j's folder ${home} (LOCAL_NEO4J_DIR) cannot be written (${code}): Neo4j needs to write its store and logs there. Make it writable, or point LOCAL_NEO4J_DIR elsewhere.`,
    );
  }
  const store = join(home, 'data', 'databases', 'neo4j');
  const txLogs = join(home, 'data', 'transactions', 'neo4j');
  const hasTxLogs = existsSync(txLogs) && readdirSync(txLogs).some((f) => f.startsWith('neostore.transaction.db'));
  if (hasTxLogs && !existsSync(join(store, 'neostore'))) {
    throw new LocalNeo4jError(
      `The local Neo4j's store is missing from ${store} (LOCAL_NEO4J_DIR=${home}), though its transaction logs in ${txLogs} show it held a graph. ` +
        `Restore ${join(home, 'data')} from a backup, or delete it to start on an empty graph.`,
    );
  }
}
