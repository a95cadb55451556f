// The world's states from the `world-countries` package, turned into the surface forms news
// text uses: common and official name, English alternative spellings, demonyms (singular and
// plural). Built once at module load. Codes ("TD", "CHN") are never names: two- and
// three-letter forms are too ambiguous, so the few well-known ones live in the hand list.
import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import type { CountryEntry } from './countries.ts';

// the package is CommonJS with a JSON payload: require keeps its typing exact under NodeNext
const WORLD: Country[] = createRequire(import.meta.url)('world-countries/countries.json');

/** Dependencies are places, not states; these three are treated as states by news text. */
const PARTLY_RECOGNISED = new Set(['TW', 'XK', 'PS']);

/** English alternative names that are safe as whole words ("Island" for Iceland is not). */
const SAFE_ALT = new Set([
  'Holland',
  'The Netherlands',
  'Burma',
  'East Timor',
  'Swaziland',
  'Macedonia',
  'Bosnia-Herzegovina',
  'Congo-Kinshasa',
  'Congo-Brazzaville',
  'Chinese Taipei',
  'Brunei Darussalam',
  'Ivory Coast',
  'Viet Nam',
  "Cote d'Ivoire",
  'Sao Tome and Principe',
  'Turkiye',
  'Czech Republic',
  'Cabo Verde',
  'Maldive Islands',
]);
/** An alternative that names the state by its form of government ("Kingdom of Morocco"). */
const STATE_WORD = /\b(?:Republic|Kingdom|State|States|Federation|Commonwealth|Principality|Sultanate|Duchy|Emirates)\b/;

interface WorldCountry {
  entry: CountryEntry;
  capitals: string[];
}

function plural(demonym: string): string | undefined {
  // "Chinese", "Swiss", "French", "Dutch" have no plural in -s
  return /(?:s|sh|ch|ese|x)$/.test(demonym) ? undefined : `${demonym}s`;
}

/** Demonyms the package spells as no newspaper does, with the usual English form. */
const DEMONYM_USAGE: Record<string, string> = { Maldivan: 'Maldivian' };

function demonymsOf(m: string, f: string): string[] {
  const singles = [
    ...new Set([m, f].flatMap((d) => d.split(/,\s*|\s+or\s+/)).flatMap((d) => (DEMONYM_USAGE[d] ? [d, DEMONYM_USAGE[d]] : [d]))),
  ].filter((d) => /^\p{Lu}/u.test(d));
  return singles.flatMap((d) => [d, plural(d)]).filter((d): d is string => !!d);
}

function build(): WorldCountry[] {
  const states = WORLD.filter((c) => c.independent || c.unMember || PARTLY_RECOGNISED.has(c.cca2));
  // A demonym two states share ("Dominican", "Congolese") names neither.
  const seen = new Map<string, number>();
  for (const c of states) for (const d of demonymsOf(c.demonyms.eng!.m, c.demonyms.eng!.f)) seen.set(d, (seen.get(d) ?? 0) + 1);
  return states.map((c) => {
    const aliases = [
      c.name.official,
      ...c.altSpellings.filter((a) => SAFE_ALT.has(a) || (STATE_WORD.test(a) && /^[A-Z][A-Za-z ’'-]+$/.test(a))),
    ].filter((a) => a !== c.name.common && a.length > 3);
    const demonyms = demonymsOf(c.demonyms.eng!.m, c.demonyms.eng!.f).filter((d) => seen.get(d) === 1 && d !== c.name.common);
    return { entry: { name: c.name.common, aliases: [...new Set(aliases)], demonyms }, capitals: c.capital };
  });
}

export const WORLD_COUNTRIES: WorldCountry[] = build();
