// Quantified targets on invented snippets: "target of" an amount in rand as in dollars, "promote
// trade up to" an amount, one target named twice merged into one, a count with a deadline, and
// trade "between A and B" that should reach an amount.
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, names, ofType } from './helpers.ts';

const objectives = (g: ExtractedGraph) => ofType(g, 'NationalObjective');

describe('target amounts', () => {
  it('"its investment target of R300 billion" is a target in rand, as in dollars', () => {
    const g = ex('Namibia has set an investment target of R300 billion over five years.');
    expect(objectives(g).map((e) => e.name)).toEqual(['R300 billion investment target']);
  });
  it('"promote the two-way trade up to US$3 billion" is a trade target', () => {
    const g = ex('Laos and Thailand aim to promote the two-way trade up to US$3 billion in the coming year.');
    expect(objectives(g).map((e) => e.name)).toContain('US$3 billion bilateral trade target');
  });
  it('one target written twice ("target of R300 billion", "the R 300 billion target") is one objective', () => {
    const g = ex(
      'Namibia has set an investment target of R300 billion over five years. Reaching the R 300 billion target will take reforms.',
    );
    const targets = objectives(g).filter((e) => /300/.test(e.name));
    expect(targets).toHaveLength(1);
    expect(targets[0]!.mentions.map((m) => m.text)).toEqual(
      expect.arrayContaining(['investment target of R300 billion', 'R 300 billion target']),
    );
  });
  it('a count is a target only with a deadline: "the number of exchanges to 5,000 by 2027"', () => {
    const g = ex('Chile and Peru aim to increase the number of student exchanges to 5,000 by 2027.');
    expect(objectives(g).map((e) => e.name)).toEqual(['Increase the number of student exchanges to 5,000 by 2027']);
  });
  it('"trade between A and B should reach $N by YEAR" is a trade target', () => {
    const g = ex('Trade between Chile and Peru should reach $5 billion by 2025, officials said.');
    expect(objectives(g).map((e) => e.name)).toEqual(['$5 billion bilateral trade target by 2025']);
  });
});

describe('more verbs of raising trade to an amount', () => {
  it('"elevate the level of mutual trade to $2bn", "take bilateral trade to $3 billion by 2030"', () => {
    expect(
      names(
        ex('Kenya and Uganda now face a new task, to elevate the level of mutual trade to $2bn, the minister said.'),
        'NationalObjective',
      ),
    ).toContain('$2bn bilateral trade target');
    expect(names(ex('Kenya and Uganda agreed to take bilateral trade to $3 billion by 2030.'), 'NationalObjective').length).toBe(1);
  });
});
