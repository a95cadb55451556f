// Countries (names, demonyms, possessives, capitals standing for governments) and places
// (gazetteer cities, the world's larger cities and provinces after a locative word, regions and
// seas, names with a place head noun, the dateline city; capitals after "in/to/from" are the
// city, not the government). Where two forms overlap the
// earlier, then longer one wins: "Latin America" is a region, not "America"; "South China
// Sea" is a sea, not "China"; "New Delhi" is not "Delhi".
import type { Ctx } from '../context.ts';
import { COUNTRY_RE, COUNTRY_FORMS, PLACE_RE, REGION_RE, PLACE_HEAD_RE, countryOf, capitalCountry } from '../data/lexicon.ts';
import { PLACES, REGIONS } from '../data/places.ts';
import { WORLD_CAPITALS } from '../data/countries.ts';
import { WORLD_PLACES } from '../data/world-places.ts';
import { LOCATIVE_BEFORE } from '../data/cues.ts';

interface Hit {
  start: number;
  end: number;
  apply: () => void;
}

/** "ASTANA, Kazakhstan, January 6." / "SEOUL, Oct. 1 (Yonhap) --" / "CAIRO, 16 October 2024 —" /
 * "PORT LOUIS, Mauritius, AFP –" (an agency's code after the country) */
/** a capital that hosts an occasion is the city: "Zenda hosted the summit" */
const HOSTS = /^\s+(?:has\s+|had\s+|will\s+|also\s+)?(?:hosted|hosts|host)\b/;
const DATELINE =
  /^\s*(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})(?:,\s+(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?))?(?:,\s+(?=(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d)|\s*\((?=\p{Lu})|,\s+(?=\p{Lu}{2,8}\s*(?:–|—|--?)\s))/u;

/** "KUALA LUMPUR: …", "RIYADH — …" (a known city only: "NEWS – …" is no place), "Ulaanbaatar /AGENCY/. …",
 * "AGENCY-City (Country) …": the city, and the agency between slashes */
const DATELINE_MARK =
  /^\s*(?:(?<caps>\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2})\s*(?::|—|–|--?)\s|(?<slashed>\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2})\s+\/(?<agency>\p{Lu}[\p{Lu}\p{N}-]+)\/|\p{Lu}{2,8}-(?<prefixed>\p{Lu}\p{Ll}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2})\s+\()/u;

/** A run of one to three capitalised words (a full stop ends it, but for "St."): a gazetteer place when the whole run is one. */
const CAPITALISED_RUN = /(?<![\p{L}\p{N}'’.-])(?:St\.|\p{Lu}[\p{L}'’-]*)(?: (?:St\.|\p{Lu}[\p{L}'’-]*)){0,2}(?![\p{L}\p{N}])/gu;

const FEDERAL_STATE =
  /\b(?:in|from|of|across|to|at|near)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]+\s+){1,2}State)(?![\p{L}])(?!\s+(?:\p{Lu}|of\b))/gu;
const NOT_FEDERAL =
  /^(?:Islamic|Member|Union|Nation|Welfare|Federal|Sovereign|Independent|Head|Secretary|Deep|Failed|Rogue|Jewish|Palestinian|Arab|Police|Single|Party|United|One|Two|Buffer|Client|Home|Foreign|Associated|Coastal|Partner|Observer|Contracting|Island|Small|Developing|Frontline|Transit|Host|Donor|Founding|Requesting|Receiving|Sending)\s/;

