// PROFILEs every query of one batched ingest (articles [from, from+n)) against the running bench
// Neo4j, then rolls back: db hits and time per query show where the write cost goes.
//   tsx bench/profile-ingest.ts [--from 1000] [--n 100] [--uri bolt://127.0.0.1:7697]
import { parseArgs } from 'node:util';
import type { ManagedTransaction } from 'neo4j-driver';
import { createDriver } from '../src/graph/driver.ts';
import { writeArticles } from '../src/graph/batch-writes.ts';
import { extractArticle } from '../src/extract/index.ts';
import { article } from './corpus.ts';

const { values } = parseArgs({ options: { from: { type: 'string', default: '1000' }, n: { type: 'string', default: '100' }, uri: { type: 'string', default: 'bolt://127.0.0.1:7697' }, seed: { type: 'string', default: '1' } } });
const from = Number(values.from);
const graphs = [...Array(Number(values.n)).keys()].map((k) => extractArticle(article(Number(values.seed), from + k).text));
const driver = createDriver({ uri: values.uri, user: 'neo4j', password: 'x' });
const session = driver.session();
const tx = session.beginTransaction();
const rows: { query: string; ms: number; dbHits: number }[] = [];
const hits = (p: any): number => (p.dbHits ?? 0) + (p.children ?? []).reduce((s: number, c: any) => s + hits(c), 0);
const profiled = {
  async run(q: string, params: Record<string, unknown>) {
    const t0 = performance.now();
    const res = await tx.run(`PROFILE ${q}`, params);
    rows.push({ query: q.replace(/\s+/g, ' ').slice(0, 100), ms: Math.round(performance.now() - t0), dbHits: hits(res.summary.profile) });
    return res;
  },
} as unknown as ManagedTransaction;
const t0 = performance.now();
await writeArticles(profiled, graphs);
console.log(`${graphs.length} articles from ${from}: ${Math.round(performance.now() - t0)} ms in all (profiled)`);
console.table(rows);
await tx.rollback();
await session.close();
await driver.close();
