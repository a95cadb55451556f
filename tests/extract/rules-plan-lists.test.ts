// A plan noun followed by a list of infinitive purposes (invented snippet): each further "to VERB
// …" item is a plan of the same kind; dotted abbreviations do not end an item. A regional
// adjective ("Latin American") in a body's name affiliates it with no state.
import { describe, expect, it } from 'vitest';
import { ex, names } from './helpers.ts';

describe('plan lists', () => {
  it('"the resolution to X, to Y and to Z" gives three resolutions', () => {
    const g = ex(
      'The members adopted several resolutions, including the resolution to lift the U.N. embargo on Ruritania, to protect coral reefs and to expand rail links across the region.',
    );
    const plans = names(g, 'Plan');
    expect(plans).toEqual(
      expect.arrayContaining(['Resolution to protect coral reefs', 'Resolution to expand rail links across the region']),
    );
    const first = g.entities.find(
      (e) => e.type === 'Plan' && e.mentions.some((m) => m.text === 'resolution to lift the U.N. embargo on Ruritania'),
    );
    expect(first).toBeDefined();
  });
  it('a single purpose makes no list', () => {
    const g = ex('They signed an agreement to build a bridge.');
    expect(names(g, 'Plan').filter((n) => /^Agreement to/.test(n))).toEqual([]);
  });
  it('a body named "… Latin American …" is not affiliated with the United States', () => {
    const g = ex('The Association of Latin American Exporters met in Lima.');
    expect(g.relations.some((r) => r.type === 'AFFILIATED_WITH' && g.entities.find((e) => e.id === r.to)?.name === 'United States')).toBe(
      false,
    );
  });
});
