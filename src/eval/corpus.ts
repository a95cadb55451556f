// An evaluation corpus: gold files (NAME.gold.json) and the texts they name, each scored after
// extraction and summed per type. Texts may be absent (third-party texts are not in git): those
// articles are listed as missing, not scored.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { parseArticle } from '../model/article-file.ts';
import { goldFile, type GoldFile } from './documents.ts';
import { prf, scoreGraph, type Prf, type ScoreReport } from './score.ts';

interface CorpusArticle {
  name: string;
  goldPath: string;
  textPath?: string;
  gold: GoldFile;
}
interface ScoredArticle extends CorpusArticle {
  score: ScoreReport;
}

/** Gold files under `dir` (itself or its `gold/` folder); each text beside it or in `texts/`. */
export function corpusArticles(dir: string): CorpusArticle[] {
  const goldDir = existsSync(join(dir, 'gold')) ? join(dir, 'gold') : dir;
  return readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const goldPath = join(goldDir, f);
      const parsed = goldFile.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
      if (!parsed.success)
        throw new Error(`${goldPath}: not a gold file: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const gold = parsed.data;
      const textPath = [join(goldDir, gold.article), join(dirname(goldDir), 'texts', gold.article), join(dir, 'texts', gold.article)].find(
        (p) => existsSync(p),
      );
      return { name: basename(f, '.gold.json'), goldPath, gold, ...(textPath ? { textPath } : {}) };
    });
}

export function scoreArticle(a: CorpusArticle, extract: (raw: string) => ExtractedGraph): ScoredArticle {
  const raw = readFileSync(a.textPath!, 'utf8');
  return { ...a, score: scoreGraph(a.gold, extract(raw), parseArticle(raw).body) };
}

const sum = (rows: Prf[]): Prf =>
  prf(...(rows.reduce((acc, r) => [acc[0] + r.tp, acc[1] + r.pred, acc[2] + r.gold], [0, 0, 0]) as [number, number, number]));

/** Counts summed over articles per type (micro), plus the mean of the articles' entity F1 (macro). */
export function totals(scored: ScoredArticle[]) {
  const types = [...new Set(scored.flatMap((s) => Object.keys(s.score.entities)))].sort();
  const per = (k: 'entities' | 'entities_partial') =>
    Object.fromEntries(types.map((t) => [t, sum(scored.flatMap((s) => s.score[k][t] ?? []))]));
  const all = <
    K extends
      | 'entities_all'
      | 'relations_stated'
      | 'relations_all'
      | 'entities_all_partial'
      | 'relations_stated_partial'
      | 'relations_all_partial',
  >(
    k: K,
  ) => sum(scored.map((s) => s.score[k]));
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const spans = scored.reduce(
    (acc, s) => ({ valid: acc.valid + (s.score.spans?.valid ?? 0), total: acc.total + (s.score.spans?.total ?? 0) }),
    { valid: 0, total: 0 },
  );
  return {
    entities: per('entities'),
    entities_partial: per('entities_partial'),
    entities_all: all('entities_all'),
    entities_all_partial: all('entities_all_partial'),
    relations_stated: all('relations_stated'),
    relations_stated_partial: all('relations_stated_partial'),
    relations_all: all('relations_all'),
    relations_all_partial: all('relations_all_partial'),
    macro: {
      entities: mean(scored.map((s) => s.score.entities_all.f1)),
      entities_partial: mean(scored.map((s) => s.score.entities_all_partial.f1)),
      relations_stated: mean(scored.map((s) => s.score.relations_stated.f1)),
      relations_stated_partial: mean(scored.map((s) => s.score.relations_stated_partial.f1)),
    },
    spans,
  };
}
