// People and offices (area B), each rule on an invented snippet: name particles and initials,
// lower-case titles after a demonym or possessive, a title followed by a comma and the name,
// plural titles over a list of portfolios, honorifics, monarchs, patronymic surnames, nameless
// role references, and bare titles in a one-country article.
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, names, rel } from './helpers.ts';

const mentionsOf = (g: ExtractedGraph, name: string) => g.entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];

describe('people and offices', () => {
  it('a lower-case title after a possessive, then a comma and a name with particles', () => {
    const g = ex('Chile’s president, Mateo Joaquim de la Fuente, and Peru’s president, Rosa Quispe, met in Lima.');
    expect(rel(g, 'HOLDS_OFFICE', 'Mateo Joaquim de la Fuente', 'President of Chile')).toBeDefined();
    expect(rel(g, 'HOLDS_OFFICE', 'Rosa Quispe', 'President of Peru')).toBeDefined();
  });
  it('a demonym with a lower-case title', () => {
    const g = ex('The Kyrgyz president said the dam would be finished. Kenyan foreign minister Otieno Wafula Mboya visited Berlin.');
    expect(rel(g, 'HOLDS_OFFICE', 'Otieno Wafula Mboya', 'Foreign Minister of Kenya')).toBeDefined();
  });
  it('a plural title over a list gives one office per portfolio, of the country named before', () => {
    const g = ex(
      'On the Peruvian side, the talks were attended by the ministers of Energy, Lucia Ramos; of Health, Pedro Salas; and of Fisheries and Water, Ana Torres.',
    );
    expect(rel(g, 'HOLDS_OFFICE', 'Lucia Ramos', 'Minister of Energy of Peru')).toBeDefined();
    expect(rel(g, 'HOLDS_OFFICE', 'Pedro Salas', 'Minister of Health of Peru')).toBeDefined();
    expect(rel(g, 'HOLDS_OFFICE', 'Ana Torres', 'Minister of Fisheries and Water of Peru')).toBeDefined();
  });
  it('skips an honorific, keeps a patronymic name whole and refers to it by "bin X" and by role', () => {
    const g = ex(
      'Qatari Emir Sheikh Hamad bin Khalid Al Thani received the delegation. Later the Qatari emir thanked King Faisal. Bin Khalid said trade would grow.',
    );
    expect(names(g, 'Person').sort()).toEqual(['Hamad bin Khalid Al Thani', 'King Faisal']);
    expect(mentionsOf(g, 'Hamad bin Khalid Al Thani')).toEqual(expect.arrayContaining(['Bin Khalid', 'Qatari emir']));
    expect(rel(g, 'HOLDS_OFFICE', 'Hamad bin Khalid Al Thani', 'Emir of Qatar')).toBeDefined();
  });
  it('a nameless title with a country refers back to the person named under that title', () => {
    const g = ex(
      'Crown Prince Faisal bin Ahmed Al Harbi opened the port. Turkey and Saudi Arabia signed a deal, and the Saudi crown prince praised it.',
    );
    expect(rel(g, 'HOLDS_OFFICE', 'Faisal bin Ahmed Al Harbi', 'Crown Prince of Saudi Arabia')).toBeDefined();
  });
  it('leading initials belong to the name; a longer name owns its inner words', () => {
    const g = ex('Finance Minister ABM Rafiq Hossain Chowdhury presented the budget. Chowdhury said growth would reach seven percent.');
    expect(names(g, 'Person')).toEqual(['ABM Rafiq Hossain Chowdhury']);
  });
  it('a bare title in an article about one country is that country’s', () => {
    const g = ex(
      'President Kofi Mensah Boateng opened a factory in Kumasi. Ghana wants more factories, and Ghana will export juice. Ghana expects growth.',
    );
    expect(rel(g, 'HOLDS_OFFICE', 'Kofi Mensah Boateng', 'President of Ghana')).toBeDefined();
  });
  it('a role apposition after a name makes it a person', () => {
    const g = ex(
      'The deal was signed between Kim Soo-ah, director-general at the bureau, and Peter Lowell, managing director of the firm.',
    );
    expect(names(g, 'Person').sort()).toEqual(['Kim Soo-ah', 'Peter Lowell']);
  });
  it('a building is not a person', () => {
    const g = ex('The talks held at Al-Rawda Palace said nothing new, officials said.');
    expect(names(g, 'Person')).toEqual([]);
  });
});

describe('two offices joined by "and" before a name', () => {
  it('the name holds both, the second of the first’s country, and "Professor"/"Prof" is no part of the name', () => {
    const g = ex(
      'Kenya’s Deputy Prime Minister and Minister of Finance Professor Jan Novak presented the plan. Prof Novak said it would guide the government.',
    );
    expect(names(g, 'Person')).toEqual(['Jan Novak']);
    expect(rel(g, 'HOLDS_OFFICE', 'Jan Novak', 'Deputy Prime Minister of Kenya')).toBeDefined();
    expect(rel(g, 'HOLDS_OFFICE', 'Jan Novak', 'Minister of Finance of Kenya')).toBeDefined();
  });
  it('without a country, both joined titles take the one the article is about', () => {
    const g = ex(
      'Kenya launched its new development plan in Nairobi. During the launch, Deputy Prime Minister and Minister of Finance Professor Jan Novak said the plan belongs to all Kenyans.',
    );
    expect(rel(g, 'HOLDS_OFFICE', 'Jan Novak', 'Deputy Prime Minister of Kenya')).toBeDefined();
    expect(rel(g, 'HOLDS_OFFICE', 'Jan Novak', 'Minister of Finance of Kenya')).toBeDefined();
  });
  it('"Amir" is the Emir’s title as some press spells it', () => {
    const g = ex('Qatar’s Amir Sheikh Tamim bin Hamad Al-Thani approved the budget on Wednesday.');
    expect(rel(g, 'HOLDS_OFFICE', 'Tamim bin Hamad Al-Thani', 'Amir of Qatar')).toBeDefined();
  });
  it('Malaysian and Cambodian honorifics, alone or in a row, are no part of a name', () => {
    const g = ex(
      'Prime Minister Datuk Seri Anwar Ibrahim met Samdech Moha Borvor Thipadei Hun Manet in Phnom Penh. Tan Sri Muhyiddin Yassin also spoke, and Samdech Techo Hun Sen said trade would grow.',
    );
    expect(names(g, 'Person').sort()).toEqual(['Anwar Ibrahim', 'Hun Manet', 'Hun Sen', 'Muhyiddin Yassin']);
    expect(rel(g, 'HOLDS_OFFICE', 'Anwar Ibrahim', 'Prime Minister of Malaysia')).toBeDefined();
  });
});
