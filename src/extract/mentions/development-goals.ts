// Abstract development ends as national objectives: the object of a verb of furthering ("achieve",
// "promote", "enable", "ensure", "support", …) when it is a noun phrase headed by an end a national
// plan serves ("robust economic growth and sustainable development", "the creation of jobs", "high
// standards of living for all citizens"), chunked from the part-of-speech tags. The owner is the
// country whose possessive opens the phrase ("Ruritania's efforts in promoting …"), else the
// country named in the phrase or before it, else the article's dominant country. A plan named
// before the verb in the sentence is aligned with it ("the agreement will enable the creation of jobs").
import type { Ctx } from '../context.ts';
import type { PosToken } from '../text/sentences.ts';
import { countryOf } from '../data/lexicon.ts';
import { DEVELOPMENT_HEADS, DEVELOPMENT_VERBS } from '../data/goal-words.ts';
import { dominantCountry } from './goal-clauses.ts';

const VERB = new RegExp(String.raw`\b(?:${DEVELOPMENT_VERBS.join('|')})\s+(?:(?:the|a|an|their|its|our)\s+)?`, 'giu');
const HEAD = new RegExp(String.raw`(?:^|[\s-])(?:${DEVELOPMENT_HEADS.join('|')})$`, 'iu');
const NOUNISH = new Set(['NOUN', 'PROPN', 'ADJ']);
// a head followed by these is a kind of cooperation, not an end: "growth cooperation", "development bank"
const NOT_AFTER =
  /^\s+(?:(?:cooperation|partnership|bank|fund|agency|assistance|aid|council|forum|programme|program|plan|agreement|projects?)\b|of\s+(?:[\w-]+\s+){0,3}(?:cooperation|relations|ties|partnership|dialogue)\b)/i;

export function extractDevelopmentGoals(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  const taken = (a: number, b: number): boolean => g.claimed(a, b, (e) => e.type !== 'Country');
  const ends: { id: string; heads: string[]; words: string[] }[] = [];
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    for (const m of text.matchAll(VERB)) {
      const verbAt0 = s.start + m.index!;
      const vi = ctx.tokens.findIndex((t) => t.start === verbAt0);
      const prev = ctx.tokens[vi - 1];
      // a verb by its tag or after "will"/"to" (the tagger reads "will foster" as an adjective); "support for …" is a noun
      if (vi < 0 || (ctx.tokens[vi]!.pos !== 'VERB' && !(prev && (prev.pos === 'AUX' || /^to$/i.test(prev.text))))) continue;
      // "ensure their ongoing development": the development of something named before (relations), not a national end
      if (/\btheir\s+$/i.test(m[0])) continue;
      const at = s.start + m.index! + m[0].length;
      const np = endPhrase(ctx.tokens, at, s.end);
      if (!np) continue;
      const what = body.slice(np.start, np.end);
      // one bare word ("development") names no end; nor does the development of cooperation
      if (!/\s/.test(what) || NOT_AFTER.test(body.slice(np.end, np.end + 60)) || taken(np.start, np.end)) continue;
      // the same end named again ("regional integration" after "regional economic integration"): one objective
      const words = contentWords(what);
      const same = ends.find(
        (e) =>
          e.heads.includes(heads(what)[0]!) &&
          words.filter((w) => e.words.includes(w)).length * 2 >= Math.min(words.length, e.words.length) + 1,
      );
      if (same) {
        g.mention(same.id, g.span(np.start, np.end));
        continue;
      }
      const id = g.entity('NationalObjective', what.charAt(0).toUpperCase() + what.slice(1), g.span(np.start, np.end));
      ends.push({ id, heads: heads(what), words });
      const verbAt = s.start + m.index!;
      const named = countriesIn(ctx, np.start, np.end);
      const before = countriesIn(ctx, s.start, verbAt);
      const owner = named[0] ?? (before.length === 1 ? before[0] : undefined) ?? home;
      if (owner) g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(verbAt, np.end)], !named.length && before.length !== 1);
      const plan = [...g.entities.values()].find((e) => e.type === 'Plan' && e.mentions.some((x) => x.start >= s.start && x.end <= verbAt));
      if (plan) g.relate('ALIGNED_WITH', plan.id, id, [g.span(s.start, np.end)]);
    }
  }
}

/**
 * A noun phrase from `at` (adjectives and nouns, joined by "and", "of", "for", "in" or a hyphen, up
 * to ten words) whose head (last noun before a join or the end) is a development end.
 */
function endPhrase(toks: PosToken[], at: number, end: number): { start: number; end: number } | undefined {
  let i = toks.findIndex((t) => t.start >= at);
  if (i < 0 || toks[i]!.start >= end) return undefined;
  const first = i;
  let last = -1;
  // the head is the last noun of a conjunct before the first preposition: "growth and development
  // of …" has two, "agenda for the wellbeing" has none ("agenda")
  let headOk = false;
  let chunk = first;
  let prep = false;
  for (let n = 0; toks[i] && toks[i]!.end <= end && n < 10; n++, i++) {
    const t = toks[i]!;
    if (NOUNISH.has(t.pos) && /^[\p{L}]/u.test(t.text)) {
      if (t.pos !== 'ADJ') last = i;
      continue;
    }
    const next = toks[i + 1];
    if (/^(?:and|of|for|in|-)$/i.test(t.text) && next && (NOUNISH.has(next.pos) || /^(?:the|all|its|their)$/i.test(next.text))) {
      if (!prep && last >= chunk) headOk ||= HEAD.test(spanText(toks, chunk, last));
      if (/^(?:of|for|in)$/i.test(t.text)) prep = true;
      chunk = i + 1;
      if (/^(?:the|all|its|their)$/i.test(next.text)) i++;
      continue;
    }
    break;
  }
  if (last < first) return undefined;
  if (!prep && last >= chunk) headOk ||= HEAD.test(spanText(toks, chunk, last));
  if (!headOk) return undefined;
  return { start: toks[first]!.start, end: toks[last]!.end };
}

const spanText = (toks: PosToken[], a: number, b: number): string =>
  toks
    .slice(a, b + 1)
    .map((t) => t.text)
    .join(' ');

function countriesIn(ctx: Ctx, from: number, to: number): string[] {
  const hits = [...ctx.g.entities.values()]
    .filter((e) => e.type === 'Country')
    .flatMap((e) => e.mentions.filter((m) => m.start >= from && m.end <= to).map((m) => ({ name: e.name, at: m.start })))
    .sort((a, b) => b.at - a.at);
  const names = [...new Set(hits.map((h) => h.name))];
  return names.filter((n) => countryOf(n) !== undefined || n);
}

const STOP = new Set(['of', 'for', 'in', 'and', 'the', 'all', 'its', 'their', 'a', 'an']);
const contentWords = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w));
/** The heads of the conjuncts before a preposition: "growth", "development" of "inclusive growth and sustainable development in …". */
function heads(s: string): string[] {
  return s
    .split(/\s+(?:of|for|in)\s+/i)[0]!
    .split(/\s+and\s+/i)
    .map((c) => contentWords(c).at(-1) ?? '');
}
