// National objectives stated as noun phrases after a goal noun or "aim at": "the main goal is regional
// economic integration", "the plan aims at the modernisation of agriculture", and a country's bid to
// join a bloc ("Ruritania's EU accession", "Ruritania's bid to join the WTO"); membership alone may be a fact. The noun phrase is read from the
// part-of-speech tags: adjectives, nouns and names, joined by "of/for/in" or "and", ending on a noun.
import type { Ctx } from '../context.ts';
import type { PosToken } from '../text/sentences.ts';
import { countryOf } from '../data/lexicon.ts';
import { dominantCountry } from './goal-clauses.ts';

const CUE =
  /\b(?:(?:goal|aim|objective|ambition|vision|priority|mission)\s+(?:is|was|remains|will\s+be)|(?:goals|aims|objectives|priorities)\s+(?:are|were|include|included)|aims?\s+at|aimed\s+at|aiming\s+at|with\s+the\s+(?:goal|aim|objective)\s+of)\s+(?:to\s+)?/gi;
const ACCESSION =
  /(?<![\p{L}])(?:(\p{Lu}[\p{L}-]+)[’']s\s+)?((?:\p{Lu}[\p{L}]*\s+){1,3}accession|(?:accession|bid\s+to\s+join)\s+(?:to\s+|of\s+)?the\s+(?:\p{Lu}[\p{L}]*)(?:\s+\p{Lu}[\p{L}]*){0,3})(?![\p{L}])/gu;
const JOIN = new Set(['of', 'for', 'in', 'and']);
const WORD = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

export function extractNominalGoals(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  const taken = (a: number, b: number, any = true) => g.claimed(a, b, (e) => any || e.type === 'Plan' || e.type === 'NationalObjective');
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    for (const m of text.matchAll(CUE)) {
      const at = s.start + m.index! + m[0].length;
      const np = nounPhrase(ctx.tokens, at);
      if (!np || taken(np.start, np.end)) continue;
      const what = body.slice(np.start, np.end);
      const id = g.entity('NationalObjective', what.charAt(0).toUpperCase() + what.slice(1), g.span(np.start, np.end));
      const owner = countryNamed(ctx, s.start, s.start + m.index!) ?? home;
      if (owner)
        g.relate(
          'OBJECTIVE_OF',
          id,
          g.entity('Country', owner),
          [g.span(s.start + m.index!, np.end)],
          !countryNamed(ctx, s.start, s.start + m.index!),
        );
    }
  }
  for (const m of body.matchAll(ACCESSION)) {
    const start = m.index! + m[0].length - m[2]!.length;
    const end = m.index! + m[0].length;
    const bloc = m[2]!.replace(/\s*accession$/, '').replace(/^(?:accession|bid\s+to\s+join)\s+(?:(?:to|of)\s+)?the\s+/, '');
    if (countryOf(bloc) || !/^\p{Lu}/u.test(bloc) || taken(start, end, false)) continue;
    const owner = (m[1] && countryOf(m[1])) || undefined;
    if (!owner) continue; // whose bid it is must be said
    const id = g.entity('NationalObjective', `${owner}'s ${bloc} accession`, g.span(m.index!, end));
    g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(m.index!, end)]);
  }
}

/** The noun phrase starting at `at`: 2–8 words, ending on a noun, without a verb. */
function nounPhrase(toks: PosToken[], at: number): { start: number; end: number } | undefined {
  let i = toks.findIndex((t) => t.start >= at);
  if (i < 0) return undefined;
  if (/^(?:the|a|an)$/i.test(toks[i]!.text)) i++;
  const first = i;
  let last = -1;
  for (let n = 0; toks[i] && n < 9; n++, i++) {
    const t = toks[i]!;
    if (WORD.has(t.pos) && !/^[’']s$/.test(t.text)) {
      if (t.pos !== 'ADJ' && t.pos !== 'NUM') last = i;
      continue;
    }
    if (
      (JOIN.has(t.text.toLowerCase()) || /^[-–]$/.test(t.text) || /^(?:the|all)$/i.test(t.text)) &&
      toks[i + 1] &&
      (WORD.has(toks[i + 1]!.pos) || /^(?:the|all)$/i.test(toks[i + 1]!.text))
    )
      continue;
    break;
  }
  if (last < first + 1 || !toks[first] || !WORD.has(toks[first]!.pos)) return undefined;
  // a pronoun-like or empty head says nothing: "the goal is growth" is too little, "the aim is this"
  if (last - first < 1) return undefined;
  return { start: toks[first]!.start, end: toks[last]!.end };
}

function countryNamed(ctx: Ctx, from: number, to: number): string | undefined {
  const hits = [...ctx.g.entities.values()]
    .filter((e) => e.type === 'Country')
    .flatMap((e) => e.mentions.filter((m) => m.start >= from && m.end <= to).map((m) => ({ name: e.name, at: m.start })))
    .sort((a, b) => b.at - a.at);
  return hits[0]?.name;
}