export function extractCountriesAndPlaces(ctx: Ctx): void {
  const { body, g } = ctx;
  const hits: Hit[] = [];
  const prefixed = DATELINE_MARK.exec(body)?.groups?.prefixed !== undefined;
  const mark = DATELINE.exec(body) && !prefixed ? null : DATELINE_MARK.exec(body);
  if (mark) {
    const raw = (mark.groups!.caps ?? mark.groups!.slashed ?? mark.groups!.prefixed)!;
    const at = mark.index + mark[0].indexOf(raw);
    const name = raw
      .split(' ')
      .map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w))
      .join(' ');
    const country = PLACES[name] ?? capitalCountry(name) ?? WORLD_PLACES[name];
    if (country || !mark.groups!.caps)
      hits.push({ start: at, end: at + raw.length, apply: () => addPlace(ctx, name, at, raw.length, country) });
    const agency = mark.groups!.agency;
    if (agency) {
      const from = mark.index + mark[0].lastIndexOf(agency);
      hits.push({
        start: from,
        end: from + agency.length,
        apply: () => g.entity('Organization', agency, g.span(from, from + agency.length)),
      });
    }
  }
  const dl = prefixed ? null : DATELINE.exec(body);
  if (dl) {
    const at = dl.index + dl[0].indexOf(dl[1]!);
    const name = dl[1]!
      .split(' ')
      .map((w) => (w === w.toUpperCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w))
      .join(' ');
    const written = dl[2] ? countryOf(dl[2]) : undefined;
    const country = written ?? PLACES[name] ?? capitalCountry(name) ?? WORLD_PLACES[name];
    // the country written after the city is matched below as an ordinary country mention
    hits.push({ start: at, end: at + dl[1]!.length, apply: () => addPlace(ctx, name, at, dl[1]!.length, country, !written) });
  }
  // "in Zenda, Strelsau and Ostrava": capitals listed after a capital that is a place are places too;
  // "Zenda hosted the summit": the city, not its government
  let placeEnd = -1;
  for (const m of body.matchAll(COUNTRY_RE)) {
    const hit = COUNTRY_FORMS.get(m[0])!;
    const at = m.index!;
    const before = body.slice(Math.max(0, at - 30), at);
    // "US $ 1 billion", "Singapore dollars": a currency, not the state
    if (/^\s*(?:\$|dollars?\b)/.test(body.slice(at + m[0].length, at + m[0].length + 9))) continue;
    const place =
      hit.form === 'capital' &&
      (LOCATIVE_BEFORE.test(before) ||
        HOSTS.test(body.slice(at + m[0].length, at + m[0].length + 30)) ||
        (placeEnd >= 0 && /^(?:,\s*|,?\s+and\s+)$/.test(body.slice(placeEnd, at))));
    if (place) placeEnd = at + m[0].length;
    const apply = place
      ? () => addPlace(ctx, m[0], at, m[0].length, hit.country)
      : () => g.entity('Country', hit.country, g.span(at, at + m[0].length));
    hits.push({ start: at, end: at + m[0].length, apply });
  }
  for (const m of body.matchAll(PLACE_RE)) {
    // "between Pretoria and Dodoma": a capital paired with a government's capital stands for its government too
    const state = WORLD_CAPITALS[m[0]];
    if (state && pairedWithGovernment(body, m.index!, m[0].length)) {
      hits.push({
        start: m.index!,
        end: m.index! + m[0].length,
        apply: () => g.entity('Country', state, g.span(m.index!, m.index! + m[0].length)),
      });
      continue;
    }
    hits.push({ start: m.index!, end: m.index! + m[0].length, apply: () => addPlace(ctx, m[0], m.index!, m[0].length, PLACES[m[0]]) });
  }
  for (const m of body.matchAll(REGION_RE)) {
    const span = g.span(m.index!, m.index! + m[0].length);
    hits.push({ start: span.start, end: span.end, apply: () => g.entity('Place', REGIONS[m[0]]!, span) });
  }
  for (const m of body.matchAll(PLACE_HEAD_RE)) {
    const name = m[0].replace(/^(?:The|In|At|From)\s+/, '');
    const start = m.index! + m[0].length - name.length;
    // "One District One Factory" is a slogan, not a district
    if (!/\s/.test(name) || /^(?:One|Each|Every|No|Any|This|That)\s/.test(name)) continue;
    hits.push({ start, end: start + name.length, apply: () => addPlace(ctx, name, start, name.length, undefined) });
  }
  // "in Rivers State", "from Kano State": a federal state (not "the Islamic State", "Member State", "Lagos State Governor")
  for (const m of body.matchAll(FEDERAL_STATE)) {
    const name = m[1]!;
    if (NOT_FEDERAL.test(name) || COUNTRY_FORMS.has(name.replace(/\s+State$/, ''))) continue;
    const start = m.index! + m[0].length - name.length;
    hits.push({ start, end: start + name.length, apply: () => addPlace(ctx, name, start, name.length, undefined) });
  }
  // any other city or province of the world, only where the text says it is one: "in/to/from/near Tsukuba"
  for (const m of body.matchAll(CAPITALISED_RUN)) {
    // a sentence's first word is capitalised too: "In Tsukuba, …"
    const lead = /^(?:In|At|From|To|Near) /.exec(m[0])?.[0] ?? '';
    const name = m[0].slice(lead.length);
    const at = m.index! + lead.length;
    const country = WORLD_PLACES[name];
    if (!country || !(lead || LOCATIVE_BEFORE.test(body.slice(Math.max(0, at - 30), at)))) continue;
    hits.push({ start: at, end: at + name.length, apply: () => addPlace(ctx, name, at, name.length, country) });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  let reached = -1;
  for (const h of hits) {
    if (h.start < reached) continue;
    reached = h.end;
    h.apply();
  }
}

/** "between Moscow and X", "X and Tokyo": the other member of the pair is a capital that stands for its state */
function pairedWithGovernment(body: string, at: number, length: number): boolean {
  const before = /\bbetween\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)\s+and\s+$/u.exec(body.slice(Math.max(0, at - 40), at));
  const after = /^\s+and\s+(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?)/u.exec(body.slice(at + length, at + length + 40));
  const isGov = (w: string | undefined): boolean => !!w && [w, w.split(/\s/)[0]!].some((x) => COUNTRY_FORMS.get(x)?.form === 'capital');
  return isGov(before?.[1]) || (/\bbetween\s+$/.test(body.slice(Math.max(0, at - 9), at)) && isGov(after?.[1]));
}

function addPlace(ctx: Ctx, name: string, at: number, length: number, country: string | undefined, implicit = true): void {
  const { g, body } = ctx;
  const span = g.span(at, at + length);
  const place = g.entity('Place', name, span);
  if (!country) return;
  // Evidence is the locative phrase when there is one ("in Vladivostok"), else the name.
  const prep = /\b(in|at|to|from|near)\s+$/.exec(body.slice(Math.max(0, at - 8), at));
  const ev = prep ? g.span(at - prep[0].length, at + length) : span;
  g.relate('LOCATED_IN', place, g.entity('Country', country), [ev], implicit);
}
