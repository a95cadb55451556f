// Paired A/B: Q1–Q6 against two builds of PolicyGraph on one Neo4j and one graph, in alternating
// rounds, so that whatever else loads the machine falls on both sides alike. A change is judged by
// the ratio new/base per query; its spread over rounds, and an A/A run (the baseline against a
// checkout of itself), give the noise it must be read against.
//   tsx bench/paired.ts --baseline DIR [--new DIR] [--rounds 3] [--duration 5] [--connections 10]
// DIR: a checkout of the other commit with its node_modules, compiled (`npx tsc -p
// tsconfig.build.json` there). `--new` defaults to this checkout, which the script compiles; an A/A
// run names two checkouts of the same commit. Each side is asked its own
// bench/queries.ts, because a field that changed shape has a different document; answers are
// compared and reported when they differ. Graph: $BENCH_HOME as in run.ts (.neo4j/bench-10k for 10k).
import { execFileSync, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { startBenchNeo4j } from './neo4j.ts';
import { cpuMsOf } from './proc.ts';
import type * as Queries from './queries.ts';
import { startServer } from './servers.ts';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    new: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    duration: { type: 'string', default: '5' },
    connections: { type: 'string', default: '10' },
  },
});
if (!values.baseline) throw new Error('--baseline DIR is required (a compiled checkout of the other commit)');
const baseDir = resolve(values.baseline);
const [rounds, duration, connections] = [Number(values.rounds), Number(values.duration), Number(values.connections)];

type Side = 'base' | 'new';
type Mode = 'policygraph' | 'policygraph-uncached';
const SIDES: Side[] = ['base', 'new'];
const MODES: Mode[] = ['policygraph-uncached', 'policygraph'];
const dirOf: Record<Side, string> = { base: baseDir, new: resolve(values.new ?? '.') };
const queriesOf = {} as Record<Side, typeof Queries>;
for (const s of SIDES) queriesOf[s] = (await import(pathToFileURL(`${dirOf[s]}/bench/queries.ts`).href)) as typeof Queries;
const names = queriesOf.new.QUERY_NAMES;

const { neo4j, driver } = await startBenchNeo4j();
const articles = (await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n') as number;
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const servers = new Map<string, { child: ChildProcess; port: number }>();
let port = 7811;
for (const s of SIDES) {
  for (const m of MODES) {
    const child = await startServer(m, port, neo4j.uri, dirOf[s]);
    servers.set(`${s} ${m}`, { child, port: port++ });
  }
}
process.on('exit', () => {
  for (const { child } of servers.values()) child.kill('SIGTERM');
});
const body = (s: Side, q: Queries.QueryName) => JSON.stringify(queriesOf[s].policyGraphQueries(queriesOf[s].targets())[q]);

// Each side answers each query once, without errors; answers that differ are reported, not hidden.
for (const q of names) {
  const answers = await Promise.all(
    SIDES.map(async (s) => {
      const res = await fetch(`http://127.0.0.1:${servers.get(`${s} policygraph-uncached`)!.port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body(s, q),
      });
      const text = await res.text();
      if (!res.ok || text.includes('"errors"')) throw new Error(`${s} ${q}: ${res.status} ${text.slice(0, 300)}`);
      return text;
    }),
  );
  console.log(
    `${q}: answers ${answers[0] === answers[1] ? 'byte-equal' : `differ (${answers[0]!.length} vs ${answers[1]!.length} bytes)`}`,
  );
}

interface Sample {
  rps: number;
  p50: number;
  cpuMs: number;
}
async function measure(s: Side, m: Mode, q: Queries.QueryName, secs: number): Promise<Sample> {
  const { child, port } = servers.get(`${s} ${m}`)!;
  const cpu0 = cpuMsOf(child.pid!);
  const r = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body(s, q),
    connections,
    duration: secs,
  });
  if (r.errors + r.non2xx > 0) throw new Error(`${s} ${m} ${q}: ${r.errors + r.non2xx} failed requests`);
  return { rps: r.requests.average, p50: r.latency.p50, cpuMs: (cpuMsOf(child.pid!) - cpu0) / Math.max(1, r.requests.total) };
}

// Rounds alternate which side goes first, so a drift in load does not favour one side.
const samples = new Map<string, Sample[]>();
const load0 = loadavg()[0]!;
for (let round = 0; round < rounds; round++) {
  for (const m of MODES) {
    for (const q of names) {
      for (const s of round % 2 === 0 ? SIDES : [...SIDES].reverse()) {
        await measure(s, m, q, 1); // warm-up
        const x = await measure(s, m, q, duration);
        const key = `${m} ${q} ${s}`;
        samples.set(key, [...(samples.get(key) ?? []), x]);
        console.log(`round ${round + 1} ${key}: ${x.rps.toFixed(1)} req/s, p50 ${x.p50} ms, server CPU ${x.cpuMs.toFixed(2)} ms/req`);
      }
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const lines = [
  `# Paired A/B at ${articles} articles: base ${dirOf.base} vs new ${dirOf.new}`,
  '',
  `${rounds} rounds, ${duration} s per query and side after 1 s of warm-up, ${connections} connections; load average ${load0.toFixed(2)} → ${loadavg()[0]!.toFixed(2)}; ${new Date().toISOString()}`,
  '',
  '| mode | query | base req/s (median) | new req/s (median) | new/base req/s per round | median | base p50 ms | new p50 ms | server CPU ms/req base → new |',
  '|---|---|---|---|---|---|---|---|---|',
];
for (const m of MODES) {
  for (const q of names) {
    const [b, n] = [samples.get(`${m} ${q} base`)!, samples.get(`${m} ${q} new`)!];
    const ratios = b.map((x, i) => n[i]!.rps / x.rps);
    lines.push(
      `| ${m === 'policygraph' ? 'as shipped' : 'uncached'} | ${q} | ${median(b.map((x) => x.rps)).toFixed(1)} | ${median(n.map((x) => x.rps)).toFixed(1)} | ${ratios.map((r) => r.toFixed(2)).join(', ')} | ${median(ratios).toFixed(2)} | ${median(b.map((x) => x.p50))} | ${median(n.map((x) => x.p50))} | ${median(b.map((x) => x.cpuMs)).toFixed(2)} → ${median(n.map((x) => x.cpuMs)).toFixed(2)} |`,
    );
  }
}
const out = lines.join('\n');
writeFileSync(`bench/results/paired-${articles}.md`, `${out}\n`);
console.log(out);
await driver.close();
await neo4j.stop();
process.exit(0);
