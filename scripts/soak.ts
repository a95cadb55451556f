// Soak test, run by hand (loopback only, bounded in time):
//
//   node --import tsx scripts/soak.ts [--seconds 300] [--concurrency 32] [--seed 7] [--keep]
//
// Starts its own Neo4j (startLocalNeo4j in .neo4j/soak on free ports) and the service (Yoga +
// node:http on 127.0.0.1, in a child process so its memory is measured alone), then runs mixed
// load at the given concurrency: 90% reads over representative queries, 10% ingestArticle of
// distinct synthetic articles (bench/corpus.ts). Afterwards it checks that every acknowledged
// ingest is in the graph, that a read right after each acknowledged ingest shows it (through the
// service, response cache included), and that no request failed, and prints requests, errors, acknowledged vs
// present articles, latencies and peak RSS (VmHWM) of the service and of Neo4j.
// Exit status 0 when nothing failed and every acknowledged article is present, else 1.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { article as syntheticArticle } from '../bench/corpus.ts';
import { parseArticle } from '../src/model/article-file.ts';
import { articleId } from '../src/model/ids.ts';
import { freePort } from '../tests/helpers/ports.ts';

const { values: opt } = parseArgs({
  options: {
    seconds: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '32' },
    seed: { type: 'string', default: '7' },
    'ingest-share': { type: 'string', default: '0.1' },
    keep: { type: 'boolean', default: false },
    // internal: the service child
    serve: { type: 'boolean', default: false },
    uri: { type: 'string' },
  },
});

// ---------------------------------------------------------------------------------------------
// The service, in its own process: the real Yoga over the real store, on loopback.
async function serveChild(uri: string): Promise<void> {
  const { createDriver } = await import('../src/graph/driver.ts');
  const { applySchema } = await import('../src/graph/migrations.ts');
  const { GraphStore } = await import('../src/graph/store.ts');
  const { createLogger } = await import('../src/logger.ts');
  const { createPolicyGraphYoga } = await import('../src/server/yoga.ts');
  const { listen, close } = await import('../src/server/http.ts');
  const token = process.env.SOAK_WRITE_TOKEN!;
  const driver = createDriver({ uri, user: 'neo4j', password: '' });
  await applySchema(driver, 'neo4j');
  const store = new GraphStore(driver, 'neo4j', 10_000);
  await store.loadArticle(JSON.parse(readFileSync('data/articles/japan-russia-cooperation.annotation.json', 'utf8')));
  const logger = createLogger('warn');
  const { loadConfig } = await import('../src/config.ts');
  // Configured as the service (EXECUTION, RESPONSE_CACHE_MB, validated the same way): by default
  // compiled, with the response cache, so the soak also checks that no read serves a stale answer.
  const config = loadConfig();
  const yoga = createPolicyGraphYoga({
    store,
    logger,
    writeToken: token,
    graphiql: false,
    execution: config.EXECUTION,
    responseCacheBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
  });
  const server = await listen(yoga, '127.0.0.1', 0);
  const { monitorEventLoopDelay } = await import('node:perf_hooks');
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  process.stdout.write(`LISTENING ${(server.address() as { port: number }).port}\n`);
  process.on('SIGTERM', async () => {
    const ms = (ns: number) => (ns / 1e6).toFixed(0);
    process.stdout.write(`EVENTLOOP p50 ${ms(loop.percentile(50))} ms, p99 ${ms(loop.percentile(99))} ms, max ${ms(loop.max)} ms\n`);
    await close(server, 0, 5000);
    await driver.close();
    process.exit(0);
  });
}

// ---------------------------------------------------------------------------------------------

