// What follows an event noun and belongs to it: "to China", "in Beijing", "with Commerce Minister
// Gao Hucheng", "between A and B", "of the Framework Agreement", "on a free trade deal",
// "in May 2023". Only entities other passes found count, so the phrase never runs on blindly.
import type { Ctx } from '../context.ts';
import type { EntityLabel } from '../../model/vocabulary.ts';
import type { EventKind } from '../data/event-heads.ts';
import { NOT_PREMODIFIERS } from '../data/event-heads.ts';
import { DATE_SRC } from '../text/dates.ts';

/** described: an "of …" or "on …" phrase that tells this occasion apart from an earlier one */
export interface Complement { end: number; people: string[]; places: string[]; plans: string[]; date?: string; described?: boolean }
export interface At { id: string; start: number; end: number }

/** Mentions of entities of the given types lying inside [start, end), in text order. */
export function mentionsIn(ctx: Ctx, start: number, end: number, types: EntityLabel[]): At[] {
  const out: At[] = [];
  for (const e of ctx.g.entities.values()) {
    if (!types.includes(e.type)) continue;
    for (const m of e.mentions) if (m.start >= start && m.end <= end) out.push({ id: e.id, start: m.start, end: m.end });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

const PARTIES: EntityLabel[] = ['Person', 'Organization', 'Country'];
const DATE = new RegExp(String.raw`^\s+(?:in|on)\s+(${DATE_SRC})(?![\p{L}\p{N}])`, 'u');

export function complementOf(ctx: Ctx, at: number, kind: EventKind): Complement {
  const c: Complement = { end: at, people: [], places: [], plans: [] };
  const { body } = ctx;
  for (let step = 0; step < 4; step++) {
    const rest = body.slice(c.end, c.end + 200);
    const stop = c.end + (/[,.;:()“”"]/.exec(rest)?.index ?? rest.length);
    const date = DATE.exec(rest);
    if (date && !c.date) {
      c.date = date[1];
      c.end += date[0].length;
      continue;
    }
    // "a meeting today with …": the day word belongs to the phrase but says nothing new
    const day = /^\s+(?:today|yesterday|tomorrow)\b/.exec(rest);
    if (day) {
      c.end += day[0].length;
      continue;
    }
    // "the first meeting would take place in Ottawa"
    const loc = /^\s+(?:(?:will|would|is to|was to|is due to)\s+(?:take place|be held)\s+|was held\s+|took place\s+)?(?:to|in|at)\s+(?:the\s+)?/.exec(rest);
    const place = loc && mentionsIn(ctx, c.end + loc[0].length, stop, ['Place', 'Country'])[0];
    if (loc && place && place.start === c.end + loc[0].length) {
      c.places.push(place.id);
      c.end = place.end;
      continue;
    }
    const withWhom = /^\s+(with|between)\s+/.exec(rest);
    if (withWhom) {
      const found = mentionsIn(ctx, c.end + withWhom[0].length, stop, PARTIES);
      const first = found[0];
      if (!first || first.start - c.end > 50) break;
      const second = withWhom[1] === 'between' ? found.find((f) => f.id !== first.id && /\band\s+(?:\S+\s+){0,6}$/.test(body.slice(first.end, f.start))) : undefined;
      for (const f of [first, second]) if (f) c.people.push(f.id);
      c.end = (second ?? first).end;
      continue;
    }
    const of = /^\s+of\s+(?:the\s+|an?\s+)?/.exec(rest);
    if (of) {
      const plan = mentionsIn(ctx, c.end + of[0].length, stop, ['Plan'])[0];
      if (plan && plan.start === c.end + of[0].length) {
        c.plans.push(plan.id);
        c.end = plan.end;
        continue;
      }
      if (kind !== 'visit' && kind !== 'mission' && kind !== 'session') break;
      const words = /^(?:[\p{L}\p{N}-]+\s*){1,4}/u.exec(rest.slice(of[0].length))?.[0].split(/\s+/).filter(Boolean) ?? [];
      const stopAt = words.findIndex((w) => NOT_PREMODIFIERS.has(w.toLowerCase()));
      const kept = stopAt < 0 ? words : words.slice(0, stopAt);
      if (!kept.length) break;
      c.described = true;
      c.end += of[0].length + rest.slice(of[0].length).indexOf(kept.at(-1)!) + kept.at(-1)!.length;
      continue;
    }
    const topic = kind === 'talks' && /^\s+on\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,4}?(?=with\s)/u.exec(rest);
    if (topic) {
      c.end += topic[0].trimEnd().length;
      c.described = true;
      continue;
    }
    break;
  }
  return c;
}
