// Gazetteer rules (area A), checked on invented snippets: the full world-countries list,
// regions and seas, the dateline city, place head nouns, known blocs and agencies under
// acronym and expansion, "Name (ABC)" acronyms, and generic ministries tied to a country.
import { describe, expect, it } from 'vitest';
import { ex, names, rel } from './helpers.ts';

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

describe("datelines, legislatures and a state's own bodies (invented snippets)", () => {
  it('an upper-case dateline city before a colon or dash is a place; an unknown word is not', () => {
    expect(names(ex('NAIROBI: Kenya plans a new port.'), 'Place')).toContain('Nairobi');
    expect(names(ex('LIMA — Peru plans a new port.'), 'Place')).toContain('Lima');
    expect(names(ex('NEWS – Peru plans a new port.'), 'Place')).toEqual([]);
  });
  it('"City /AGENCY/." gives the city and the agency; "AGENCY-City (Country)" gives the city', () => {
    const g = ex('Oslo /NORPRESS/. Norway approved the plan.');
    expect(names(g, 'Place')).toContain('Oslo');
    expect(names(g, 'Organization')).toContain('NORPRESS');
    expect(names(ex('XYZ-Nairobi (Kenya) Kenya approved the plan.'), 'Place')).toEqual(['Nairobi']);
  });
  it('a capital named as a capital is the city: "the Vietnamese capital Hanoi", "its capital, Lima"', () => {
    expect(names(ex('The talks took place in the Vietnamese capital Hanoi on Monday.'), 'Place')).toEqual(['Hanoi']);
    expect(names(ex('Peru hosted the forum in its capital, Lima.'), 'Place')).toEqual(['Lima']);
  });
  it('capitals listed after a capital that is a place are places: "travelled to London, Paris and Berlin"', () => {
    const g = ex('The minister travelled to London, Paris and Berlin to sign agreements.');
    expect(names(g, 'Place').sort()).toEqual(['Berlin', 'London', 'Paris']);
    expect(names(g, 'Country')).toEqual([]);
  });
  it("a capital paired with a government's capital stands for its state", () => {
    const g = ex('Ties between Pretoria and Nairobi are strong.');
    expect(names(g, 'Place')).toEqual([]);
    expect(names(g, 'Country')).toEqual(expect.arrayContaining(['South Africa', 'Kenya']));
  });
  it('legislatures by their own names and by a demonym belong to their state', () => {
    const g = ex('The bill went to the Storting. Norway hopes the Peruvian parliament will ratify it. Peru agrees.');
    expect(names(g, 'Organization')).toEqual(expect.arrayContaining(['Storting', 'Parliament of Peru']));
    expect(g.entities.find((e) => e.name === 'Parliament of Peru')?.mentions.map((m) => m.text)).toContain('Peruvian parliament');
    expect(rel(g, 'AFFILIATED_WITH', 'Parliament of Peru', 'Peru')).toBeDefined();
  });
  it('"the Parliament" and "the Government" of an article about one state are that state\'s', () => {
    const g = ex(
      'Norway is cold. Norway is rich. The Parliament approved the plan, and the Government welcomed it. The Unity Government did not comment, nor did the Parliament Speaker.',
    );
    expect(names(g, 'Organization').sort()).toEqual(['Government of Norway', 'Parliament of Norway', 'Unity Government']);
  });
  it('"the Parliament" of an article about two states is no one\'s', () => {
    const g = ex('Norway and Peru met. Norway and Peru agreed. The Parliament approved the plan.');
    expect(names(g, 'Organization')).toEqual([]);
  });
  it('"in Imo State" is a place; "the Islamic State" and "Member State" are not', () => {
    const g = ex('Aid reached schools in Imo State. The Islamic State was not mentioned by a Member State of the union.');
    expect(names(g, 'Place')).toEqual(['Imo State']);
  });
});

describe('national news agencies and platforms (invented snippets)', () => {
  it('knows national agencies and the platforms statements are posted on', () => {
    const g = ex('In a posting on Facebook, the minister said so, MONTSAME reported, citing the Kuwait News Agency (KUNA).');
    expect(names(g, 'Organization')).toEqual(expect.arrayContaining(['Facebook', 'MONTSAME', 'Kuwait News Agency']));
  });
});

describe('well-known office holders', () => {
  it('a bare title before a known head of state takes that person\'s country ("President Andrzej Duda")', () => {
    const g = ex('President Andrzej Duda opened the business forum in Oslo with Norwegian Prime Minister Jonas Gahr Store.');
    expect(rel(g, 'HOLDS_OFFICE', 'Andrzej Duda', 'President of Poland')).toBeDefined();
    expect(rel(g, 'HOLDS_OFFICE', 'Andrzej Duda', 'President of Norway')).toBeUndefined();
  });
  it('a known name with no title or verb cue is still a person', () => {
    const g = ex('The forum in Oslo was opened in the presence of Cyril Ramaphosa and of officials from the region.');
    expect(names(g, 'Person')).toContain('Cyril Ramaphosa');
  });
});

describe('bodies named after their country', () => {
  it('"Kenya Pharmacy and Poisons Board", "U.S. Agency for International Development": each belongs to its country', () => {
    const g = ex(
      'The Kenya Pharmacy and Poisons Board signed a memorandum with the U.S. Agency for International Development in Nairobi on Monday.',
    );
    expect(rel(g, 'AFFILIATED_WITH', 'Kenya Pharmacy and Poisons Board', 'Kenya')).toBeDefined();
    expect(rel(g, 'AFFILIATED_WITH', 'U.S. Agency for International Development', 'United States')).toBeDefined();
  });
  it('a demonym before a geographic word names a region: "Indian Ocean Rim Association" is not India\'s', () => {
    const g = ex('The Indian Ocean Rim Association met in Dhaka on Monday to discuss maritime trade.');
    expect(names(g, 'Organization')).toContain('Indian Ocean Rim Association');
    expect(rel(g, 'AFFILIATED_WITH', 'Indian Ocean Rim Association', 'India')).toBeUndefined();
  });
});
