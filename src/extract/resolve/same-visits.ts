// One trip, named several ways: "the Prime Minister embarks on his first official visit" … "heads a
// delegation on the visit to Ruritania" … "the first official visit to Zenda by a leader in a decade".
// Event phrases with a visit noun each become an occasion of their own; two visits are one when
// nothing tells them apart: no visitor of one is missing from the other (when both have visitors) and
// their destinations (the place or country each is held in, a city counting as its country) agree
// when both have one. The visit with the longest name keeps it; every mention is kept.
import type { Ctx } from '../context.ts';

const VISIT = /\b(?:visit|trip|tour)s?\b/i;
/** a visit that is not this one: a return visit, an earlier or next one, one still to be invited */
const OTHER = /\b(?:return|reciprocal|previous|last|next|earlier|future|upcoming|invitation|invited)\b/i;

export function mergeSameVisits(ctx: Ctx): void {
  const { g } = ctx;
  const visits = [...g.entities.values()].filter((e) => e.type === 'Event' && VISIT.test(e.name) && !OTHER.test(e.name));
  if (visits.length < 2) return;
  const related = (type: string, end: 'from' | 'to', id: string): string[] =>
    [...g.relations.values()].filter((r) => r.type === type && r[end] === id).map((r) => (end === 'from' ? r.to : r.from));
  const countryOf = (id: string): string =>
    g.typeOf(id) === 'Country' ? id : (related('LOCATED_IN', 'from', id).find((c) => g.typeOf(c) === 'Country') ?? id);
  const facts = new Map(
    visits.map((v) => [
      v.id,
      {
        visitors: new Set(related('PARTICIPATED_IN', 'to', v.id).filter((p) => g.typeOf(p) === 'Person')),
        where: new Set(related('HELD_IN', 'from', v.id).map(countryOf)),
      },
    ]),
  );
  const agree = (a: Set<string>, b: Set<string>, subset: boolean): boolean =>
    !a.size || !b.size || (subset ? [...a].every((x) => b.has(x)) || [...b].every((x) => a.has(x)) : [...a].some((x) => b.has(x)));
  const byName = [...visits].sort((a, b) => b.name.length - a.name.length);
  for (const keep of byName) {
    if (!g.entities.has(keep.id)) continue;
    const k = facts.get(keep.id)!;
    for (const other of byName) {
      if (other.id === keep.id || !g.entities.has(other.id)) continue;
      const o = facts.get(other.id)!;
      if (!agree(k.visitors, o.visitors, true) || !agree(k.where, o.where, false)) continue;
      g.merge(other.id, keep.id);
      for (const p of o.visitors) k.visitors.add(p);
      for (const w of o.where) k.where.add(w);
    }
  }
}
