// Budget allocations as national objectives: a sum of public money set for a purpose, found by the
// sentence's shape, not its wording:
// - a figure after a verb or noun of spending in the same sentence ("the budget allocates X for
//   education and Y for roads", "an allocation of X to health") followed by "for/to/towards/on" and
//   a noun phrase (the purpose, chunked from the part-of-speech tags);
// - a figure joined to its purpose by a participle of allocating ("X has been earmarked for housing").
// The figure may be in any currency ("QAR 20 billion", "N8.6 trillion", "12 billion dinars"). Named
// "FIGURE for PURPOSE"; the objective of the country named before it in the sentence, else of the
// article's dominant country. A purpose that names another country is aid (a pledge), not a budget line.
import type { Ctx } from '../context.ts';
import type { PosToken } from '../text/sentences.ts';
import { countryOf } from '../data/lexicon.ts';
import { ALLOCATION_CUES, ALLOCATION_PARTICIPLES, MONEY, NOT_PURPOSE } from '../data/goal-words.ts';
import { countryMentions, dominantCountry, overlapsDescriptive } from './goal-clauses.ts';

const alt = (xs: string[]): string => xs.join('|');
const CUE = new RegExp(String.raw`\b(?:${alt(ALLOCATION_CUES)})\b`, 'iu');
const QUAL = String.raw`(?:(?:about|around|some|over|nearly|almost|more\s+than|up\s+to|a\s+total\s+of|an\s+additional|additional|another|a\s+further)\s+)?`;
// FIGURE (gloss)? (has been|will be)? (participle)? for|to|towards|on PURPOSE
const FIGURE_FOR = new RegExp(
  String.raw`(?<![\p{L}\d])${QUAL}(${MONEY})(?:\s+\([^)]{1,40}\))?(?:\s+(?:(?:has|have|had|was|were|is|are|will|would|shall)\s+(?:be(?:en)?\s+)?)?(${alt(ALLOCATION_PARTICIPLES)}))?\s+(for|to|towards|toward|on)\s+(?=[\p{L}])`,
  'giu',
);
const ALLOCATING_VERB =
  /\b(?:allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|budget(?:s|ed|ted|ing)?|dedicat(?:e|es|ed|ing)|channel(?:s|led|ed|ling)?|apportion(?:s|ed)?|appropriat(?:e|es|ed|ing)|assign(?:s|ed)?|allot(?:s|ted)?)\s+(?:(?!of\b)\w+\s+){0,2}$/i;
// "QAR 20 billion, 9 percent of spending, will be distributed to the health sector": a gloss between
// the figure and a passive verb of giving money to a purpose
const GLOSSED = new RegExp(
  String.raw`(?<![\p{L}\d])(${MONEY})(?:,[^;,]{1,50},|,?\s+of\s+the\s+[a-z]+)?\s+(?:has|have|had|was|were|is|are|will|would|shall)\s+(?:be(?:en)?\s+)?(?:${alt(ALLOCATION_PARTICIPLES)}|distributed|pumped|directed|channelled|channeled|invested|spent|injected|disbursed)\s+(?:for|to|into|towards|toward|on)\s+(?=[\p{L}])`,
  'giu',
);
const MONEY_AT = new RegExp(`^(?:${MONEY})`, 'u');
const NOT_HEAD = new Set(NOT_PURPOSE);
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const DETERMINERS = /^(?:the|a|an|its|their|our|his|her|this|these|new|various|different|several)$/i;

export function extractAllocations(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  const taken = overlapsDescriptive(ctx);
  const countries = countryMentions(ctx);
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    if (!/\d/.test(text)) continue;
    const cue = CUE.exec(text);
    const glossed = [...text.matchAll(GLOSSED)].map((m) => Object.assign(m, { 2: 'glossed', 3: 'for' }));
    for (const m of [...text.matchAll(FIGURE_FOR), ...glossed]) {
      // a spending cue before the figure, or a participle of allocating between figure and purpose
      if (!m[2] && !(cue && cue.index < m.index!)) continue;
      // "to" names a purpose only right after a verb of allocating ("allocates X to health"), not
      // after a noun ("a bill of X to the assembly" is where it went)
      if (/^to/i.test(m[3]!) && !m[2] && !ALLOCATING_VERB.test(text.slice(Math.max(0, m.index! - 40), m.index!))) continue;
      const at = s.start + m.index! + m[0].length;
      const purpose = purposePhrase(ctx.tokens, body, at, s.end);
      if (!purpose) continue;
      const what = body.slice(purpose.start, purpose.end);
      // aid to another country is a pledge; "for the year", "for each citizen" name no purpose
      if (what.split(/\s+/).some((w) => countryOf(w.replace(/[’']s$/, ''))) || NOT_HEAD.has(what.split(/\s+/).pop()!.toLowerCase()))
        continue;
      const figStart = s.start + m.index! + m[0].indexOf(m[1]!);
      if (taken(figStart, purpose.end)) continue;
      const figure = m[1]!.replace(/\s+/g, ' ');
      const id = g.entity('NationalObjective', `${figure} for ${what.replace(/\s+/g, ' ')}`, g.span(figStart, purpose.end));
      g.attr(id, 'amount', figure);
      g.mention(id, g.span(figStart, figStart + m[1]!.length)); // the figure alone is how the text refers to it
      const before = countries.filter((c) => c.start >= s.start && c.end <= figStart).sort((x, y) => y.start - x.start)[0];
      const owner = before?.name ?? home;
      if (owner) g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(before ? before.start : figStart, purpose.end)], !before);
    }
  }
}

/**
 * The purpose after "for": determiners skipped, then adjectives, nouns and numbers joined by "and",
 * "of" or a hyphen (up to eight words), ending on a noun; a gerund may open it ("for building roads").
 * It stops before "and" that starts the next figure of a list.
 */
function purposePhrase(toks: PosToken[], body: string, at: number, end: number): { start: number; end: number } | undefined {
  let i = toks.findIndex((t) => t.start >= at);
  if (i < 0 || toks[i]!.start >= end) return undefined;
  while (toks[i] && DETERMINERS.test(toks[i]!.text)) i++;
  const first = i;
  if (toks[i] && toks[i]!.pos === 'VERB' && /ing$/i.test(toks[i]!.text)) i++;
  let last = -1;
  for (let n = 0; toks[i] && toks[i]!.end <= end && n < 8; n++, i++) {
    const t = toks[i]!;
    // the tagger's slips: an acronym read as a pronoun ("IT"), a plural noun read as a verb at the
    // phrase's end ("IT services,")
    const acronym = /^\p{Lu}{2,}$/u.test(t.text);
    const pluralEnd =
      t.pos === 'VERB' && i > first && /[^s]s$/.test(t.text) && (!toks[i + 1] || /^(?:PUNCT|ADP|CCONJ)$/.test(toks[i + 1]!.pos));
    if ((NOUNISH.has(t.pos) || acronym || pluralEnd) && /^[\p{L}\d]/u.test(t.text)) {
      if (t.pos === 'NOUN' || t.pos === 'PROPN' || acronym || pluralEnd) last = i;
      continue;
    }
    const next = toks[i + 1];
    const join =
      /^(?:and|of|&|-)$/i.test(t.text) && next && NOUNISH.has(next.pos) && !MONEY_AT.test(body.slice(next.start, next.start + 30));
    if (join && !(t.text === 'and' && /^(?:the|a)$/i.test(next.text))) continue;
    break;
  }
  if (last < first || !toks[first]) return undefined;
  return { start: toks[first]!.start, end: toks[last]!.end };
}
