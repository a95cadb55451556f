import { describe, expect, it } from 'vitest';
import { article, minister, plan } from '../../bench/corpus.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { entityId } from '../../src/model/ids.ts';

describe('synthetic corpus', () => {
  it('is deterministic and prefix-stable (article i depends only on seed and i)', () => {
    expect(article(7, 123).text).toBe(article(7, 123).text);
    expect(article(7, 123).text).not.toBe(article(8, 123).text);
    const a = [...Array(50).keys()].map((i) => article(1, i).text);
    expect(new Set(a).size).toBe(50);
  });

  it('has distinct minister and plan names', () => {
    expect(new Set([...Array(20000).keys()].map((k) => minister(k).name)).size).toBe(20000);
    expect(new Set([...Array(20000).keys()].map((k) => plan(k).name)).size).toBe(20000);
  });

  it('writes text the extractor reads: the plan, objective, both ministers, PROPOSED and ALIGNED_WITH', () => {
    for (const i of [0, 1, 2, 999, 5000, 99_999]) {
      const a = article(1, i);
      const g = extractArticle(a.text);
      const rel = new Set(g.relations.map((r) => `${r.type} ${r.from} ${r.to}`));
      const pid = entityId('Plan', a.facts.plan);
      const oid = entityId('NationalObjective', a.facts.objective);
      const m1 = entityId('Person', a.facts.ministers[0]);
      expect(g.entities.map((e) => e.id)).toEqual(expect.arrayContaining([pid, oid, m1, entityId('Person', a.facts.ministers[1])]));
      expect(rel.has(`PROPOSED ${m1} ${pid}`)).toBe(true);
      expect(rel.has(`ALIGNED_WITH ${pid} ${oid}`)).toBe(true);
      expect([...rel].some((x) => x.startsWith(`COVERS ${oid} topic:`))).toBe(true);
    }
  });
});
