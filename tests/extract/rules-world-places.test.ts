// The generated world gazetteer (src/extract/data/world-places.json) on invented snippets: a city or
// province outside the hand lists is a place only where a locative word says so, lies in its
// country, and is never a word of English or part of a longer name.
import { describe, expect, it } from 'vitest';
import { WORLD_PLACES } from '../../src/extract/data/world-places.ts';
import { ex, names, rel } from './helpers.ts';

describe('world gazetteer of cities and provinces', () => {
  it('holds cities and provinces with their countries, and no English words', () => {
    expect(WORLD_PLACES.Tsukuba).toBe('Japan');
    expect(WORLD_PLACES.Sindh).toBe('Pakistan');
    for (const word of ['Reading', 'Mobile', 'Split', 'Independence', 'Central']) expect(WORLD_PLACES[word]).toBeUndefined();
  });
  it('a city after a locative word is a place in its country, also at the start of a sentence', () => {
    const g = ex(
      'Japanese and Pakistani ministers met on Monday. The delegation arrived in Tsukuba on Monday. In Multan, the ministers opened a port.',
    );
    expect(names(g, 'Place').sort()).toEqual(['Multan', 'Tsukuba']);
    expect(rel(g, 'LOCATED_IN', 'Tsukuba', 'Japan')).toBeDefined();
    expect(rel(g, 'LOCATED_IN', 'Multan', 'Pakistan')).toBeDefined();
  });
  it('a province named without its head word is a place too', () => {
    const g = ex('Floods in Sindh destroyed crops across Pakistan.');
    expect(rel(g, 'LOCATED_IN', 'Sindh', 'Pakistan')).toBeDefined();
  });
  it('no locative word, or a longer capitalised name, and it is no place', () => {
    const g = ex(
      'Multan Chamber of Commerce members spoke. The minister praised Tsukuba researchers, and delegates went to Multan Cricket Stadium. In Reading the report, she smiled.',
    );
    // (the stadium itself is a place by its head noun, not the city inside its name)
    expect(names(g, 'Place').filter((n) => ['Multan', 'Tsukuba', 'Reading'].includes(n))).toEqual([]);
  });
  it('a city of the gazetteer in a dateline is the dateline place', () => {
    const g = ex('TSUKUBA, Japan, March 3. The two sides met.');
    expect(rel(g, 'LOCATED_IN', 'Tsukuba', 'Japan')).toBeDefined();
  });
});
