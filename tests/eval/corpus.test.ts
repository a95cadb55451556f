// The committed evaluation corpus is well formed: the gold parses, ids are unique, relations join
// existing entities with the types the vocabulary allows, each article names its source and split.
// Texts are third-party and git-ignored; where one is present, every gold mention occurs in it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusArticles } from '../../src/eval/corpus.ts';
import { parseArticle } from '../../src/model/article-file.ts';
import { isEntityLabel, RELATION_ENDPOINTS, toRelationType } from '../../src/model/vocabulary.ts';
import { ROOT } from '../extract/helpers.ts';

const articles = corpusArticles(join(ROOT, 'data/eval'));

/** ANNOTATION.md's convention: a country's own development plan or strategy is a national objective */
const OWN_PLAN =
  /^(?:[\p{Lu}\d][\p{L}\d'’-]*\s+){0,3}(?:National\s+Development\s+(?:Plan|Strategy)|National\s+Long-Term\s+Development\s+Plan|(?:Five|Ten)-Year\s+(?:Development\s+)?Plan|Recovery\s+and\s+Resilience\s+Plan)\b/iu;

describe('data/eval corpus', () => {
  it("types a country's own development plan as a NationalObjective, as ANNOTATION.md says", () => {
    const plans = articles.flatMap((a) =>
      a.gold.entities.filter((e) => e.type === 'Plan' && OWN_PLAN.test(e.name)).map((e) => `${a.name}: ${e.name}`),
    );
    expect(plans).toEqual([]);
    // the pattern does find the class: the corpus has such objectives
    expect(articles.some((a) => a.gold.entities.some((e) => e.type === 'NationalObjective' && OWN_PLAN.test(e.name)))).toBe(true);
  });

  it('holds at least 24 articles, 8 of them held out for testing, each with a source URL and the query that finds it', () => {
    expect(articles.length).toBeGreaterThanOrEqual(24);
    expect(articles.filter((a) => a.gold.split === 'test')).toHaveLength(8);
    for (const a of articles)
      expect([a.name, a.gold.source?.url, a.gold.source?.query?.length]).toEqual([
        a.name,
        expect.stringMatching(/^https?:\/\//),
        expect.any(Number),
      ]);
    expect(new Set(articles.map((a) => a.gold.source!.url)).size).toBe(articles.length);
    const sources = readFileSync(join(ROOT, 'data/eval/SOURCES.md'), 'utf8');
    for (const a of articles) expect(sources).toContain(a.gold.source!.url);
  });

  it.each(articles.map((a) => [a.name, a] as const))('%s: gold entities and relations fit the vocabulary', (_, a) => {
    const types = new Map(a.gold.entities.map((e) => [e.id, e.type]));
    expect(types.size).toBe(a.gold.entities.length);
    for (const e of a.gold.entities) expect(isEntityLabel(e.type), `${e.id} ${e.type}`).toBe(true);
    for (const r of a.gold.relations) {
      const t = toRelationType(r.type);
      expect(t, r.type).toBeDefined();
      const { from, to } = RELATION_ENDPOINTS[t!];
      const ft = types.get(r.from);
      const tt = types.get(r.to);
      expect(
        [r.from, ft, r.to, tt].every((x) => x !== undefined),
        `${r.type} ${r.from} → ${r.to}`,
      ).toBe(true);
      if (from && to) expect(from.includes(ft as never) && to.includes(tt as never), `${a.name}: ${r.type} ${ft} → ${tt}`).toBe(true);
    }
    if (a.textPath && existsSync(a.textPath)) {
      const body = parseArticle(readFileSync(a.textPath, 'utf8')).body;
      for (const e of a.gold.entities)
        for (const m of e.mentions) expect(body, `${e.id} «${m}»`).toContain(typeof m === 'string' ? m : m.text);
    }
  });
});
