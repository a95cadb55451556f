// Scores against the gold graphs with the project's scorer (src/eval, the port of the reference scorer).
// Thresholds are what the extractor honestly reaches, so a regression fails the test.
import { describe, expect, it } from 'vitest';
import { ARTICLES, SEED, SEED_GOLD, score } from './helpers.ts';

describe('scores against gold', () => {
  it('seed: entity F1 ≥ 0.95, stated relation F1 ≥ 0.85, all spans valid', () => {
    const s = score(SEED, SEED_GOLD);
    expect(s.entities_all.f1).toBeGreaterThanOrEqual(0.95);
    expect(s.relations_stated.f1).toBeGreaterThanOrEqual(0.85);
    expect(s.spans.valid).toBe(s.spans.total);
  });

  // Four articles were written first and the rules then generalised on them; india-russia was
  // written afterwards and scored 0.80 / 0.69 before any change (see the commit history).
  const floors: Record<string, [number, number]> = {
    'india-japan': [0.9, 0.9],
    'china-russia': [0.9, 0.9],
    'korea-russia': [0.9, 0.9],
    'central-asia': [0.9, 0.9],
    'india-russia': [0.9, 0.8],
    // written as held-out articles before the counterpart/bare-name/target rules; they scored
    // 0.77/0.65, 0.86/0.77 and 0.50/0.00 before those changes (see the commit history)
    'india-japan-roadmap': [0.9, 0.9],
    'central-asia-portfolios': [0.9, 0.9],
    'japan-russia-bare-names': [0.9, 0.8],
  };
  it.each(ARTICLES)('$name: entity and stated relation F1 above the floor, all spans valid', ({ name, file, gold }) => {
    const s = score(file, gold);
    const [ent, rel] = floors[name]!;
    expect(s.entities_all.f1).toBeGreaterThanOrEqual(ent);
    expect(s.relations_stated.f1).toBeGreaterThanOrEqual(rel);
    expect(s.spans.valid).toBe(s.spans.total);
  });
});
