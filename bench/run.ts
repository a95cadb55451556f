// The load driver: starts the bench Neo4j ($BENCH_HOME, graph as ingested), the four servers
// (raw, PolicyGraph as shipped, @neo4j/graphql, PolicyGraph without its response cache) in their own processes,
// then runs each query Q1–Q6 against each server at fixed concurrency for a fixed time with
// autocannon (loopback), and reports requests/s, p50/p95/p99 latency, each server's peak RSS, the
// CPU per request of each server process and of Neo4j, the ratio table, and the query plans
// PolicyGraph runs for Q1–Q6.
//   tsx bench/run.ts [--connections 10] [--duration 10] [--only Q1,Q2] [--servers raw,policygraph]
//                    [--distinct N]
// --distinct N: Q1, Q2 and Q4 ask for a different person with every request: each server sends
// exactly N requests, for the same N people in the same order, none twice, so the response cache
// never answers from memory (its cost when requests do not repeat). A pass of the raw server over
// the same people first warms Neo4j's page cache for all servers alike; each server's 2 s warm-up
// asks for the usual target. Files are tagged `<articles>-distinct`.
import { execFileSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { GraphStore, type QueryRunner } from '../src/graph/index.ts';
import { createLogger } from '../src/logger.ts';
import { createPolicyGraphYoga } from '../src/server/yoga.ts';
import { startBenchNeo4j } from './neo4j.ts';
import { cpuMsOf, rssMbOf } from './proc.ts';
import { benchPeople, startServer } from './servers.ts';
import { neo4jGraphqlQueries, policyGraphQueries, QUERY_DOC, QUERY_NAMES, targets, type QueryName } from './queries.ts';

const ALL_SERVERS = 'raw,policygraph,neo4j-graphql,policygraph-uncached';
const { values } = parseArgs({
  options: {
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    only: { type: 'string' },
    servers: { type: 'string', default: ALL_SERVERS },
    distinct: { type: 'string' },
  },
});
type ServerName = 'raw' | 'policygraph' | 'neo4j-graphql' | 'policygraph-uncached';
const SERVERS = values.servers.split(',') as ServerName[];
const PORTS: Record<ServerName, number> = { raw: 7801, policygraph: 7802, 'neo4j-graphql': 7803, 'policygraph-uncached': 7804 };
const PER_PERSON: QueryName[] = ['Q1', 'Q2', 'Q4'];
const queries = (values.only?.split(',') as QueryName[] | undefined) ?? (values.distinct ? PER_PERSON : QUERY_NAMES);
if (values.distinct && queries.some((q) => !PER_PERSON.includes(q))) throw new Error(`--distinct applies to ${PER_PERSON.join(', ')} only`);
const connections = Number(values.connections);
const duration = Number(values.duration);

const { neo4j, driver } = await startBenchNeo4j();
const articles = (await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n')).records[0]!.get('n') as number;
const entities = (await driver.executeQuery('MATCH (e:Entity) RETURN count(e) AS n')).records[0]!.get('n') as number;
console.log(
  `graph: ${articles} articles, ${entities} entities; load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`,
);
const t = targets();
// A run of some queries or servers only never overwrites the files of a full run (a --distinct run
// of some servers only, those of a --distinct run of all four).
const someServers = values.servers !== ALL_SERVERS;
const tag = values.distinct
  ? `${articles}-distinct${someServers ? '-partial' : ''}`
  : values.only || someServers
    ? `${articles}-partial`
    : String(articles);
// --distinct: the people each server asks for, in this order.
const people = values.distinct ? await benchPeople(driver, Number(values.distinct)) : [];

// What each server is asked: PolicyGraph and @neo4j/graphql get GraphQL, raw gets {op, variables}.
const pg = policyGraphQueries(t);
const ng = neo4jGraphqlQueries(t);
function request(server: ServerName, q: QueryName, person?: string): { path: string; body: string } {
  const [p, n] = person
    ? [
        { ...pg[q], variables: { key: person } },
        { ...ng[q], variables: { id: person } },
      ]
    : [pg[q], ng[q]];
  if (server === 'raw') return { path: '/query', body: JSON.stringify({ op: q, variables: q === 'Q3' ? { q: t.surname } : p.variables }) };
  return { path: '/graphql', body: JSON.stringify(server === 'neo4j-graphql' ? n : p) };
}

// Query plans PolicyGraph runs for each query (PROFILE, through its own resolvers and Cypher).
mkdirSync('bench/results', { recursive: true });
class ProfilingStore extends GraphStore {
  plans: string[] = [];
  // Request views (forRequest) would be plain GraphStores: keep profiling in this one.
  override forRequest(): GraphStore {
    return this;
  }
  override async read<T>(work: (tx: QueryRunner) => Promise<T>): Promise<T> {
    return super.read((tx) =>
      work({
        run: async (q: string, p?: Record<string, unknown>) => {
          const res = await tx.run(`PROFILE ${q}`, p);
          this.plans.push(`${q.replace(/\s+/g, ' ')}\n${planText(res.summary.profile)}`);
          return res;
        },
      } as QueryRunner),
    );
  }
}
function planText(p: any, depth = 0): string {
  if (!p) return '';
  const details = p.arguments?.Details ? ` ${String(p.arguments.Details).slice(0, 160)}` : '';
  return `${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits}${details}\n${(p.children ?? []).map((c: any) => planText(c, depth + 1)).join('')}`;
}
const profStore = new ProfilingStore(driver, 'neo4j', 60_000);
const profYoga = createPolicyGraphYoga({ store: profStore, logger: createLogger('warn'), graphiql: false });
let plansOut = `# PolicyGraph query plans (PROFILE) at ${articles} articles, ${entities} entities\n`;
for (const q of QUERY_NAMES) {
  profStore.plans = [];
  console.log(`profiling PolicyGraph ${q}`);
  const res = await profYoga.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(pg[q]),
  });
  const json = (await res.json()) as { errors?: unknown };
  plansOut += `\n## ${q}: ${QUERY_DOC[q]}${json.errors ? ` — ERRORS ${JSON.stringify(json.errors)}` : ''}\n\n${profStore.plans.join('\n')}`;
}
writeFileSync(`bench/results/plans-${tag}.txt`, plansOut);

