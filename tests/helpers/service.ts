import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { freePort } from './ports.ts';
import { WRITE_TOKEN } from './stack.ts';

// `npm start`'s process as a child (src/main.ts under tsx), with its own local Neo4j in `home` on
// free ports: for tests and benchmarks that kill things and must see what a user would see.

export interface ServiceEnv extends Record<string, string> {
  LOCAL_NEO4J_DIR: string;
  LOCAL_NEO4J_BOLT_PORT: string;
  LOCAL_NEO4J_HTTP_PORT: string;
  PORT: string;
}

/** Environment for a service (and a CLI sharing its Neo4j) on `home`, on free ports; `extra` wins. */
export async function serviceEnv(home: string, extra: Record<string, string> = {}): Promise<ServiceEnv> {
  return {
    NEO4J_URI: '',
    PORT: String(await freePort()),
    LOCAL_NEO4J_DIR: resolve(home),
    LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
    LOCAL_NEO4J_HTTP_PORT: String(await freePort()),
    LOCAL_NEO4J_HEAP: '256m',
    LOCAL_NEO4J_PAGECACHE: '64m',
    LOAD_ON_START: 'false',
    WRITE_TOKEN,
    LOG_LEVEL: 'info',
    ...extra,
  };
}

export interface Service {
  proc: ChildProcess;
  url: string;
  /** Everything the service has logged so far (pino JSON lines, stdout and stderr). */
  log(): string;
  exited: Promise<number | null>;
  /** The pid of the JVM the service runs now (from its pid file: restarts rewrite it). */
  jvmPid(): number;
}

/** Starts the service; resolves once it serves, rejects with its log if it exits first. */
export async function startService(env: ServiceEnv, startTimeoutMs = 240_000): Promise<Service> {
  const proc = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (d: Buffer) => (log += d.toString());
  proc.stdout!.on('data', keep);
  proc.stderr!.on('data', keep);
  const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
  const service: Service = {
    proc,
    url: `http://127.0.0.1:${env.PORT}`,
    log: () => log,
    exited,
    jvmPid: () => Number(readFileSync(`${env.LOCAL_NEO4J_DIR}/neo4j.pid`, 'utf8')),
  };
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`service did not serve within ${startTimeoutMs} ms:\n${log}`)), startTimeoutMs);
    const poll = setInterval(() => {
      if (!log.includes('PolicyGraph is serving')) return;
      clearInterval(poll);
      clearTimeout(timer);
      ok();
    }, 100);
    void exited.then((code) => {
      clearInterval(poll);
      clearTimeout(timer);
      fail(new Error(`service exited (${code}) before serving:\n${log}`));
    });
  });
  return service;
}

/** Pino's JSON lines whose message matches `re`, as objects. */
export function logLines(log: string, re: RegExp): Record<string, unknown>[] {
  return log
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, unknown>)
    .filter((l) => re.test(String(l.msg)));
}

/** Polls `cond` every 100 ms; the time it took to hold, or Infinity after `ms`. */
export async function until(cond: () => Promise<boolean> | boolean, ms: number): Promise<number> {
  const t0 = Date.now();
  while (Date.now() - t0 < ms) {
    if (await cond()) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
  }
  return Infinity;
}

/** GET `path`'s status, or 0 when nothing answers. */
export async function statusOf(url: string, timeoutMs = 2000): Promise<number> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(timeoutMs) })).status;
  } catch {
    return 0;
  }
}
