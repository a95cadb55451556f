// "The meeting marks the first official meeting between the presidents": an occasion a copula
// identifies with another is that occasion. The ordinal makes event-phrases.ts read the predicate as a
// new occasion, so the two are merged here, the subject's entity keeping the name.
import type { Ctx } from '../context.ts';
import { mentionsIn } from '../mentions/event-complements.ts';

const COPULA = /^,?\s+(?:marks|marked|is|was|became|becomes|constitutes|constituted|represents|represented|will\s+be)\s+$/;

export function mergeCopularEvents(ctx: Ctx): void {
  const { g, body } = ctx;
  for (const s of ctx.sentences) {
    const events = mentionsIn(ctx, s.start, s.end, ['Event']);
    for (const a of events) {
      const b = events.find((x) => x.start >= a.end && x.id !== a.id && COPULA.test(body.slice(a.end, x.start)));
      if (b && g.entities.has(a.id) && g.entities.has(b.id)) g.merge(b.id, a.id);
    }
  }
}
