// Times extractArticle per article: warm-up, then the median of N runs. `npx tsx bench/extract-bench.ts [N]`
// Articles: the seed, the project's test articles, and the evaluation corpus's texts when present.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve, join, basename } from 'node:path';
import { performance } from 'node:perf_hooks';

const root = resolve(import.meta.dirname, '..');
const files = [
  join(root, 'data/articles/japan-russia-cooperation.txt'),
  ...['india-japan', 'china-russia', 'korea-russia', 'central-asia', 'india-russia'].map((n) =>
    join(root, 'data/test-articles', `${n}.txt`),
  ),
  ...(existsSync(join(root, 'data/eval/texts'))
    ? readdirSync(join(root, 'data/eval/texts'))
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => join(root, 'data/eval/texts', f))
    : []),
];
const N = Number(process.argv[2] ?? 50);

const t0 = performance.now();
const { extractArticle } = await import('../src/extract/index.ts');
const load = performance.now() - t0;

const rows: { article: string; chars: number; ms: string }[] = [];
for (const f of files) {
  const raw = readFileSync(f, 'utf8');
  for (let i = 0; i < 5; i++) extractArticle(raw);
  const times: number[] = [];
  for (let i = 0; i < N; i++) {
    const a = performance.now();
    extractArticle(raw);
    times.push(performance.now() - a);
  }
  times.sort((a, b) => a - b);
  rows.push({ article: basename(f), chars: raw.length, ms: times[Math.floor(N / 2)]!.toFixed(2) });
}
console.log(`module load (incl. wink model): ${load.toFixed(0)} ms; median of ${N} runs after warm-up`);
console.table(rows);
const ms = rows.map((r) => Number(r.ms)).sort((a, b) => a - b);
console.log(`${rows.length} articles: median ${ms[Math.floor(ms.length / 2)]!.toFixed(2)} ms, slowest ${ms[ms.length - 1]!.toFixed(2)} ms`);
