// Builds fast matchers from the data tables: one alternation regex per table, longest
// surface form first, bounded by non-letters so "Russian" never matches inside "Russians…".
import { COUNTRIES } from './countries.ts';
import { PLACES, REGIONS } from './places.ts';

export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function alternation(forms: string[]): string {
  return [...new Set(forms)]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
}

/** Global, case-sensitive matcher for whole-word forms (hyphen counts as a boundary). */
export function wordMatcher(forms: string[], flags = 'gu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation(forms)})(?![\\p{L}\\p{N}])`, flags);
}

type CountryForm = 'name' | 'demonym' | 'capital';
interface CountryHit {
  country: string;
  form: CountryForm;
}

const countryForms = new Map<string, CountryHit>();
for (const c of COUNTRIES) {
  countryForms.set(c.name, { country: c.name, form: 'name' });
  for (const a of c.aliases ?? []) countryForms.set(a, { country: c.name, form: 'name' });
  for (const d of c.demonyms ?? []) countryForms.set(d, { country: c.name, form: 'demonym' });
  for (const k of c.capitals ?? []) countryForms.set(k, { country: c.name, form: 'capital' });
}
export const COUNTRY_FORMS = countryForms;
export const COUNTRY_RE = wordMatcher([...countryForms.keys()]);
export const PLACE_RE = wordMatcher(Object.keys(PLACES));
export const REGION_RE = wordMatcher(Object.keys(REGIONS));
/** Named places by their head noun ("Central Region", "Jebel Ali Free Zone", "Port of Gwadar"). */
export const PLACE_HEAD_RE =
  /(?<![\p{L}])(?:(?:\p{Lu}[\p{L}’'-]+\s+){1,3}(?:Region|Province|Oblast|Prefecture|Governorate|District|Economic Zone|Free Zone|Industrial Zone|Industrial Park|Special Economic Zone|Peninsula|Sea|Island|Islands|Strait|Canal|Valley|Delta|Palace|City|Square|Stadium|Airport|Dam|Mine)|Port of \p{Lu}[\p{L}-]+)(?![\p{L}])/gu;

/** Country named by a surface form ("Japanese" → Japan), if any. */
export function countryOf(form: string): string | undefined {
  return countryForms.get(form.replace(/[’']s$/, ''))?.country;
}

/** Capitals of each country, for "a capital lies in its country". */
export function capitalCountry(name: string): string | undefined {
  const hit = countryForms.get(name);
  return hit?.form === 'capital' ? hit.country : undefined;
}
