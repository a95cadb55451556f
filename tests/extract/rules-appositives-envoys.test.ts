// Round 3 people and offices, each rule on an invented snippet: an appositive name after other
// words ("and Name, Title"), a list of "Name, Title, Name, Title", a given name that is also a
// title before a patronymic, civil-service and envoy ranks with their post ("to COUNTRY", "in
// CITY"), a lower-case "the title of COUNTRY, Name", and demonyms the country package misspells.
import { describe, expect, it } from 'vitest';
import { ex, names, rel } from './helpers.ts';

describe('appositive names and envoy offices', () => {
  it('the name before "Name, Title" is only the run of name words ending at the comma', () => {
    const g = ex(
      'The accord was signed by Dr. Ravi Menon Pillai, Minister of Foreign Affairs, on behalf of India and Kofi Mensah Boateng, Minister of Trade, on behalf of Ghana.',
    );
    expect(names(g, 'Person').sort()).toEqual(['Kofi Mensah Boateng', 'Ravi Menon Pillai']);
    expect(rel(g, 'HOLDS_OFFICE', 'Kofi Mensah Boateng', 'Minister of Trade of Ghana')).toBeDefined();
  });
  it('a list "Name, Title, Name, Title" gives each title to the name before it', () => {
    const g = ex(
      'The session was attended by ministry officials Karim bin Yusuf Al Nuaimi, Under-Secretary of Economic Affairs, Salim bin Hamad Al Kaabi, Under-Secretary for Foreign Trade Affairs and others.',
    );
    expect(rel(g, 'HOLDS_OFFICE', 'Karim bin Yusuf Al Nuaimi', 'Under-Secretary of Economic Affairs')).toBeDefined();
    expect(rel(g, 'HOLDS_OFFICE', 'Salim bin Hamad Al Kaabi', 'Under-Secretary for Foreign Trade Affairs')).toBeDefined();
    expect(rel(g, 'HOLDS_OFFICE', 'Salim bin Hamad Al Kaabi', 'Under-Secretary of Economic Affairs')).toBeUndefined();
  });
  it('a given name that is also a title starts a patronymic name', () => {
    const g = ex('Sultan bin Khalifa Al Dhaheri, Omani Minister of Transport, opened the port.');
    expect(names(g, 'Person')).toEqual(['Sultan bin Khalifa Al Dhaheri']);
  });
  it('an envoy office carries its post: "to COUNTRY" and "in CITY"', () => {
    const g = ex(
      'Lucas Ferreira Costa, Ambassador of Brazil to the Netherlands, and the Brazilian Consul-General in Rotterdam attended the opening.',
    );
    expect(rel(g, 'HOLDS_OFFICE', 'Lucas Ferreira Costa', 'Ambassador of Brazil to the Netherlands')).toBeDefined();
    expect(names(g, 'Office')).toContain('Consul-General of Brazil in Rotterdam');
  });
  it('"the president of COUNTRY, Name" in lower case', () => {
    const g = ex('The chair passed to the president of Costa Rica, Elena Vargas Mora.');
    expect(rel(g, 'HOLDS_OFFICE', 'Elena Vargas Mora', 'President of Costa Rica')).toBeDefined();
  });
  it('the usual demonym of a country the package spells otherwise', () => {
    const g = ex('Maldivian President Ahmed Rasheed Latheef welcomed the delegation.');
    expect(rel(g, 'HOLDS_OFFICE', 'Ahmed Rasheed Latheef', 'President of Maldives')).toBeDefined();
  });
  it('a lower-case role noun before a name: the body named before it, or "his" principal', () => {
    const g = ex(
      'The opposition Democratic Labour Party (DLP) disagreed. “No,” said DLP leader Dr. Kwame Ashby Nelson. Nigerian President Tunde Bakare, in a statement released by his media aide Chidi Okafor, welcomed it.',
    );
    expect(rel(g, 'HOLDS_OFFICE', 'Kwame Ashby Nelson', 'Leader of the Democratic Labour Party')).toBeDefined();
    expect(rel(g, 'HOLDS_OFFICE', 'Chidi Okafor', 'Media Aide to the President of Nigeria')).toBeDefined();
  });
  it('a city name as a family name belongs to the person; an envoy post stays a place', () => {
    const g = ex('The chair passed to the president of Peru, Carlos Lima. Lima thanked the Chilean Consul-General in Valparaiso.');
    expect(names(g, 'Person')).toEqual(['Carlos Lima']);
    expect(names(g, 'Place')).not.toContain('Lima');
  });
  it('"Name, Title, on behalf of COUNTRY": the person acts for that country', () => {
    const g = ex('The accord was signed by Ravi Menon Pillai, Minister of Foreign Affairs, on behalf of India.');
    expect(rel(g, 'AFFILIATED_WITH', 'Ravi Menon Pillai', 'India')).toBeDefined();
  });
});
