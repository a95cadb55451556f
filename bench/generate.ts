// Writes articles [from, to) of the synthetic corpus as .txt files: `tsx bench/generate.ts DIR COUNT [--seed N] [--from N]`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { articles } from './corpus.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { seed: { type: 'string', default: '1' }, from: { type: 'string', default: '0' } },
});
const [dir, count] = positionals;
if (!dir || !count) throw new Error('usage: tsx bench/generate.ts DIR COUNT [--seed N] [--from N]');
mkdirSync(dir, { recursive: true });
const from = Number(values.from);
for (const a of articles(Number(values.seed), from, from + Number(count))) {
  writeFileSync(join(dir, `synthetic-${String(a.index).padStart(6, '0')}.txt`), a.text);
}
console.log(`wrote ${count} articles to ${dir}`);
