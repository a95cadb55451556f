// Works a plan builds, named by their places and a works noun (src/extract/mentions/named-works.ts),
// on invented snippets.
import { describe, expect, it } from 'vitest';
import { ex, names, rel } from './helpers.ts';

describe('named works', () => {
  it('places joined by dashes, a numbered name or a capitalised head, then a works noun: a plan', () => {
    const g = ex(
      'Ruritania and Borduria agreed to finish the Alpha-Beta-Gamma railway by 2030. The two presidents opened the Upper Zeta Bridge and discussed the Omicron-1 HPP.',
    );
    expect(names(g, 'Plan')).toEqual(expect.arrayContaining(['Alpha-Beta-Gamma railway', 'Upper Zeta Bridge', 'Omicron-1 HPP']));
  });

  it('two countries in the name are its parties', () => {
    const g = ex('Kenya and Uganda agreed to build the Kenya–Uganda oil pipeline by 2027.');
    expect(names(g, 'Plan')).toContain('Kenya–Uganda oil pipeline');
    expect(rel(g, 'PARTY_TO', 'Kenya', 'Kenya–Uganda oil pipeline')).toBeDefined();
    expect(rel(g, 'PARTY_TO', 'Uganda', 'Kenya–Uganda oil pipeline')).toBeDefined();
  });

  it('a country’s adjective alone, a body named after its works, or a lower-case noun is no project', () => {
    const g = ex('Ruritania Railways Corporation will run the Kenyan railway, and a new bridge will follow.');
    expect(names(g, 'Plan')).toEqual([]);
    expect(names(g, 'Organization')).toContain('Ruritania Railways Corporation');
  });
});
