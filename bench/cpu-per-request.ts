// In-process comparison of one query, raw driver vs PolicyGraph (yoga.fetch, no HTTP): sequential
// p50 latency and the Node CPU each request costs at 10 concurrent requests. Where the load driver
// (run.ts) says how far apart the servers are, this says how much of it is Node-side work.
//   BENCH_BOLT_URI=bolt://127.0.0.1:7697 node dist/bench/cpu-per-request.js Q2 [raw|pg|both]
// (npm run build first; or under tsx, which adds its own overhead.)
import { loadConfig } from '../src/config.ts';
import { createDriver } from '../src/graph/driver.ts';
import { GraphStore } from '../src/graph/store.ts';
import { createLogger } from '../src/logger.ts';
import { createPolicyGraphYoga } from '../src/server/yoga.ts';
import { RAW_CYPHER } from './raw-server.ts';
import { policyGraphQueries, targets, type QueryName } from './queries.ts';

const [q = 'Q2', mode = 'both'] = process.argv.slice(2) as [QueryName?, string?];
const driver = createDriver({ uri: process.env.BENCH_BOLT_URI ?? 'bolt://127.0.0.1:7697', user: 'neo4j', password: 'unused' });
const pg = policyGraphQueries(targets())[q];
// EXECUTION=interpreted (validated like the service's) measures graphql-js instead of the compiled default.
const execution = loadConfig().EXECUTION;
const yoga = createPolicyGraphYoga({
  store: new GraphStore(driver, 'neo4j', 30_000),
  logger: createLogger('warn'),
  graphiql: false,
  execution,
});
const body = JSON.stringify(pg);
const raw = () => driver.executeQuery(RAW_CYPHER[q], q === 'Q3' ? { q: pg.variables.q } : pg.variables);
const policyGraph = async () =>
  (await yoga.fetch('http://bench/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();

async function measure(name: string, f: () => Promise<unknown>, n = Number(process.env.BENCH_N ?? 100), concurrency = 10) {
  for (let i = 0; i < 10; i++) await f();
  const ts: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await f();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  const [t0, cpu0] = [performance.now(), process.cpuUsage()];
  await Promise.all(
    [...Array(concurrency)].map(async () => {
      for (let i = 0; i < n / 2; i++) await f();
    }),
  );
  const cpu = process.cpuUsage(cpu0);
  const total = (concurrency * n) / 2;
  console.log(
    `${q} ${name.padEnd(11)} sequential p50 ${ts[n / 2]!.toFixed(2)} ms; x${concurrency}: ${(total / ((performance.now() - t0) / 1000)).toFixed(0)} req/s, Node CPU ${((cpu.user + cpu.system) / 1000 / total).toFixed(2)} ms/request`,
  );
}
if (mode !== 'pg') await measure('raw', raw);
if (mode !== 'raw') await measure('PolicyGraph', policyGraph);
await driver.close();
