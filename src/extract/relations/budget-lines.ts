// A budget's allocations serve it: "QAR 20 billion will go to health", "N50 billion is earmarked for
// roads" in an article about one budget are lines of that budget, whether or not their sentence
// names it. Only sums found as allocations (mentions/allocations.ts, an `amount` attribute) count, and
// only when the article has exactly one budget-like plan, so an aid pledge or a second budget is never
// guessed at. The evidence is the allocation's own phrase.
import type { Ctx } from '../context.ts';

const BUDGET = /\b(?:budget|appropriation|supply\s+bill|finance\s+bill|finance\s+act|estimates)\b/i;

export function linkBudgetLines(ctx: Ctx): void {
  const { g } = ctx;
  const budgets = [...g.entities.values()].filter((e) => e.type === 'Plan' && e.mentions.length && BUDGET.test(e.name));
  if (budgets.length !== 1) return;
  const budget = budgets[0]!;
  for (const e of g.entities.values()) {
    if (e.type !== 'NationalObjective' || !e.attributes?.amount || !e.mentions.length) continue;
    const m = e.mentions[0]!;
    g.relate('ALIGNED_WITH', budget.id, e.id, [g.span(m.start, m.end)]);
  }
}
