// Parties a plan or event names itself: "the Canada-Mercosur trade agreement", "the Korea–U.S.
// talks", "a forum of cooperation between A and B", "the summit between the two countries" (the article's two main ones). Each side is a country or body another pass
// already found, so a hyphenated pair of ordinary words ("Brazil-made") never qualifies.
// A plan's sides are party to it; an event's sides take part in it.
import type { Ctx } from '../context.ts';
import { mainCountries } from '../resolve/inference.ts';

/** "A-B" or "A–B" at the start of the phrase (after an article), both sides capitalised. */
const PAIR = /^(?:the\s+|a\s+|an\s+)?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)\s?[-–]\s?(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)(?=\s)/u;
/** a side's name: up to six capitalised words, "and" allowed inside ("Food and Drug Authority") */
const NAME = String.raw`(\p{Lu}[\p{L}.]*(?:\s(?:and\s)?\p{Lu}[\p{L}.]*){0,5})`;
/** "between A and B", inside the phrase or right after it */
const TWO = /\bbetween\s+the\s+two\s+(?:countries|nations|states|governments|sides)\b/;
const BETWEEN = new RegExp(String.raw`\bbetween\s+(?:the\s+)?${NAME}\s+and\s+(?:the\s+)?${NAME}`, 'u');

export function linkNamedParties(ctx: Ctx): void {
  const { g, body } = ctx;
  const main = mainCountries(ctx);
  const sides = [...g.entities.values()].filter((e) => e.type === 'Country' || e.type === 'Organization');
  /** the country or body a side's words name: one of its mention texts, its name or an alias */
  const sideNamed = (text: string): string | undefined => {
    const t = text.trim().replace(/^the\s+/i, '');
    return sides.find((e) => e.name === t || e.aliases.includes(t) || e.mentions.some((m) => m.text === t))?.id;
  };
  for (const e of g.entities.values()) {
    if (e.type !== 'Plan' && e.type !== 'Event') continue;
    const relType = e.type === 'Plan' ? 'PARTY_TO' : 'PARTICIPATED_IN';
    for (const m of e.mentions) {
      const pair = PAIR.exec(m.text);
      if (pair) {
        // the second side may be one word of a longer name ("Canada-Mercosur Global Trade …")
        const ids = [sideNamed(pair[1]!), sideNamed(pair[2]!) ?? sideNamed(pair[2]!.split(' ')[0]!)];
        if (ids[0] && ids[1] && ids[0] !== ids[1]) for (const id of ids) g.relate(relType, id!, e.id, [g.span(m.start, m.end)]);
      }
      // "between" inside the mention, or opening the words right after it
      const sentence = ctx.sentences.find((s) => s.start <= m.start && m.end <= s.end);
      if (!sentence) continue;
      const tail = body.slice(m.end, sentence.end);
      const within = BETWEEN.exec(m.text);
      // "… forum of border cooperation between A and B": a short "of" complement may come first
      const after = /^\s+(?:(?:of|on|for)\s+[^,;.()]{0,40}?\s+)?between\s/.test(tail) ? BETWEEN.exec(tail) : null;
      const hit = within ?? after;
      // "the 5th summit between the two countries": the article's two main countries
      const two = hit ? null : (TWO.exec(m.text) ?? (/^\s+between\s/.test(tail) ? TWO.exec(tail) : null));
      if (two && main.length === 2) {
        const end = TWO.exec(m.text) ? m.end : m.end + two.index + two[0].length;
        for (const c of main) g.relate(relType, g.entity('Country', c), e.id, [g.span(m.start, end)]);
      }
      if (!hit) continue;
      const base = within ? m.start + hit.index : m.end + hit.index;
      const ids = [sideNamed(hit[1]!), sideNamed(hit[2]!)];
      if (!ids[0] || !ids[1] || ids[0] === ids[1]) continue;
      const ev = g.span(m.start, Math.max(m.end, base + hit[0].length));
      for (const id of ids) g.relate(relType, id!, e.id, [ev]);
      // "the 5th meeting of the joint commission on trade between A and B": the parties complete the event's name
      if (after && e.type === 'Event') g.mention(e.id, ev);
    }
  }
}