// The servers, each in its own process, compiled to JavaScript (npm run build) and with the Node
// settings of `npm run start:prod` (NODE_ENV=production, old space capped at 128 MB), the same for
// all three: under tsx every process carries the TypeScript loader's memory and start-up work.
execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
const children = new Map<ServerName, ChildProcess>();
for (const s of SERVERS) children.set(s, await startServer(s, PORTS[s], neo4j.uri));
process.on('exit', () => {
  for (const c of children.values()) c.kill('SIGTERM');
});

// One request each, checked: no errors, non-empty data. Then warm-up.
const answers: Record<string, string> = {};
for (const s of SERVERS) {
  for (const q of queries) {
    const { path, body } = request(s, q);
    const t0 = performance.now();
    const res = await fetch(`http://127.0.0.1:${PORTS[s]}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    console.log(`check ${s} ${q}: ${res.status} in ${(performance.now() - t0).toFixed(0)} ms, ${text.length} bytes`);
    answers[`${s} ${q}`] = text;
    if (!res.ok || text.includes('"errors"')) throw new Error(`${s} ${q}: ${res.status} ${text.slice(0, 500)}`);
  }
}
writeFileSync(`bench/results/answers-${tag}.json`, JSON.stringify(answers, null, 1));

// CPU per request of the server process and of the Neo4j JVM: on 2 shared cores the latency ratios
// are ratios of these, so they say where a gap comes from.
interface Row {
  server: ServerName;
  query: QueryName;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  rssMb?: number;
  serverCpuMs?: number;
  neo4jCpuMs?: number;
}
const rows: Row[] = [];
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))] ?? NaN;
async function load(s: ServerName, q: QueryName, secs: number, distinct = false): Promise<Row> {
  const { path, body } = request(s, q);
  const times: number[] = [];
  let peak = 0;
  const pid = children.get(s)!.pid!;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMbOf(pid))), 200);
  const [server0, neo4j0] = [cpuMsOf(pid), cpuMsOf(neo4j.pid)];
  let next = 0;
  const length = distinct
    ? {
        amount: people.length,
        requests: [{ setupRequest: (r: autocannon.Request) => ({ ...r, body: request(s, q, people[next++]).body }) }],
      }
    : { duration: secs };
  const inst = autocannon({
    url: `http://127.0.0.1:${PORTS[s]}${path}`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    connections,
    ...length,
  }) as unknown as autocannon.Instance & Promise<autocannon.Result>;
  inst.on('response', (_c: unknown, _status: number, _bytes: number, ms: number) => times.push(ms));
  const r = await inst;
  clearInterval(sampler);
  const perReq = (ms: number) => ms / Math.max(1, r.requests.total);
  times.sort((a, b) => a - b);
  return {
    server: s,
    query: q,
    rps: r.requests.average,
    p50: pct(times, 50),
    p95: pct(times, 95),
    p99: pct(times, 99),
    errors: r.errors + r.non2xx,
    rssMb: Math.round(peak),
    serverCpuMs: perReq(cpuMsOf(pid) - server0),
    neo4jCpuMs: perReq(cpuMsOf(neo4j.pid) - neo4j0),
  };
}
for (const q of queries) {
  if (people.length && children.has('raw')) await load('raw', q, 0, true); // --distinct: the page cache warmed for these people
  for (const s of SERVERS) {
    await load(s, q, 2); // warm-up (JIT, plan cache, page cache)
    const row = await load(s, q, duration, people.length > 0);
    rows.push(row);
    console.log(
      `${q} ${s.padEnd(14)} ${row.rps.toFixed(1).padStart(8)} req/s  p50 ${row.p50.toFixed(1)} ms  p95 ${row.p95.toFixed(1)} ms  p99 ${row.p99.toFixed(1)} ms  errors ${row.errors}  rss ${row.rssMb} MB  CPU/req: server ${row.serverCpuMs!.toFixed(2)} ms, Neo4j ${row.neo4jCpuMs!.toFixed(2)} ms`,
    );
  }
}
const meta = {
  date: new Date().toISOString(),
  articles,
  entities,
  connections,
  duration,
  distinctPeople: people.length || undefined,
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memGiB: Math.round(totalmem() / 2 ** 30),
  loadAvgAtEnd: loadavg(),
  node: process.version,
  neo4j: '5.26 Community (neo4j/target/lib), heap 2g, page cache 2g',
  versions: Object.fromEntries(
    ['graphql-yoga', 'graphql', '@pothos/core', 'neo4j-driver', '@neo4j/graphql', 'autocannon'].map((p) => [
      p,
      JSON.parse(readFileSync(`node_modules/${p}/package.json`, 'utf8')).version,
    ]),
  ),
};
writeFileSync(`bench/results/run-${tag}.json`, JSON.stringify({ meta, rows }, null, 1));
writeFileSync(`bench/results/table-${tag}.md`, `${table(rows)}\n${cpuTable(rows)}`);
console.log(JSON.stringify(meta));
console.log(table(rows));
console.log(cpuTable(rows));

