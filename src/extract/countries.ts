// Countries (names, demonyms, possessives, capitals standing for governments) and places
// (gazetteer cities; capitals after "in/to/from" are the city, not the government).
import type { Ctx } from './context.ts';
import { COUNTRY_RE, COUNTRY_FORMS, PLACE_RE } from './lexicon.ts';
import { PLACES } from './data/places.ts';
import { LOCATIVE_BEFORE } from './data/cues.ts';

export function extractCountriesAndPlaces(ctx: Ctx): void {
  const { body, g } = ctx;
  for (const m of body.matchAll(COUNTRY_RE)) {
    const hit = COUNTRY_FORMS.get(m[0])!;
    const span = g.span(m.index!, m.index! + m[0].length);
    const before = body.slice(Math.max(0, m.index! - 30), m.index!);
    if (hit.form === 'capital' && LOCATIVE_BEFORE.test(before)) {
      addPlace(ctx, m[0], m.index!, hit.country);
      continue;
    }
    g.entity('Country', hit.country, span);
  }
  const countrySpans = [...body.matchAll(COUNTRY_RE)].map((m) => [m.index!, m.index! + m[0].length] as const);
  for (const m of body.matchAll(PLACE_RE)) {
    if (countrySpans.some(([a, b]) => m.index! < b && m.index! + m[0].length > a)) continue;
    addPlace(ctx, m[0], m.index!, PLACES[m[0]]!);
  }
}

function addPlace(ctx: Ctx, name: string, at: number, country: string): void {
  const { g, body } = ctx;
  const span = g.span(at, at + name.length);
  const place = g.entity('Place', name, span);
  const country_ = g.entity('Country', country);
  // Evidence is the locative phrase when there is one ("in Vladivostok"), else the name.
  const prep = /\b(in|at|to|from|near)\s+$/.exec(body.slice(Math.max(0, at - 8), at));
  const ev = prep ? g.span(at - prep[0].length, at + name.length) : span;
  g.relate('LOCATED_IN', place, country_, [ev], true);
}
