// A name in title case ending in a target year is a national programme or mission: "Ruritania Rising
// 2040", "Green Islands Mission 2035" when no plan rule took it first. What
// else reads that way is an occasion ("Expo 2030", "World Cup 2034"), a date ("January 2030") or a
// fiscal year ("Budget 2024"): the words of data/goal-words.ts DATED_NOT_PROGRAMME rule those out, and a
// span any earlier rule claimed (a plan, an event, a person) stays theirs. The owner is left to
// resolve/inference.ts (the country the name or the article is about).
import type { Ctx } from '../context.ts';
import { DATED_NOT_PROGRAMME } from '../data/goal-words.ts';
import { countryOf } from '../data/lexicon.ts';

/** two to four capitalised words, then a year from 2020 to 2099 (a target, not a past date), the name ending
 * there ("Ruritania Forward 2031 Budget" goes on: a plan's name, not a programme's) */
const DATED = /(?<![\p{L}\p{N}’'-])((?:\p{Lu}[\p{L}’'-]*\s+){2,4})(20[2-9]\d)(?![\p{L}\p{N}–-])(?!\s+\p{Lu})/gu;

export function extractDatedNames(ctx: Ctx): void {
  const { body, g } = ctx;
  // a country or place inside the name is part of it ("Ruritania Rising 2040"); any other claim stands
  const taken = [...g.entities.values()].filter((e) => e.type !== 'Country' && e.type !== 'Place').flatMap((e) => e.mentions);
  const places = [...g.entities.values()].filter((e) => e.type === 'Country' || e.type === 'Place').flatMap((e) => e.mentions);
  for (const m of body.matchAll(DATED)) {
    let words = m[1]!.trim().split(/\s+/);
    // a leading article or a word that opens the sentence ("By", "In") is no part of the name
    while (words.length && /^(?:The|A|An|By|In|Until|Since|Before|After|From|To|For|Of|And|Our|Its|Their|This)$/.test(words[0]!))
      words = words.slice(1);
    // "New Zealand 2020 results": a country or a place with a year is no programme
    if (words.length < 2 || words.some((w) => DATED_NOT_PROGRAMME.has(w.toLowerCase())) || countryOf(words.join(' '))) continue;
    const end = m.index + m[0].length;
    const start = end - m[2]!.length - words.join(' ').length - 1;
    if (body.slice(start, end) !== `${words.join(' ')} ${m[2]}`) continue; // words joined by more than one space
    if (taken.some((x) => x.start < end && x.end > start)) continue;
    if (places.some((x) => x.start === start && x.end === end - m[2]!.length - 1)) continue;
    g.entity('NationalObjective', body.slice(start, end), g.span(start, end));
  }
}