/**
 * The RESULTS.md table: each query with all servers and the ratios the targets are about, for
 * PolicyGraph as shipped (PG: its response cache on) and without its cache (PG−c: every request read).
 */
function table(all: Row[]): string {
  const get = (s: ServerName, q: QueryName) => all.find((r) => r.server === s && r.query === q);
  const f = (x: number | undefined, d = 1) => (x === undefined ? '–' : x.toFixed(d));
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? undefined : a / b);
  const mark = (x: number | undefined, ok: boolean) => (x === undefined ? '' : ok ? ' ✓' : ' ✗');
  const lines = [
    '| query | raw req/s | raw p50 | PG req/s | PG p50 | PG p95 | PG p99 | PG RSS MB | NG req/s | NG p50 | PG p50 / raw p50 (≤ 1.5) | PG rps / NG rps (≥ 1.5 on Q2, Q4, Q5) | PG−c req/s | PG−c p50 | PG−c p95 | PG−c p50 / raw p50 | PG−c rps / NG rps |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const q of queries) {
    const [raw, pg, ng, unc] = [get('raw', q), get('policygraph', q), get('neo4j-graphql', q), get('policygraph-uncached', q)];
    const targeted = ['Q2', 'Q4', 'Q5'].includes(q);
    const [lat, thr] = [ratio(pg?.p50, raw?.p50), ratio(pg?.rps, ng?.rps)];
    const [uLat, uThr] = [ratio(unc?.p50, raw?.p50), ratio(unc?.rps, ng?.rps)];
    lines.push(
      `| ${q} | ${f(raw?.rps)} | ${f(raw?.p50)} | ${f(pg?.rps)} | ${f(pg?.p50)} | ${f(pg?.p95)} | ${f(pg?.p99)} | ${pg?.rssMb ?? '–'} | ${f(ng?.rps)} | ${f(ng?.p50)} ` +
        `| ${f(lat, 2)}${mark(lat, (lat ?? 0) <= 1.5)} | ${f(thr, 2)}${targeted ? mark(thr, (thr ?? 0) >= 1.5) : ''} ` +
        `| ${f(unc?.rps)} | ${f(unc?.p50)} | ${f(unc?.p95)} | ${f(uLat, 2)}${mark(uLat, (uLat ?? 0) <= 1.5)} | ${f(uThr, 2)}${targeted ? mark(uThr, (uThr ?? 0) >= 1.5) : ''} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
/** CPU ms per request under the same load, server process + Neo4j JVM, for each server. */
function cpuTable(all: Row[]): string {
  const lines = [
    `| query | ${SERVERS.map((s) => `${s} server | ${s} Neo4j`).join(' | ')} |`,
    `|---|${SERVERS.map(() => '---|---|').join('')}`,
  ];
  for (const q of queries) {
    const cells = SERVERS.map((s) => all.find((r) => r.server === s && r.query === q)).map(
      (r) => `${r?.serverCpuMs?.toFixed(2) ?? '–'} | ${r?.neo4jCpuMs?.toFixed(2) ?? '–'}`,
    );
    lines.push(`| ${q} | ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}
for (const c of children.values()) c.kill('SIGTERM');
await driver.close();
await neo4j.stop();
