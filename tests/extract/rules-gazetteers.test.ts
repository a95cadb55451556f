// Gazetteer rules (area A), checked on invented snippets: the full world-countries list,
// regions and seas, the dateline city, place head nouns, known blocs and agencies under
// acronym and expansion, "Name (ABC)" acronyms, and generic ministries tied to a country.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { names, rel } from './helpers.ts';

const ex = (body: string) => extractArticle(`Title: t\n\n${body}`);

describe('gazetteer rules', () => {
  it('knows every state, its official name and demonyms', () => {
    const g = ex('The Republic of Chad and Paraguay agreed on exports. Uruguayan officials and Lebanese traders welcomed the move.');
    expect(names(g, 'Country').sort()).toEqual(['Chad', 'Lebanon', 'Paraguay', 'Uruguay']);
  });
  it('reads a capital outside the hand list as a place in its country', () => {
    const g = ex('Officials from Ghana met in Lisbon on Monday. Portugal welcomed them.');
    expect(names(g, 'Place')).toContain('Lisbon');
    expect(rel(g, 'LOCATED_IN', 'Lisbon', 'Portugal')).toBeDefined();
  });
  it('prefers the longer region over a country form inside it, and skips "US $"', () => {
    const g = ex('Exports to Latin America and the South China Sea route grew to US $ 4 billion.');
    expect(names(g, 'Place').sort()).toEqual(['Latin America', 'South China Sea']);
    expect(names(g, 'Country')).toEqual([]);
  });
  it('takes the dateline city as a place, with the country written after it', () => {
    const g = ex('MONTEVIDEO, Uruguay, March 3. The two sides met.');
    expect(names(g, 'Place')).toContain('Montevideo');
    expect(rel(g, 'LOCATED_IN', 'Montevideo', 'Uruguay')).toBeDefined();
    const g2 = ex('Tokyo, Jan. 9 (Kyodo) -- The cabinet approved a budget.');
    expect(names(g2, 'Place')).toContain('Tokyo');
    expect(names(g2, 'Organization')).toContain('Kyodo');
  });
  it('finds places by head noun', () => {
    const g = ex('The plant will be built in the Upper Lakes Region near the Coral Free Zone.');
    expect(names(g, 'Place').sort()).toEqual(['Coral Free Zone', 'Upper Lakes Region']);
  });
  it('joins a known acronym and its expansion, and recognises agencies in context', () => {
    const g = ex('The Association of Southeast Asian Nations met; ASEAN leaders spoke. Trend reports that the Quad will meet.');
    expect(g.entities.filter((e) => e.name === 'ASEAN')).toHaveLength(1);
    expect(names(g, 'Organization')).toEqual(expect.arrayContaining(['ASEAN', 'Trend', 'Quad']));
  });
  it('makes "Name (ABC)" one organisation, also where ABC recurs', () => {
    const g = ex('The Northern Fisheries Board (NFB) met. Later the NFB approved quotas.');
    const org = g.entities.find((e) => e.name === 'Northern Fisheries Board')!;
    expect(org.mentions.map((m) => m.text)).toEqual(['Northern Fisheries Board', 'NFB', 'NFB']);
  });
  it('ties a lower-case ministry to the country named before it', () => {
    const g = ex("Chile's foreign ministry said the Ruritanian Workers Party had left.");
    expect(names(g, 'Organization')).toEqual(expect.arrayContaining(['Ministry of Foreign Affairs of Chile', 'Ruritanian Workers Party']));
    expect(rel(g, 'AFFILIATED_WITH', 'Ministry of Foreign Affairs of Chile', 'Chile')).toBeDefined();
  });
  it('keeps a lower-case commission with its remit and parties', () => {
    const g = ex('The joint commission on trade between Chile and Peru met.');
    expect(names(g, 'Organization')).toContain('Joint commission on trade between Chile and Peru');
  });
});
