// Acts of state that carry a programme: a numbered decision, decree or resolution ("Decision
// No. 123/QD-XY", "Decree No. 45"), and a draft or government act ("the draft resolution", "a
// cabinet decree"). Each is a Plan; what it approves is linked in relations/plan-relations.ts.
import type { Ctx } from '../context.ts';

const NUMBERED = /(?<![\p{L}])(?:Decision|Decree|Resolution|Directive|Ordinance|Order|Law)\s+No\.?\s*\d[\w/.-]*[\w]/gu;
const DRAFT = /(?<![\p{L}-])(?:draft|government|cabinet|parliamentary|presidential|royal)\s+(?:resolution|decree|ordinance)(?![\p{L}-])/giu;

export function extractLegalActs(ctx: Ctx): void {
  const { body, g } = ctx;
  const taken = (a: number, b: number): boolean =>
    g.claimed(a, b, (e) => e.type === 'Plan' || e.type === 'NationalObjective' || e.type === 'Event' || e.type === 'Organization');
  let last: string | undefined;
  for (const re of [NUMBERED, DRAFT]) {
    for (const m of body.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken(start, end)) continue;
      const text = m[0];
      // "the draft resolution" again: the same act
      const same =
        re === DRAFT ? [...g.entities.values()].find((e) => e.type === 'Plan' && e.name.toLowerCase() === text.toLowerCase()) : undefined;
      if (same) {
        g.mention(same.id, g.span(start, end));
        continue;
      }
      last = g.entity('Plan', text.charAt(0).toUpperCase() + text.slice(1), g.span(start, end));
      g.attr(last, 'kind', 'act');
    }
  }
}
