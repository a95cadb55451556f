// Grows the bench graph with articles [from, to) of the synthetic corpus through the real ingest
// path: extractArticle (in worker threads) + GraphStore.loadArticles (batched) or loadArticle.
//   tsx bench/ingest.ts --to 1000 [--from 0] [--seed 1] [--batch 100] [--workers 2] [--per-article] [--fresh]
// The graph: $BENCH_HOME (default .neo4j/bench), see bench/neo4j.ts. Each run appends one line to
// bench/results/ingest.log, with the CPU time Neo4j and this process used per article.
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { appendFileSync, readFileSync } from 'node:fs';
import type { ExtractedGraph } from '../src/model/extracted-graph.ts';
import { GraphStore } from '../src/graph/store.ts';
import { BENCH_NEO4J, startBenchNeo4j } from './neo4j.ts';
import { cpuMsOf } from './proc.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    to: { type: 'string' },
    seed: { type: 'string', default: '1' },
    batch: { type: 'string', default: '100' },
    workers: { type: 'string', default: '2' },
    'per-article': { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
  },
});
const seed = Number(values.seed);
const batchSize = Number(values.batch);
const { neo4j, driver } = await startBenchNeo4j(values.fresh);
const store = new GraphStore(driver, 'neo4j', 600_000);
const countRes = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
const already = countRes.records[0]!.get('n') as number;
const from = values.from !== undefined ? Number(values.from) : already;
const to = Number(values.to);
console.log(
  `graph holds ${already} articles; ingesting [${from}, ${to}) seed ${seed}, ${values['per-article'] ? 'one transaction per article' : `batches of ${batchSize}`}, ${values.workers} extract workers`,
);

const workers = [...Array(Number(values.workers)).keys()].map(
  () =>
    new Worker(
      `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(new URL('./extract-worker.ts', import.meta.url).href)}); })`,
      { eval: true, workerData: { seed } },
    ),
);
// Each worker answers its messages in order: one queue of resolvers per worker.
const waiting = workers.map((w) => {
  const q: ((r: { graphs: ExtractedGraph[]; ms: number }) => void)[] = [];
  w.on('message', (r) => q.shift()!(r));
  return q;
});
const extractBatch = (k: number, ids: number[]) =>
  new Promise<{ graphs: ExtractedGraph[]; ms: number }>((ok) => {
    waiting[k]!.push(ok);
    workers[k]!.postMessage(ids);
  });

// Batches are extracted ahead (one per worker in flight) while the previous batch is written.
const batches: number[][] = [];
for (let i = from; i < to; i += batchSize) batches.push([...Array(Math.min(batchSize, to - i)).keys()].map((k) => i + k));
const pending: Promise<{ graphs: ExtractedGraph[]; ms: number }>[] = [];
let next = 0;
const refill = () => {
  while (pending.length < workers.length + 1 && next < batches.length) {
    pending.push(extractBatch(next % workers.length, batches[next]!));
    next++;
  }
};
// CPU time used (user + system, all threads): the Neo4j JVM's from /proc, this process's (main
// thread + extract workers) from process.cpuUsage(). On a 2-core machine the sum per article bounds
// the rate: 2,000 ms / (CPU ms per article) articles/s at best, whatever else runs.
const jvmCpuMs = () => cpuMsOf(neo4j.pid);
const loadAvg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
const load0 = loadAvg();
const jvm0 = jvmCpuMs();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
let done = 0;
let extractMs = 0;
let writeMs = 0;
let lastReport = t0;
refill();
while (pending.length > 0) {
  const { graphs, ms } = await pending.shift()!;
  refill();
  extractMs += ms;
  const w0 = performance.now();
  if (values['per-article']) for (const g of graphs) await store.loadArticle(g);
  else await store.loadArticles(graphs);
  writeMs += performance.now() - w0;
  done += graphs.length;
  const now = performance.now();
  if (now - lastReport > 10_000 || pending.length === 0) {
    lastReport = now;
    console.log(
      `${from + done} articles, ${(done / ((now - t0) / 1000)).toFixed(1)} articles/s overall, write ${(writeMs / done).toFixed(1)} ms/article, extract ${(extractMs / done).toFixed(1)} ms/article (worker time)`,
    );
  }
}
const secs = (performance.now() - t0) / 1000;
const total = (await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n') as number;
const jvmMs = (jvmCpuMs() - jvm0) / done;
const cpu = process.cpuUsage(cpu0);
const nodeMs = (cpu.user + cpu.system) / 1000 / done;
const line = `${new Date().toISOString()} ${BENCH_NEO4J.home} (heap ${BENCH_NEO4J.heap}, pagecache ${BENCH_NEO4J.pagecache}) ingest [${from},${to}) ${values['per-article'] ? 'per-article' : `batch=${batchSize}`} workers=${values.workers}: ${done} articles in ${secs.toFixed(1)} s = ${(done / secs).toFixed(1)} articles/s (write ${(writeMs / done).toFixed(2)} ms/article, extract ${(extractMs / done).toFixed(2)} ms/article/worker; CPU per article: Neo4j ${jvmMs.toFixed(2)} ms, ingest process ${nodeMs.toFixed(2)} ms); load ${load0} -> ${loadAvg()}; graph now ${total} articles`;
console.log(line);
appendFileSync('bench/results/ingest.log', `${line}\n`);
await Promise.all(workers.map((w) => w.terminate()));
await driver.close();
await neo4j.stop();
