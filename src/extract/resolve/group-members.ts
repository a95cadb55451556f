// An occasion a group of instruments came out of is each listed instrument's too: "the six MoUs
// signed at the ceremony include A; B; …" makes A and B outcomes of that ceremony. The items are found
// by listed-instruments.ts and plan-lists.ts (PART_OF the group); the group's occasion by the frames of
// the relation stage, which see the group's mention only. (Sharing the group's parties the same way
// was tried: on the development articles it added only relations the golds do not have.)
import type { Ctx } from '../context.ts';

export function shareGroupOutcomes(ctx: Ctx): void {
  const { g } = ctx;
  const rels = [...g.relations.values()];
  for (const part of rels) {
    if (part.type !== 'PART_OF' || g.typeOf(part.from) !== 'Plan' || g.typeOf(part.to) !== 'Plan') continue;
    for (const r of rels) if (r.type === 'OUTCOME_OF' && r.from === part.to) g.relate('OUTCOME_OF', part.from, r.to, r.evidence, true);
  }
}
