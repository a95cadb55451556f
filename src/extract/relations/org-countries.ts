// A body named after its country belongs to it: "Kenya Pharmacy and Poisons Board", "U.S. Agency for
// International Development", "Turkish Chambers of Commerce", "Ministry of Public Security of the
// Republic of Panama". Finders that knew the country when they found the body said so already; this
// pass covers the rest. A demonym before a geographic word ("Indian Ocean Rim Association") names a
// region, not a state, and "A and B …" names two countries, so neither counts.
import type { Ctx } from '../context.ts';
import { countryOf } from '../data/lexicon.ts';

const LEADING = /^(?:the\s+)?(\p{Lu}[\p{L}.’']*(?:\s\p{Lu}[\p{L}.’']*)?)\s+(?!Ocean\b|Sea\b|Gulf\b|Peninsula\b|Basin\b|and\b|&)/u;
const TRAILING =
  /\bof\s+(?:the\s+)?(?:(?:Republic|Kingdom|State|Sultanate|Federation)\s+of\s+(?:the\s+)?)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})$/u;

export function linkOrgCountries(ctx: Ctx): void {
  const { g } = ctx;
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'Organization') continue;
    if ([...g.relations.values()].some((r) => r.type === 'AFFILIATED_WITH' && r.from === e.id && g.typeOf(r.to) === 'Country')) continue;
    // the name first (an acronym's expansion: "QNA" is the Qatar News Agency), then each mention
    for (const m of [{ ...e.mentions[0]!, text: e.name }, ...e.mentions]) {
      const lead = LEADING.exec(m.text);
      // the longest leading form that is a country ("South Korea …" before "South …")
      const words = lead ? lead[1]!.split(/\s/) : [];
      const first = words.length === 2 ? (countryOf(words.join(' ')) ?? countryOf(words[0]!)) : words[0] && countryOf(words[0]);
      const country = first ?? countryOf(TRAILING.exec(m.text)?.[1] ?? '');
      if (!country) continue;
      g.relate('AFFILIATED_WITH', e.id, g.entity('Country', country), [g.span(e.mentions[0]!.start, e.mentions[0]!.end)]);
      break;
    }
  }
}
