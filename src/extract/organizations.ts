// Organizations: ministries ("Ministry of Economic Development of Russia"), Title Case names
// ending in an organization noun, and known acronyms of blocs. Ministries and national bodies
// are affiliated with their country.
import type { Ctx } from './context.ts';
import { ORG_NOUNS, ORG_ACRONYMS, ORG_COMMON } from './data/organizations.ts';
import { alternation, countryOf, wordMatcher } from './lexicon.ts';

const NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?){0,6}(?:${alternation(ORG_NOUNS)})(?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:(?:\s+and|,)?\s+\p{Lu}[\p{L}-]*){0,5})?)(?![\p{L}])`,
  'gu',
);
const ACRONYM = wordMatcher(Object.keys(ORG_ACRONYMS));
const COMMON = new RegExp(`\\b(?:(?:joint|new|bilateral)\\s+)?(?:${alternation(ORG_COMMON)})\\b`, 'g');

export function extractOrganizations(ctx: Ctx): void {
  const { body, g } = ctx;
  for (const m of body.matchAll(NAMED)) {
    const name = m[1]!.trim();
    if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length < 2) continue;
    const start = m.index! + m[0].indexOf(name);
    const id = g.entity('Organization', name, g.span(start, start + name.length));
    const country = [...name.matchAll(/\p{Lu}[\p{L}-]+/gu)].map((w) => countryOf(w[0])).find(Boolean);
    if (country && !/\b(?:and|between)\b/.test(name.replace(/ of [^]*/, ''))) {
      g.relate('AFFILIATED_WITH', id, g.entity('Country', country), [g.span(start, start + name.length)]);
    }
  }
  for (const m of body.matchAll(COMMON)) {
    const name = m[0].replace(/^(?:new|bilateral)\s+/, '');
    const start = m.index! + m[0].length - name.length;
    g.entity('Organization', name.charAt(0).toUpperCase() + name.slice(1), g.span(start, start + name.length));
  }
  for (const m of body.matchAll(ACRONYM)) {
    g.entity('Organization', ORG_ACRONYMS[m[0]]!, g.span(m.index!, m.index! + m[0].length));
  }
}
