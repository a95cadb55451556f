// A plan signed or agreed at an event is its outcome: "The protocol was signed following a
// meeting between …", "During the visit, A and B signed several agreements", "the Roadmaps
// signed following the visit of …". The sentence needs a signing verb and the event phrase
// needs a lead ("during", "at", "following", …), so a plan merely mentioned near an event is not linked.
import type { Ctx } from '../context.ts';
import type { EventRec } from '../mentions/events.ts';
import { EVENT_LEAD, OUTCOME_CUE } from '../data/event-heads.ts';
import { mentionsIn } from '../mentions/event-complements.ts';

export function linkOutcomes(ctx: Ctx, events: EventRec[]): void {
  const { g, body } = ctx;
  for (const s of ctx.sentences) {
    if (!OUTCOME_CUE.test(s.text)) continue;
    const plans = mentionsIn(ctx, s.start, s.end, ['Plan']);
    if (!plans.length) continue;
    for (const e of events) {
      const m = g.entities.get(e.id)?.mentions.find((x) => x.start >= s.start && x.end <= s.end);
      if (!m || !EVENT_LEAD.test(body.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      // the plan nearest the event phrase is the one it produced
      const plan = plans.reduce((a, b) => (dist(a, m) <= dist(b, m) ? a : b));
      const cue = OUTCOME_CUE.exec(body.slice(Math.min(plan.end, m.end), Math.max(plan.start, m.start)));
      const between = cue || OUTCOME_CUE.test(body.slice(s.start, Math.min(plan.start, m.start)));
      if (!between) continue;
      g.relate('OUTCOME_OF', plan.id, e.id, [g.span(Math.min(plan.start, m.start), Math.max(plan.end, m.end))]);
    }
  }
}

const dist = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, a.start - b.end, b.start - a.end);
