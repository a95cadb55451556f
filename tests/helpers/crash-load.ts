import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { article } from '../../bench/corpus.ts';
import { statusOf, until, type Service } from './service.ts';
import { WRITE_TOKEN } from './stack.ts';

// Load for crash tests and bench/neo4j-crash.ts: steady reads and API ingests against a running
// service, each outcome recorded (status, error code, time taken, acknowledged or not), and the
// checks made after recovery: which articles are present, and whether any is only partly there.

/**
 * Bounds a request must answer within: its transaction's timeout (NEO4J_TX_TIMEOUT_MS: reads 1×,
 * writes 3×), plus the driver's wait for a connection (5 s) and its retry window (2 s) of
 * src/graph/driver.ts, which a request that meets the outage may spend before its query starts.
 */
const TX_TIMEOUT_MS = 10_000;
const BEFORE_THE_QUERY_MS = 5_000 + 2_000;
export const REQUEST_TIMEOUT_MS = { read: TX_TIMEOUT_MS + BEFORE_THE_QUERY_MS, write: 3 * TX_TIMEOUT_MS + BEFORE_THE_QUERY_MS };

interface Outcome {
  kind: 'read' | 'write';
  /** When it was sent and how long it took (ms since the epoch; ms). */
  at: number;
  ms: number;
  status: number;
  /** extensions.code of the first error, 'OK', or 'NO_ANSWER' (connection refused, client timeout). */
  code: string;
  /** For an acknowledged ingest: the article's Source (its identity in these tests) and when the answer came. */
  acked?: { source: string; at: number };
}

/** The synthetic article i as a file's text (Source: https://example.org/synthetic/SEED/i). */
const articleText = (seed: number, i: number): string => article(seed, i).text;
export const sourceOf = (seed: number, i: number): string => `https://example.org/synthetic/${seed}/${i}`;

/** Writes articles [from, to) of corpus `seed` to `dir` as NNNN.txt; returns their sources. */
export function writeCorpus(dir: string, seed: number, from: number, to: number): string[] {
  mkdirSync(dir, { recursive: true });
  const sources: string[] = [];
  for (let i = from; i < to; i++) {
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), articleText(seed, i));
    sources.push(sourceOf(seed, i));
  }
  return sources;
}

async function post(
  service: Service,
  kind: Outcome['kind'],
  body: object,
  headers: Record<string, string> = {},
): Promise<Outcome & { data?: any }> {
  const at = Date.now();
  try {
    // The client waits past the bound, so a hang shows as a long time rather than as a client abort.
    const res = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS[kind] * 2),
    });
    const json = (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] };
    return {
      kind,
      at,
      ms: Date.now() - at,
      status: res.status,
      code: json.errors ? (json.errors[0]?.extensions?.code ?? 'NO_CODE') : 'OK',
      data: json.data,
    };
  } catch {
    return { kind, at, ms: Date.now() - at, status: 0, code: 'NO_ANSWER' };
  }
}

const READS = [
  '{ counts { label count } }',
  '{ articles(first: 5) { edges { node { title } } } }',
  '{ entities(label: Person, first: 10) { edges { node { name } } } }',
];

interface Load {
  outcomes: Outcome[];
  /** Stops sending; resolves once every request sent has its answer. */
  stop(): Promise<Outcome[]>;
}

/**
 * `readers` loops of reads (cached and not) and one loop of ingestArticle mutations of articles
 * [from, to) of corpus `seed`, one after another as a client would send them.
 */
function startLoad(service: Service, o: { seed: number; from: number; to: number; readers?: number }): Load {
  const outcomes: Outcome[] = [];
  let running = true;
  const pause = () => new Promise((r) => setTimeout(r, 20));
  const reader = async (n: number) => {
    for (let k = n; running; k++) {
      outcomes.push(await post(service, 'read', { query: READS[k % READS.length] }));
      await pause();
    }
  };
  const writer = async () => {
    for (let i = o.from; running && i < o.to; i++) {
      const r = await post(
        service,
        'write',
        {
          query: 'mutation($t: String!) { ingestArticle(text: $t) { ... on IngestArticlePayload { article { key } } } }',
          variables: { t: articleText(o.seed, i) },
        },
        { authorization: `Bearer ${WRITE_TOKEN}` },
      );
      const { data, ...outcome } = r;
      if (outcome.code === 'OK' && data?.ingestArticle?.article?.key) outcome.acked = { source: sourceOf(o.seed, i), at: Date.now() };
      outcomes.push(outcome);
      await pause();
    }
  };
  const loops = [...Array.from({ length: o.readers ?? 2 }, (_, n) => reader(n)), writer()];
  return {
    outcomes,
    async stop() {
      running = false;
      await Promise.all(loops);
      return outcomes;
    },
  };
}

/**
 * Each article's footprint by its Source: sentences, mentions and the relationships it supports.
 * An article written in part (a crash between statements) would differ from the same text loaded
 * again whole, so equal footprints before and after a reload mean nothing was partly present.
 */
