// A plan signed or agreed at an event is its outcome: "The protocol was signed following a
// meeting between …", "During the visit, A and B signed several agreements", "the Roadmaps
// signed following the visit of …". The sentence needs a signing verb and the event phrase
// needs a lead ("during", "at", "following", …), so a plan merely mentioned near an event is not linked.
import type { Ctx } from '../context.ts';
import type { EventRec } from '../mentions/events.ts';
import { EVENT_LEAD, OUTCOME_CUE } from '../data/event-heads.ts';
import { mentionsIn } from '../mentions/event-complements.ts';

export function linkOutcomes(ctx: Ctx, events: readonly EventRec[]): void {
  const { g, body } = ctx;
  for (const s of ctx.sentences) {
    linkCopularOutcomes(ctx, events, s);
    if (!OUTCOME_CUE.test(s.text)) continue;
    const plans = mentionsIn(ctx, s.start, s.end, ['Plan']);
    if (!plans.length) continue;
    for (const e of events) {
      const m = g.entities.get(e.id)?.mentions.find((x) => x.start >= s.start && x.end <= s.end);
      if (!m || !EVENT_LEAD.test(body.slice(Math.max(s.start, m.start - 40), m.start))) continue;
      // the plan nearest the event phrase is the one it produced
      const plan = plans.reduce((a, b) => (dist(a, m) <= dist(b, m) ? a : b));
      const cue = OUTCOME_CUE.exec(body.slice(Math.min(plan.end, m.end), Math.max(plan.start, m.start)));
      // "Following the mission, export contracts were signed": the cue may follow the plan as a passive
      const passive =
        plan.start >= m.end &&
        PASSIVE_OUTCOME.test(body.slice(plan.end, s.end)) &&
        // not a relative clause ("a forum, in which some of the MoUs were finalised"): the main clause's plan only
        !/\b(?:which|who|whom|where|whose|some|part|one)\b/.test(body.slice(m.end, plan.start));
      const between = cue || passive || OUTCOME_CUE.test(body.slice(s.start, Math.min(plan.start, m.start)));
      if (!between) continue;
      g.relate('OUTCOME_OF', plan.id, e.id, [g.span(Math.min(plan.start, m.start), Math.max(plan.end, m.end))]);
      // "the signing of an accord to … and an agreement to … during their meeting": the plans coordinated with it
      for (
        let cur = plan, prev = plans.filter((x) => x.end <= cur.start).at(-1);
        prev && LIST_GAP.test(body.slice(prev.end, cur.start));
        cur = prev, prev = plans.filter((x) => x.end <= cur.start).at(-1)
      ) {
        g.relate('OUTCOME_OF', prev.id, e.id, [g.span(Math.min(prev.start, m.start), Math.max(plan.end, m.end))]);
      }
    }
  }
}

/** "The protocol came as a direct result of the consultations", "the roadmap was the outcome of the visit": a plan the sentence
 * calls the sequel of an event, whatever verb made it. */
const COPULA_OUTCOME =
  /^\s*,?\s+(?:is|was|are|were|comes|came)\s+(?:as\s+)?(?:a|an|the)\s+(?:direct\s+|concrete\s+|tangible\s+|key\s+)?(?:follow-?up|outcome|result|product|fruit|culmination)\s+(?:to|of)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?$/;
function linkCopularOutcomes(ctx: Ctx, events: readonly EventRec[], s: { start: number; end: number }): void {
  const { g, body } = ctx;
  for (const plan of mentionsIn(ctx, s.start, s.end, ['Plan'])) {
    for (const e of events) {
      const m = g.entities.get(e.id)?.mentions.find((x) => x.start > plan.end && x.end <= s.end && x.start - plan.end < 60);
      if (m && COPULA_OUTCOME.test(body.slice(plan.end, m.start))) g.relate('OUTCOME_OF', plan.id, e.id, [g.span(plan.start, m.end)]);
    }
  }
}

/** "… were signed", "… was adopted": an outcome verb in the passive right after the plan */
const PASSIVE_OUTCOME = new RegExp(
  String.raw`^\s*,?\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+)(?:also\s+|jointly\s+|formally\s+)?${OUTCOME_CUE.source}`,
);

/**
 * An event as the subject of an outcome verb: "the summit adopted the X Declaration and a Y
 * Framework", "the commission approved a roadmap": each plan of the object list is its outcome.
 * The object list is the plans right after the verb, joined by commas or "and".
 */
const EVENT_SUBJECT_VERB =
  /^\s+(?:(?:also|then|finally|later|unanimously|formally|jointly)\s+)?(?:has\s+|have\s+|had\s+)?(?:adopted|approved|endorsed|issued|produced|yielded|agreed\s+(?:on|upon)|concluded|signed|resulted\s+in|ended\s+with\s+the\s+signing\s+of|culminated\s+in)\s+/;
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|,?\s+(?:and|as\s+well\s+as)\s+)(?:(?:the|a|an|its|their)\s+)?[‘’'"“”]?$/;

export function linkEventSubjects(ctx: Ctx): void {
  const { g, body } = ctx;
  for (const s of ctx.sentences) {
    const events = mentionsIn(ctx, s.start, s.end, ['Event']);
    if (!events.length) continue;
    const plans = mentionsIn(ctx, s.start, s.end, ['Plan']);
    for (const e of events) {
      const v = EVENT_SUBJECT_VERB.exec(body.slice(e.end, s.end));
      if (!v) continue;
      const objStart = e.end + v[0].length;
      // the first object: a plan right after the verb (a determiner or quote mark may come first)
      let cur = plans.find(
        (p) =>
          p.start >= objStart &&
          /^(?:(?:the|a|an|its|their|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?[‘’'"“”]?$/i.test(body.slice(objStart, p.start)),
      );
      while (cur) {
        g.relate('OUTCOME_OF', cur.id, e.id, [g.span(e.start, cur.end)]);
        const prev: { end: number } = cur;
        cur = plans.find(
          (p) => p.start >= prev.end && p.id !== cur!.id && LIST_GAP.test(body.slice(prev.end, p.start).replace(/^[‘’'"“”]/, '')),
        );
      }
    }
  }
}

const dist = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, a.start - b.end, b.start - a.end);
