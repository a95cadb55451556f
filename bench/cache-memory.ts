// The response cache full: PolicyGraph as shipped (compiled, NODE_ENV=production, old space
// 128 MB, RESPONSE_CACHE_MB from the environment, default 16) asked Q2 for N people, each twice in a row
// (kept on the second sight), at 10 concurrent requests; prints the server's RSS after every
// N/10 people and its peak, so one sees whether the byte budget bounds the process.
//   BENCH_HOME=.neo4j/bench-100k [RESPONSE_CACHE_MB=16] npx tsx bench/cache-memory.ts [N=3000]
// (npm run build first: it runs dist/bench/serve.js.)
import { startBenchNeo4j } from './neo4j.ts';
import { rssMbOf } from './proc.ts';
import { policyGraphQueries, targets } from './queries.ts';
import { benchPeople, startServer } from './servers.ts';

const n = Number(process.argv[2] ?? 3000);
const port = 7805;
const { neo4j, driver } = await startBenchNeo4j();
const people = await benchPeople(driver, n);
const server = await startServer('policygraph', port, neo4j.uri);

const q2 = policyGraphQueries(targets()).Q2;
let next = 0;
let bytes = 0;
let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, rssMbOf(server.pid!))), 100);
async function ask(key: string): Promise<void> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q2.query, variables: { key } }),
  });
  const text = await res.text();
  if (!res.ok || text.includes('"errors"')) throw new Error(`${key}: ${res.status} ${text.slice(0, 200)}`);
  bytes += text.length;
}
await Promise.all(
  Array.from({ length: 10 }, async () => {
    while (next < people.length) {
      const i = next++;
      await ask(people[i]!);
      await ask(people[i]!);
      if ((i + 1) % Math.max(1, Math.floor(people.length / 10)) === 0)
        console.log(
          `${i + 1} people, ${(bytes / 2 / 2 ** 20).toFixed(1)} MB of distinct answers, server RSS ${rssMbOf(server.pid!).toFixed(0)} MB`,
        );
    }
  }),
);
clearInterval(sampler);
console.log(
  `done: ${people.length} people × 2 requests, ${(bytes / 2 / 2 ** 20).toFixed(1)} MB of distinct answers; server peak RSS ${peak.toFixed(0)} MB, at end ${rssMbOf(server.pid!).toFixed(0)} MB`,
);
server.kill('SIGTERM');
await driver.close();
await neo4j.stop();