export async function footprints(driver: Driver): Promise<Map<string, string>> {
  const { records } = await driver.executeQuery(
    `MATCH (a:Article)
     OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
     OPTIONAL MATCH (s)-[m:MENTIONS]->()
     WITH a, count(DISTINCT s) AS sentences, count(m) AS mentions
     CALL (a) { MATCH ()-[r]->() WHERE a.id IN r.articleIds RETURN count(r) AS relations }
     RETURN a.source AS source, sentences, mentions, relations`,
  );
  return new Map(
    records.map((r) => [
      r.get('source') as string,
      `sentences ${r.get('sentences')}, mentions ${r.get('mentions')}, relations ${r.get('relations')}`,
    ]),
  );
}

/** Sources present before whose footprint changed when loaded again whole (expected: none). */
export function partlyPresent(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...before]
    .filter(([source, print]) => after.get(source) !== print)
    .map(([source, print]) => `${source}: ${print} → ${after.get(source)}`);
}

/** File path → source, for articles [from, to) of corpus `seed` written to `dir`. */
export function corpusFiles(dir: string, seed: number, from: number, to: number): Map<string, string> {
  const sources = writeCorpus(dir, seed, from, to);
  return new Map(sources.map((s, k) => [join(dir, `${String(from + k).padStart(4, '0')}.txt`), s]));
}

/** The sources of the files a CLI ingest reported as failed (`error: FILE: …`). */
function failedSources(stderr: string, files: Map<string, string>): Set<string> {
  return new Set([...stderr.matchAll(/^error: (\S+?): /gm)].map((m) => files.get(m[1]!) ?? m[1]!));
}

interface Crash {
  killedAt: number;
  /** kill -9 → /ready 200 (Infinity: not within two minutes). */
  readyMs: number;
  outcomes: Outcome[];
  /** API ingests acknowledged (source, when). */
  acked: { source: string; at: number }[];
  /** Files the CLI ingest reported loaded, by source; and how it ended. */
  cliAcked: string[];
  cliCode: number | null;
  /** A CLI ingest started while the JVM was down: it waits for the service to bring it back. */
  late: { code: number | null; stderr: string };
  /** The requests that were under way between the kill and readiness. */
  during: Outcome[];
}

/**
 * The crash of issue 21: reads and API ingests of articles [from, to) of corpus `seed`, a CLI
 * ingest of `cliFiles` sharing the service's Neo4j, and, once both have written something, kill -9
 * of the JVM; then the time until /ready answers 200 again, and load until an ingest is
 * acknowledged after it (the service writes again without a restart of its own).
 */
export async function crashUnderLoad(
  service: Service,
  driver: Driver,
  runCli: (args: string[]) => Promise<{ code: number | null; stderr: string }>,
  o: { seed: number; from: number; to: number; cliDir: string; cliFiles: Map<string, string>; lateDir: string },
): Promise<Crash> {
  const load = startLoad(service, o);
  const cli = runCli(['ingest', o.cliDir]);
  const cliSources = new Set(o.cliFiles.values());
  await until(
    async () =>
      [...(await footprints(driver)).keys()].filter((s) => cliSources.has(s)).length >= 2 &&
      load.outcomes.filter((x) => x.acked).length >= 3,
    180_000,
  );
  const killedAt = Date.now();
  process.kill(service.jvmPid(), 'SIGKILL');
  const late = runCli(['ingest', o.lateDir]);
  const readyMs = await until(async () => (await statusOf(`${service.url}/ready`)) === 200, 120_000);
  const readyAt = killedAt + readyMs;
  await until(() => load.outcomes.some((x) => x.acked && x.at > readyAt), 60_000);
  const outcomes = await load.stop();
  const cliRun = await cli;
  const lateRun = await late;
  const failed = failedSources(cliRun.stderr, o.cliFiles);
  return {
    killedAt,
    readyMs,
    outcomes,
    acked: outcomes.filter((x) => x.acked).map((x) => x.acked!),
    cliAcked: [...cliSources].filter((s) => !failed.has(s)),
    cliCode: cliRun.code,
    late: lateRun,
    during: outcomes.filter((x) => x.at + x.ms >= killedAt && x.at <= readyAt),
  };
}

/** Outcomes counted by code, e.g. {"OK":12,"SERVICE_UNAVAILABLE":40}. */
export function codeCounts(outcomes: Outcome[]): Record<string, number> {
  const n: Record<string, number> = {};
  for (const x of outcomes) n[x.code] = (n[x.code] ?? 0) + 1;
  return n;
}

/** The longest time taken per kind and code, e.g. {"read SERVICE_UNAVAILABLE": 812}. */
export function slowest(outcomes: Outcome[]): Record<string, number> {
  const n: Record<string, number> = {};
  for (const x of outcomes) n[`${x.kind} ${x.code}`] = Math.max(n[`${x.kind} ${x.code}`] ?? 0, x.ms);
  return n;
}
