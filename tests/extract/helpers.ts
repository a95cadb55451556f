import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { goldFile } from '../../src/eval/documents.ts';
import { scoreGraph, type ScoreReport } from '../../src/eval/score.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { parseArticle } from '../../src/model/article-file.ts';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SEED = resolve(ROOT, 'data/articles/japan-russia-cooperation.txt');
export const SEED_GOLD = resolve(ROOT, 'data/articles/japan-russia-cooperation.gold.json');
export const ARTICLES = [
  'india-japan',
  'china-russia',
  'korea-russia',
  'central-asia',
  'india-russia',
  'india-japan-roadmap',
  'central-asia-portfolios',
  'japan-russia-bare-names',
].map((n) => ({
  name: n,
  file: join(ROOT, 'data/test-articles', `${n}.txt`),
  gold: join(ROOT, 'data/test-articles', `${n}.gold.json`),
}));

export function extractFile(file: string): ExtractedGraph {
  return extractArticle(readFileSync(file, 'utf8'));
}

export function bodyOf(file: string): string {
  return parseArticle(readFileSync(file, 'utf8')).body;
}

/** Runs the project's scorer (src/eval) on the extractor's output, spans checked. */
export function score(file: string, gold: string): ScoreReport & { spans: { valid: number; total: number } } {
  const report = scoreGraph(goldFile.parse(JSON.parse(readFileSync(gold, 'utf8'))), extractFile(file), bodyOf(file));
  return { ...report, spans: report.spans! };
}

/** The extraction of an invented snippet, as the body of an article titled "t". */
export const ex = (body: string): ExtractedGraph => extractArticle(`Title: t\n\n${body}`);

/** Entities of a type. */
export const ofType = (g: ExtractedGraph, type: string) => g.entities.filter((e) => e.type === type);

/** Names of entities of a type. */
export const names = (g: ExtractedGraph, type: string): string[] => ofType(g, type).map((e) => e.name);

/** The relation of a type between two entities named `from` and `to`, if any. */
export function rel(g: ExtractedGraph, type: string, from: string, to: string) {
  const byName = (n: string) => g.entities.filter((e) => e.name === n).map((e) => e.id);
  const f = byName(from);
  const t = byName(to);
  return g.relations.find((r) => r.type === type && f.includes(r.from) && t.includes(r.to));
}

/** The speaker's name of each statement whose text starts with `prefix`. */
export function speakerOf(g: ExtractedGraph, prefix: string): string | undefined {
  const st = g.entities.find((e) => e.type === 'Statement' && e.mentions[0]!.text.startsWith(prefix));
  const said = st && g.relations.find((r) => r.type === 'SAID' && r.to === st.id);
  return said && g.entities.find((e) => e.id === said.from)?.name;
}
