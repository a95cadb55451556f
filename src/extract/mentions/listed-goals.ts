// National goals a plan text lays out by structure rather than by figure:
// - an enumerated list after a lead-in that names goals ("The five key objectives of the plan
//   are:" then "1) Enhance …", "2) Strengthen …"): each item that opens with a verb (wink-nlp
//   tags it VERB, or it is a base-form verb of the goal lexicon) is one objective;
// - "the goal/aim/objective of the plan is to VERB …": the verb phrase up to the clause's end;
// - "under the (overall) theme of NP": the theme a plan pursues.
// Each is an objective of the article's dominant country (implicit: no sentence says whose).
import type { Ctx } from '../context.ts';
import { dominantCountry, overlapsDescriptive } from './goal-clauses.ts';

const LEAD_IN = /\b(?:objectives?|goals?|aims?|targets?|priorities|pillars|strategic\s+directions?)\b[^.:\n]{0,80}:\s*$/i;
const ITEM = /^[ \t]*(?:\(?\d{1,2}[).]|\(?[a-h]\)|[-•*–])\s+(?=\p{Lu})/u;
const GOAL_VERBS =
  /^(?:Enhance|Strengthen|Consolidate|Increase|Improve|Promote|Expand|Develop|Build|Reduce|Raise|Boost|Ensure|Achieve|Create|Diversify|Modernise|Modernize|Accelerate|Foster|Support|Attract|Double|Deepen|Establish|Provide|Upgrade|Transform|Eliminate|Eradicate|Protect|Reform)\b/;
const PURPOSE =
  /\b(?:[Tt]he|[Ii]ts|[Oo]ur)\s+(?:main\s+|overall\s+|overarching\s+|key\s+|primary\s+)?(?:goal|aim|objective|purpose|mission)\s+of\s+(?:the|this)\s+(?:plan|programme|program|strategy|budget|policy|agenda|vision|initiative)\s+is\s+to\s+([a-z][^.;:()]{5,200}?)(?=\s+and\s+(?:will|is|are|was|would|shall)\b|,|\s+which\b|[.;:]|$)/g;
const THEME = /\b(?:under|with)\s+the\s+(?:overall\s+|overarching\s+|main\s+)?theme\s+of\s+([^.;:"“”]{5,200}?)(?=[.;:]|$)/g;

export function extractListedGoals(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  const taken = overlapsDescriptive(ctx);
  const add = (start: number, end: number): void => {
    while (end > start && /[\s.,;]/.test(body[end - 1]!)) end--;
    if (end - start < 8 || taken(start, end)) return;
    const t = body.slice(start, end).replace(/\s+/g, ' ');
    const id = g.entity('NationalObjective', t.charAt(0).toUpperCase() + t.slice(1), g.span(start, end));
    if (home) g.relate('OBJECTIVE_OF', id, g.entity('Country', home), [g.span(start, end)], true);
  };
  // enumerated items after a lead-in line
  const lines: { start: number; end: number }[] = [];
  for (let at = 0; at < body.length; ) {
    const nl = body.indexOf('\n', at);
    const end = nl < 0 ? body.length : nl;
    if (body.slice(at, end).trim()) lines.push({ start: at, end });
    at = end + 1;
  }
  for (let i = 0; i < lines.length; i++) {
    if (!LEAD_IN.test(body.slice(lines[i]!.start, lines[i]!.end))) continue;
    for (let j = i + 1; j < lines.length; j++) {
      const line = body.slice(lines[j]!.start, lines[j]!.end);
      const m = ITEM.exec(line);
      if (!m) break;
      const start = lines[j]!.start + m[0].length;
      const first = ctx.tokens.find((t) => t.start === start);
      if (!GOAL_VERBS.test(line.slice(m[0].length)) && first?.pos !== 'VERB') continue;
      // the item is its first sentence
      const stop = /[.;](?:\s|$)/.exec(line.slice(m[0].length));
      add(start, stop ? start + stop.index : lines[j]!.end);
    }
  }
  for (const m of body.matchAll(PURPOSE)) {
    const start = m.index! + m[0].length - m[1]!.length;
    add(start, start + m[1]!.length);
  }
  for (const m of body.matchAll(THEME)) {
    const start = m.index! + m[0].length - m[1]!.length;
    add(start, start + m[1]!.length);
  }
}
