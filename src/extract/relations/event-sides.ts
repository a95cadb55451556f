// "the consultations both countries held in March", "The two sides held their first strategic dialogue":
// an event the text says "the two sides" (or "both countries") held has the article's two main countries
// as participants. Only a holding verb joins them, so "the talks, which both sides welcomed" names none;
// with no two main countries (a multilateral article) nothing is linked.
import type { Ctx } from '../context.ts';
import { mentionsIn } from '../mentions/event-complements.ts';
import { mainCountries } from '../resolve/inference.ts';

const SIDES = String.raw`(?:the\s+two|both)\s+(?:sides|countries|nations|governments|parties)`;
const HOLD = String.raw`(?:have\s+|had\s+|has\s+|will\s+|would\s+)?(?:held|hold|had|conducted|convened|launched|resumed|marked|mark|celebrated|celebrate|commemorated|commemorate)`;
/** after the event: a relative clause, maybe with "that"/"which" */
const AFTER = new RegExp(String.raw`^\s+(?:(?:that|which)\s+)?${SIDES}\s+${HOLD}\b`);
/** before the event: the sides as the subject of the holding verb, then a determiner */
const BEFORE = new RegExp(String.raw`\b${SIDES}\s+${HOLD}\s+(?:(?:the|a|an|their|its)\s+)?(?:[\p{L}\d-]+\s+){0,4}$`, 'iu');

export function linkEventSides(ctx: Ctx): void {
  const main = mainCountries(ctx);
  if (main.length !== 2) return;
  const { g, body } = ctx;
  for (const s of ctx.sentences) {
    for (const e of mentionsIn(ctx, s.start, s.end, ['Event'])) {
      const after = AFTER.exec(body.slice(e.end, s.end));
      const before = BEFORE.exec(body.slice(s.start, e.start));
      if (!after && !before) continue;
      const ev = after ? g.span(e.start, e.end + after[0].length) : g.span(s.start + before!.index, e.end);
      for (const c of main) g.relate('PARTICIPATED_IN', g.entity('Country', c), e.id, [ev]);
    }
  }
}
