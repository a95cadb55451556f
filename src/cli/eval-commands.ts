import { resolve } from 'node:path';
import { extractArticle } from '../extract/index.ts';
import { parseArticle } from '../model/article-file.ts';
import { corpusArticles, scoreArticle, totals } from '../eval/corpus.ts';
import { scoredGraph } from '../eval/documents.ts';
import type { Misses } from '../eval/misses.ts';
import { formatReport } from '../eval/report.ts';
import { scoreGraph } from '../eval/score.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { CliError } from './errors.ts';
import { readText } from './read-text.ts';

function readJson(file: string, what: string) {
  const text = readText(file);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new CliError(`${file} is not JSON: ${(err as Error).message}`, 65);
  }
  const parsed = scoredGraph.safeParse(json);
  if (!parsed.success)
    throw new CliError(`${file} is not ${what}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, 65);
  return parsed.data;
}

/** `score PRED GOLD [ARTICLE]`: one prediction against one gold file, strict and partial. */
export function scoreCommand(pred: string, gold: string, article: string | undefined, opts: { json?: boolean; misses?: boolean }): void {
  const body = article === undefined ? undefined : parseArticle(readText(article)).body;
  const report = scoreGraph(readJson(gold, 'a gold graph'), readJson(pred, 'an extracted graph'), body);
  process.stdout.write(`${opts.json ? JSON.stringify(report, null, 1) : formatReport(report)}\n`);
  if (opts.misses && !opts.json) printMisses(report.misses);
}

const pct = (x: number) => x.toFixed(2);

function printMisses({ missed, spurious, relations }: Misses): void {
  for (const e of missed) console.log(`    missed    ${e.type}: ${e.name}`);
  for (const e of spurious) console.log(`    invented  ${e.type}: ${e.name}`);
  for (const r of relations) console.log(`    relation  ${r.type}: ${r.from} → ${r.to} (${r.found}/2 endpoints found)`);
}

/** `eval [DIR]`: extract and score every article of a corpus whose text is present. */
export function evalCommand(dir: string | undefined, opts: { split?: string; json?: boolean; misses?: boolean }): void {
  const root = resolve(dir ?? resolve(PROJECT_ROOT, 'data/eval'));
  let articles: ReturnType<typeof corpusArticles>;
  try {
    articles = corpusArticles(root);
  } catch (err) {
    throw new CliError((err as Error).message, 65);
  }
  if (opts.split && !['dev', 'test'].includes(opts.split)) throw new CliError(`--split must be dev or test, not ${opts.split}`, 64);
  const chosen = articles.filter((a) => !opts.split || a.gold.split === opts.split);
  const missing = chosen.filter((a) => !a.textPath);
  const scored = chosen.filter((a) => a.textPath).map((a) => scoreArticle(a, extractArticle));
  if (scored.length === 0)
    throw new CliError(`no article with both gold and text under ${root} (${missing.length} gold file(s) without text)`, 66);
  const t = totals(scored);
  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify({ articles: scored.map((s) => ({ name: s.name, split: s.gold.split, score: s.score })), totals: t, missing: missing.map((m) => m.name) }, null, 1)}\n`,
    );
    return;
  }
  console.log(
    `${'article'.padEnd(34)}${'split'.padEnd(6)}${'ent F1'.padStart(8)}${'partial'.padStart(8)}${'rel F1'.padStart(8)}${'partial'.padStart(8)}`,
  );
  for (const s of scored) {
    const r = s.score;
    console.log(
      `${s.name.padEnd(34)}${(s.gold.split ?? '').padEnd(6)}${pct(r.entities_all.f1).padStart(8)}${pct(r.entities_all_partial.f1).padStart(8)}${pct(r.relations_stated.f1).padStart(8)}${pct(r.relations_stated_partial.f1).padStart(8)}`,
    );
    if (opts.misses) printMisses(r.misses);
  }
  console.log(`\n${scored.length} article(s), counts summed per type:\n${formatReport(t)}`);
  console.log(
    `macro (mean over articles): entity F1 ${pct(t.macro.entities)} (partial ${pct(t.macro.entities_partial)}), stated-relation F1 ${pct(t.macro.relations_stated)} (partial ${pct(t.macro.relations_stated_partial)})`,
  );
  if (missing.length) console.log(`not scored, text missing: ${missing.map((m) => m.name).join(', ')} (see data/eval/SOURCES.md)`);
}
