// Rewrites data/eval/SOURCES.md from the gold files' `source` fields: where each evaluation text
// comes from and the query that finds it again. usage: npx tsx scripts/eval-sources.ts
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusArticles } from '../src/eval/corpus.ts';
import { PROJECT_ROOT } from '../src/project-root.ts';

const dir = join(PROJECT_ROOT, 'data/eval');
const articles = corpusArticles(dir);
const count = (split: string) => articles.filter((a) => a.gold.split === split).length;
const cell = (v: unknown) => String(v ?? '—').replace(/\|/g, '\\|');
const rows = articles.map(({ name, gold }) => {
  const s = (gold.source ?? {}) as Record<string, unknown>;
  return `| ${name} | ${gold.split ?? ''} | ${cell(s.publisher)} | ${cell(s.published)} | ${cell(s.region)} | ${cell(s.kind)} | \`${cell(s.query)}\` | ${cell(s.url)} |`;
});
writeFileSync(
  join(dir, 'SOURCES.md'),
  [
    '# Evaluation corpus: where each text comes from',
    '',
    `${articles.length} published articles (${count('dev')} dev, ${count('test')} test), found in stored copies of public web pages with the query given. The texts are third-party and stay out of git (\`data/eval/texts/\`, git-ignored); the gold facts are ours (\`data/eval/gold/\`, written before the extractor was run on the article; conventions in \`ANNOTATION.md\`). To rebuild a text, look the query up, take the page at the URL, and save it in the format of \`ANNOTATION.md\`. \`npx policygraph eval\` scores whatever texts are present; \`--split test\` the held-out ones. This file is written by \`npx tsx scripts/eval-sources.ts\`.`,
    '',
    '| article | split | publisher | published | region | kind | query | URL |',
    '|---|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n'),
);
console.log(`wrote ${articles.length} rows`);
