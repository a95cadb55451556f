// A national programme named in quotes right after its kind: "the national programme “X”", "a
// campaign called ‘X’", "the government’s “X” strategy" is handled where quoted names are read; here
// the quote follows the noun. The quoted words are the name; a bare description of the programme
// found at the noun ("national programme") becomes a mention of it. It is the objective of the
// country whose government or demonym stands before the noun in the sentence, else of the article's
// dominant country, when the noun is marked national (or the article is about one country).
import type { Ctx } from '../context.ts';
import { dominantCountry } from './goal-clauses.ts';
import { mainCountries } from '../resolve/inference.ts';

const KIND =
  /(?:^|[\s(])((?:(?:national|state|government|presidential|flagship|nationwide|federal|new)\s+)*(?:[a-z-]+\s+){0,2}(?:programme|program|campaign|initiative|project|strategy|scheme|drive|policy|vision|movement|plan|agenda|mission))\s*(?:,\s*)?(?:(?:called|dubbed|named|titled|entitled|known\s+as|branded)\s+)?$/i;
const NATIONAL = /\b(?:national|state|government|presidential|nationwide|federal)\b/i;
const BILATERAL = /\b(?:joint|bilateral|mutual|regional|cooperation|between)\b/i;

export function extractQuotedProgrammes(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  const single = mainCountries(ctx).length !== 2;
  for (const q of ctx.quotes) {
    const name = body.slice(q.start, q.end);
    const words = name.split(/\s+/).length;
    if (words < 1 || words > 8 || !/^\p{Lu}/u.test(name) || /[.!?;]$/.test(name)) continue;
    const s = ctx.sentences.find((x) => x.start <= q.open && q.open < x.end);
    if (!s) continue;
    const lead = body.slice(s.start, q.open);
    const k = KIND.exec(lead);
    if (!k || BILATERAL.test(k[1]!) || (!NATIONAL.test(k[1]!) && !single)) continue;
    const kindStart = s.start + k.index + k[0].indexOf(k[1]!);
    const kindEnd = kindStart + k[1]!.length;
    // an entity already at the quote: keep it if it has the quoted name
    const atQuote = [...g.entities.values()].find(
      (e) => e.type !== 'Country' && e.mentions.some((m) => m.start < q.end && m.end > q.start),
    );
    if (atQuote && atQuote.type !== 'NationalObjective') continue;
    const id = atQuote ?? undefined;
    const target = id ? id.id : g.entity('NationalObjective', name, g.span(q.start, q.end));
    // the description at the noun ("national programme") is that programme
    for (const e of [...g.entities.values()]) {
      if (e.id === target || (e.type !== 'NationalObjective' && e.type !== 'Plan')) continue;
      if (e.mentions.every((m) => m.start >= kindStart && m.end <= kindEnd + 1) && e.mentions.length) g.merge(e.id, target);
    }
    if (![...g.relations.values()].some((r) => r.type === 'OBJECTIVE_OF' && r.from === target)) {
      const before = [...g.entities.values()]
        .filter((e) => e.type === 'Country')
        .flatMap((e) => e.mentions.filter((m) => m.start >= s.start && m.end <= kindStart).map((m) => ({ name: e.name, at: m.start })))
        .sort((a, b) => b.at - a.at)[0];
      const owner = before?.name ?? home;
      if (owner)
        g.relate('OBJECTIVE_OF', target, g.entity('Country', owner), [g.span(before ? before.at : kindStart, q.close + 1)], !before);
    }
  }
}
