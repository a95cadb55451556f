// A plan aligned with a national objective, by the sentence that names both: the plan first, then a
// verb or preposition of purpose before the objective ("the agreement will help raise trade to …",
// "the memorandum, in line with the New Policy, …", "the roadmap aims to …"), or the objective first
// after "in line with / under / as part of / to achieve / in support of" and the plan later. One
// link per pair; a plan never aligns with an objective that holds its mention.
import type { Ctx } from '../context.ts';

const PURPOSE =
  /\b(?:to|will|would|shall|aims?|aimed|aiming|help\w*|contribut\w*|support\w*|boost\w*|enabl\w*|facilitat\w*|serv(?:e|es|ed|ing)|advanc\w*|promot\w*|achiev\w*|in\s+line\s+with|aligned\s+with|consistent\s+with|in\s+support\s+of|towards?|under|part\s+of|for)\b/i;
const OBJECTIVE_FIRST =
  /\b(?:in\s+line\s+with|aligned\s+with|consistent\s+with|in\s+support\s+of|under|as\s+part\s+of|to\s+(?:achieve|reach|meet|support|realise|realize)|towards?)\s+(?:the\s+|its\s+|their\s+)?$/i;

export function alignPlansWithObjectives(ctx: Ctx): void {
  const { body, g } = ctx;
  const all = [...g.entities.values()];
  const plans = all.filter((e) => e.type === 'Plan').flatMap((e) => e.mentions.map((m) => ({ id: e.id, start: m.start, end: m.end })));
  const objs = all
    .filter((e) => e.type === 'NationalObjective')
    .flatMap((e) => e.mentions.map((m) => ({ id: e.id, start: m.start, end: m.end })));
  for (const s of ctx.sentences) {
    const ps = plans.filter((p) => p.start >= s.start && p.end <= s.end);
    const os = objs.filter((o) => o.start >= s.start && o.end <= s.end);
    if (!ps.length || !os.length) continue;
    for (const o of os) {
      // the plan closest before the objective, with a purpose word between and no other objective in between
      const before = ps.filter((p) => p.end <= o.start && o.start - p.end <= 160).sort((a, b) => b.end - a.end)[0];
      const between = before ? body.slice(before.end, o.start) : '';
      if (
        before &&
        PURPOSE.test(between) &&
        !/[;:]/.test(between) &&
        !os.some((x) => x.id !== o.id && x.start >= before.end && x.end <= o.start)
      ) {
        g.relate('ALIGNED_WITH', before.id, o.id, [g.span(before.start, o.end)]);
        continue;
      }
      if (!OBJECTIVE_FIRST.test(body.slice(Math.max(s.start, o.start - 40), o.start))) continue;
      const after = ps.filter((p) => p.start >= o.end && p.start - o.end <= 160).sort((a, b) => a.start - b.start)[0];
      if (after && !/[;:]/.test(body.slice(o.end, after.start))) g.relate('ALIGNED_WITH', after.id, o.id, [g.span(o.start, after.end)]);
    }
  }
}