/** Peak and current resident memory of a process, in MiB (Linux /proc). */
function memory(pid: number): { peakMiB: number; rssMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { peakMiB: Math.round(kb('VmHWM') / 1024), rssMiB: Math.round(kb('VmRSS') / 1024) };
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const op = (name: string) => readFileSync(`schema/operations/${name}.graphql`, 'utf8');

const SEED_KEYS = [
  'person:hiroshi-kajiyama',
  'person:shinzo-abe',
  'person:vladimir-putin',
  'country:japan',
  'country:russia',
  'plan:eight-point-cooperation-plan',
];
const SEARCH_WORDS = ['putin', 'kaji', 'japan', 'plan', 'minister', 'russia', 'national projects', 'cooperation', 'abe', 'trade'];
// Read back right after an acknowledged ingest: the article, then the article count — one hot
// answer every writer asks for, so a response cache serving anything older than the write would show.
const READ_BACK = `query($key: String!) { article(key: $key) { key } }`;
const COUNT_BACK = `{ articles(first: 1) { totalCount } }`;
const INGEST = `mutation($text: String!) { ingestArticle(text: $text) { __typename ... on IngestArticlePayload { article { key } } ... on InvalidArticleError { problems } } }`;

interface Req {
  kind: string;
  query: string;
  variables?: Record<string, unknown>;
  write?: boolean;
  /** count-back: the least article count the answer may show */
  atLeast?: number;
}

async function main(): Promise<void> {
  const seconds = Number(opt.seconds);
  const concurrency = Number(opt.concurrency);
  const seed = Number(opt.seed);
  const ingestShare = Number(opt['ingest-share']);
  const home = '.neo4j/soak';
  const t0 = Date.now();

  const { startLocalNeo4j } = await import('../src/graph/local-neo4j.ts');
  const neo4j = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '1g',
    pagecache: '256m',
    fresh: true,
  });
  console.log(`neo4j up on ${neo4j.uri} (pid ${neo4j.pid}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  const token = randomBytes(24).toString('hex');
  let eventLoop = '(not reported)';
  const neo4jErrors: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'scripts/soak.ts', '--serve', '--uri', neo4j.uri], {
    env: { ...process.env, SOAK_WRITE_TOKEN: token },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((ok, fail) => {
    let out = '';
    let listening = false;
    child.stdout!.on('data', (d: Buffer) => {
      // The service's own log (warnings and errors) goes to this stderr, after the LISTENING line.
      if (listening) {
        const text = d.toString();
        const loop = /EVENTLOOP (.*)\n/.exec(text);
        if (loop) eventLoop = loop[1]!;
        // Driver errors logged by the service: keep their Neo4j codes for the summary.
        for (const m of text.matchAll(/Neo4jError: ([^\n"]{0,90})/g)) neo4jErrors.push(m[1]!);
        return void process.stderr.write(`service: ${text.slice(0, 400)}\n`);
      }
      out += d.toString();
      const m = /LISTENING (\d+)\n/.exec(out);
      if (m) {
        listening = true;
        const rest = out.slice(m.index + m[0].length);
        if (rest) process.stderr.write(`service: ${rest}`);
        ok(Number(m[1]));
      }
    });
    child.once('exit', (code) => fail(new Error(`service exited (${code}) before listening`)));
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  console.log(`service up on ${url} (pid ${child.pid}); ${seconds} s of load at concurrency ${concurrency}, ${ingestShare * 100}% ingests`);

  const keys = [...SEED_KEYS];
  const reads: (() => Req)[] = [
    () => ({
      kind: 'entity',
      query: 'query($k: String!) { entity(key: $k) { __typename key name aliases mentionCount } }',
      variables: { k: pick(keys) },
    }),
    () => ({ kind: 'person-nested', query: op('WhoIsKajiyama'), variables: { key: pick(keys.filter((k) => k.startsWith('person:'))) } }),
    () => ({ kind: 'search', query: op('Search'), variables: { query: pick(SEARCH_WORDS), first: 10 } }),
    () => ({ kind: 'neighborhood', query: op('Neighborhood'), variables: { key: pick(keys), depth: 2, limit: 50 } }),
    () => ({
      kind: 'list-people',
      query: op('FilteredPeople'),
      variables: { country: pick(['country:japan', 'country:russia']), first: 20 },
    }),
    () => ({ kind: 'list-plans', query: '{ plans(first: 20) { totalCount edges { node { key name } } } }' }),
    () => ({ kind: 'counts', query: op('Counts') }),
  ];
  let next = 0;
  const acknowledged = new Map<number, string>(); // synthetic index → article key
  const refused: string[] = [];
  const failures: string[] = [];
  const failedIngests: number[] = [];
  const staleReads: string[] = [];
  const latencies = new Map<string, number[]>();
  let requests = 0;
  let peakService = 0;
  const sampler = setInterval(() => {
    try {
      peakService = Math.max(peakService, memory(child.pid!).rssMiB);
    } catch {
      // the child has gone; reported below
    }
  }, 500);

  let r = seed * 7919 + 1;
  function rand(): number {
    r = (r * 1103515245 + 12345) % 2147483648;
    return r / 2147483648;
  }
  function pick<T>(xs: T[]): T {
    return xs[Math.floor(rand() * xs.length)]!;
  }

  async function call(req: Req): Promise<void> {
    const started = performance.now();
    requests++;
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(req.write ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: req.query, variables: req.variables }),
      });
      const body = (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
      const ms = performance.now() - started;
      (latencies.get(req.kind) ?? latencies.set(req.kind, []).get(req.kind)!).push(ms);
      if (res.status !== 200 || body.errors) {
        if (req.kind === 'ingest') failedIngests.push(req.variables!.index as number);
        failures.push(`${req.kind}: ${res.status} ${body.errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ')}`);
        return;
      }
      if (req.kind === 'read-back' && !body.data.article) staleReads.push(`${req.variables!.key} missing`);
      if (req.kind === 'count-back' && body.data.articles.totalCount < req.atLeast!)
        staleReads.push(`${body.data.articles.totalCount} articles, expected ≥ ${req.atLeast}`);
      if (req.kind === 'ingest') {
        const p = body.data.ingestArticle;
        const index = req.variables!.index as number;
        if (p.__typename === 'IngestArticlePayload') {
          acknowledged.set(index, p.article.key);
          // Every article acknowledged so far is committed, plus the seed.
          const atLeast = acknowledged.size + 1;
          await call({ kind: 'read-back', query: READ_BACK, variables: { key: p.article.key } });
          await call({ kind: 'count-back', query: COUNT_BACK, atLeast });
        } else refused.push(`article ${index}: ${p.problems?.join('; ')}`);
      }
    } catch (err) {
      if (req.kind === 'ingest') failedIngests.push(req.variables!.index as number);
      failures.push(`${req.kind}: ${(err as Error).message}`);
    }
  }

  const deadline = Date.now() + seconds * 1000;
  let lastReport = Date.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        if (rand() < ingestShare) {
          const index = next++;
          const a = syntheticArticle(seed, index);
          await call({ kind: 'ingest', query: INGEST, variables: { text: a.text, index }, write: true });
        } else {
          await call(pick(reads)());
        }
        if (Date.now() - lastReport > 30_000) {
          lastReport = Date.now();
          console.log(
            `  ${Math.round((deadline - Date.now()) / 1000)} s left: ${requests} requests, ${failures.length} errors, ${acknowledged.size} ingests acknowledged, service RSS ${memory(child.pid!).rssMiB} MiB`,
          );
        }
      }
    }),
  );
  clearInterval(sampler);
  const loadSeconds = (Date.now() - (deadline - seconds * 1000)) / 1000;

  // Every acknowledged ingest must be in the graph (checked straight in Neo4j, not through the API).
  const { default: neo4jDriver } = await import('neo4j-driver');
  const driver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic('neo4j', ''));
  const ackKeys = [...acknowledged.values()];
  const present = await driver.executeQuery('MATCH (a:Article) WHERE a.id IN $keys RETURN count(a) AS n', { keys: ackKeys });
  const presentCount = Number(present.records[0]!.get('n'));
  // A failed ingest must have left nothing, or (committed, answer lost) the whole article: never part of one.
  const failedKeys = failedIngests.map((i) => articleId(parseArticle(syntheticArticle(seed, i).text).body));
  const failedState = await driver.executeQuery(
    `UNWIND $keys AS k OPTIONAL MATCH (a:Article {id: k}) OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
     WITH k, a, count(s) AS n RETURN sum(CASE WHEN a IS NULL THEN 1 ELSE 0 END) AS absent,
       sum(CASE WHEN a IS NOT NULL AND n = a.sentenceCount THEN 1 ELSE 0 END) AS whole,
       sum(CASE WHEN a IS NOT NULL AND n <> a.sentenceCount THEN 1 ELSE 0 END) AS partial`,
    { keys: failedKeys },
  );
  const fs = failedState.records[0]!;
  const failed = { absent: Number(fs.get('absent')), whole: Number(fs.get('whole')), partial: Number(fs.get('partial')) };
  const total = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
  const totalArticles = Number(total.records[0]!.get('n'));
  await driver.close();

  const service = memory(child.pid!);
  const jvm = memory(neo4j.pid);
  child.kill('SIGTERM');
  await new Promise((ok) => child.once('exit', ok));
  await new Promise((ok) => setTimeout(ok, 100));
  await neo4j.stop();
  if (!opt.keep) rmSync(home, { recursive: true, force: true });

  const all = [...latencies.values()].flat().sort((a, b) => a - b);
  const ok =
    failures.length === 0 && staleReads.length === 0 && presentCount === acknowledged.size && refused.length === 0 && failed.partial === 0;
  console.log('\n== soak result ==');
  console.log(
    `duration          ${loadSeconds.toFixed(0)} s of load (concurrency ${concurrency}), ${((Date.now() - t0) / 1000).toFixed(0)} s in all`,
  );
  console.log(
    `requests          ${requests} (${(requests / loadSeconds).toFixed(0)}/s): ${[...latencies].map(([k, v]) => `${k} ${v.length}`).join(', ')}`,
  );
  console.log(`errors            ${failures.length} (expected 0)`);
  console.log(
    `ingests           ${next} sent, ${acknowledged.size} acknowledged, ${presentCount} of those present in the graph, ${refused.length} refused as invalid; ${totalArticles} articles in all (seed + ${totalArticles - 1})`,
  );
  console.log(
    `read-your-writes  ${latencies.get('read-back')?.length ?? 0} + ${latencies.get('count-back')?.length ?? 0} read-backs through the API, ${staleReads.length} stale (expected 0)${staleReads.length ? `: ${staleReads.slice(0, 3).join('; ')}` : ''}`,
  );
  console.log(
    `failed ingests    ${failedIngests.length}: ${failed.absent} absent, ${failed.whole} present whole, ${failed.partial} partial (expected 0)`,
  );
  console.log(
    `latency ms        p50 ${percentile(all, 50).toFixed(1)}  p95 ${percentile(all, 95).toFixed(1)}  p99 ${percentile(all, 99).toFixed(1)}  max ${all.at(-1)?.toFixed(1)}`,
  );
  for (const [k, v] of latencies) {
    const s = v.sort((a, b) => a - b);
    console.log(
      `  ${k.padEnd(15)} p50 ${percentile(s, 50).toFixed(1)}  p95 ${percentile(s, 95).toFixed(1)}  p99 ${percentile(s, 99).toFixed(1)}`,
    );
  }
  console.log(`service RSS       peak ${service.peakMiB} MiB (VmHWM; sampled peak ${peakService} MiB), at end ${service.rssMiB} MiB`);
  console.log(`neo4j JVM RSS     peak ${jvm.peakMiB} MiB, at end ${jvm.rssMiB} MiB`);
  console.log(`service loop lag  ${eventLoop}`);
  const byKind = new Map<string, number>();
  for (const e of neo4jErrors) byKind.set(e.slice(0, 60), (byKind.get(e.slice(0, 60)) ?? 0) + 1);
  for (const [k, n] of byKind) console.log(`  logged driver error x${n}: ${k}…`);
  for (const f of failures.slice(0, 10)) console.log(`  error: ${f}`);
  for (const f of refused.slice(0, 10)) console.log(`  refused: ${f}`);
  console.log(ok ? 'PASS' : 'FAIL');
  process.exit(ok ? 0 : 1);
}

if (opt.serve) await serveChild(opt.uri!);
else await main();
