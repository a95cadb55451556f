// PROFILEs every query of one batched ingest (articles [from, from+n)) against the running bench
// Neo4j, then rolls back: db hits and time per query show where the write cost goes.
//   tsx bench/profile-ingest.ts [--from 1000] [--n 100] [--uri bolt://127.0.0.1:7697 (or $BENCH_BOLT_PORT)]
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { createDriver } from '../src/graph/driver.ts';
import { writeArticles } from '../src/graph/batch-writes.ts';
import { extractArticle } from '../src/extract/index.ts';
import { article } from './corpus.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string', default: '1000' },
    n: { type: 'string', default: '100' },
    uri: { type: 'string', default: `bolt://127.0.0.1:${process.env.BENCH_BOLT_PORT || 7697}` },
    seed: { type: 'string', default: '1' },
    plans: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    commit: { type: 'boolean', default: false },
  },
});
const from = Number(values.from);
const graphs = [...Array(Number(values.n)).keys()].map((k) => extractArticle(article(Number(values.seed), from + k).text));
const driver = createDriver({ uri: values.uri, user: 'neo4j', password: 'x' });
const session = driver.session();
const hits = (p: any): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((s: number, c: any) => s + hits(c), 0);
// --plans: the operator tree of each query (rows, db hits), to see which operator pays.
const tree = (p: any, depth = 0): string =>
  `${'  '.repeat(depth)}${p.operatorType} rows=${p.rows} dbHits=${p.dbHits}${p.arguments?.Details ? ` ${String(p.arguments.Details).slice(0, 120)}` : ''}\n` +
  (p.children ?? []).map((c: any) => tree(c, depth + 1)).join('');
// --repeat N: the same batch N times, each rolled back (the first pays query planning and JIT);
// --no-profile: plain statements, for times without PROFILE's own cost.
for (let rep = 0; rep < Number(values.repeat); rep++) {
  const tx = session.beginTransaction();
  const rows: { query: string; ms: number; dbHits: number }[] = [];
  const profiled = {
    async run(q: string, params: Record<string, unknown>) {
      const t0 = performance.now();
      const res = await tx.run(values['no-profile'] ? q : `PROFILE ${q}`, params);
      rows.push({
        query: q.replace(/\s+/g, ' ').slice(0, 100),
        ms: Math.round(performance.now() - t0),
        dbHits: values['no-profile'] ? 0 : hits(res.summary.profile),
      });
      if (values.plans && !values['no-profile']) console.log(`${q.replace(/\s+/g, ' ').slice(0, 100)}\n${tree(res.summary.profile)}`);
      return res;
    },
  } as unknown as ManagedTransaction;
  const t0 = performance.now();
  await writeArticles(profiled, graphs);
  console.log(
    `${graphs.length} articles from ${from}: ${Math.round(performance.now() - t0)} ms in all (${values['no-profile'] ? 'not ' : ''}profiled, run ${rep + 1})`,
  );
  console.table(rows);
  // --commit (scratch graphs only): commits the last run instead, and times the commit.
  if (values.commit && rep === Number(values.repeat) - 1) {
    const c0 = performance.now();
    await tx.commit();
    console.log(`commit: ${Math.round(performance.now() - c0)} ms`);
  } else await tx.rollback();
}
await session.close();
await driver.close();
