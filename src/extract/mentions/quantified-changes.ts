// Quantified goals phrased as a change the text expects or aims at, beyond the fixed "bring trade
// to $X" forms of targets.ts:
// - "the deal could increase bilateral non-oil trade to US$10 billion within five years";
// - "EU exports to the region could increase by 4.5 billion euros a year" (the measure is the subject);
// - "aiming for a USD 30,000 per capita rate by 2045", "his target of attracting R2 trillion in new
//   investments over the next five years".
// A change only counts with a cue of intent or expectation before its verb ("could", "will", "to",
// "aims to", "expected to"), so a past fact ("trade increased by 5 percent in 2019") names no goal.
// Each is a NationalObjective named by its own words, with the amount as its target; owners come
// later from the inference stage (bilateral cues give both main countries, else the article's country).
import type { Ctx } from '../context.ts';
import { MONEY, PERCENT } from '../data/goal-words.ts';

const COUNT = String.raw`\d[\d.,]*\s*(?:million|billion)\s+(?:visitors|tourists|arrivals|jobs|people|tonnes|tons)`;
const AMOUNT = String.raw`(?:(?:about|around|over|more\s+than|at\s+least|as\s+much\s+as|up\s+to)\s+)?(?:${MONEY}|${PERCENT}|${COUNT})`;
const NUMBER = String.raw`(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)`;
const DEADLINE = String.raw`(?:\s+(?:by|in|until|before)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|\s+by\s+the\s+end\s+of\s+the\s+decade|\s+with(?:in)?\s+${NUMBER}\s+(?:years?|decades?|months?)|\s+(?:over|in)\s+the\s+(?:next|coming)\s+(?:${NUMBER}\s+)?(?:years?|decades?))`;
const SCOPE = String.raw`(?:\s+(?:a|per)\s+year|\s+annually|\s+each\s+year)`;
const MEASURE = String.raw`(?:trade|exchanges|exports|imports|investments?|turnover|GDP|incomes?|per\s+capita|revenues?|growth|visitors|tourists|arrivals|jobs|output|production)`;
const CUE = String.raw`(?:could|can|will|would|should|may|might|to|aims?\s+to|aiming\s+to|seeks?\s+to|expected\s+to|set\s+to|projected\s+to|goal\s+of|target\s+of)`;
/** stems of the verbs of change */
const STEMS = 'increas|rais|lift|boost|expand|grow|doubl|tripl|climb|surpass|exceed|attract|reach|bring';
const CHANGE = String.raw`(?:${STEMS})\w*`;

/** the verb takes the measure as its object: "could lift exchanges between the two by 30 percent" */
const TRANSITIVE = new RegExp(
  String.raw`\b${CUE}\s+(?:\p{Ll}+ly\s+)?(${CHANGE}\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,6}?${MEASURE}(?:\s+[\p{L}’'-]+){0,6}?\s+(?:to|by|of)\s+${AMOUNT}${SCOPE}?${DEADLINE}?)(?![\p{L}\d])`,
  'giu',
);
/** the measure is the subject: "EU exports to the region could increase by 4.5 billion euros a year" */
const INTRANSITIVE = new RegExp(
  String.raw`((?:[\p{L}’'-]+\s+){0,3}?${MEASURE}(?:\s+[\p{L}’'-]+){0,5}?\s+${CUE}\s+(?:\p{Ll}+ly\s+)?(?:${CHANGE}|rise|rising|jump)\s+(?:\p{Ll}+ly\s+)?(?:to|by)\s+${AMOUNT}${SCOPE}?${DEADLINE}?)(?![\p{L}\d])`,
  'giu',
);
/** an aim named by its amount and deadline: "aiming for a USD 30,000 per capita rate by 2045" */
const AIMED = new RegExp(
  String.raw`\b(?:aim(?:s|ing|ed)?\s+(?:for|at)|target\s+of|goal\s+of)\s+(?:(?:a|an|the)\s+)?((?:${CHANGE}\s+)?${AMOUNT}(?:\s+[\p{L}’'-]+){0,5}?${DEADLINE})(?![\p{L}\d])`,
  'giu',
);

/** a sentence worth the long patterns has an amount and a word of change or aim (most sentences lack either) */
const CHANGE_WORD = new RegExp(String.raw`\b(?:${STEMS}|rise|rising|jump|aim|target|goal)`, 'i');
const AMOUNT_RE = new RegExp(`${MONEY}|${PERCENT}|${COUNT}`, 'iu');

export function extractQuantifiedChanges(ctx: Ctx): void {
  const { body, g } = ctx;
  for (const s of ctx.sentences) {
    if (!CHANGE_WORD.test(s.text) || !AMOUNT_RE.test(s.text)) continue;
    for (const re of [TRANSITIVE, INTRANSITIVE, AIMED]) {
      for (const m of s.text.matchAll(re)) {
        const start = s.start + m.index + m[0].indexOf(m[1]!);
        const end = start + m[1]!.length;
        // one clause, outside what another finder already took
        if (/[.;:!?]\s/.test(body.slice(start, end)) || g.claimed(start, end, (e) => e.type === 'NationalObjective' || e.type === 'Plan'))
          continue;
        const text = body.slice(start, end).replace(/\s+/g, ' ');
        const id = g.entity('NationalObjective', text.charAt(0).toUpperCase() + text.slice(1), g.span(start, end));
        g.attr(id, 'target', amountIn(text));
      }
    }
  }
}

const amountIn = (text: string): string => AMOUNT_RE.exec(text)?.[0] ?? text;
