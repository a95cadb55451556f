// What follows an event noun and belongs to it: "to China", "in Beijing", "with Commerce Minister
// Gao Hucheng", "between A and B", "of the Framework Agreement", "on a free trade deal",
// "in May 2023". Only entities other passes found count, so the phrase never runs on blindly.
import { resolvePerson } from '../resolve/coref.ts';
import type { Ctx } from '../context.ts';
import type { EntityLabel } from '../../model/vocabulary.ts';
import type { EventKind } from '../data/event-heads.ts';
import { NOT_PREMODIFIERS } from '../data/event-heads.ts';
import { DATE_SRC } from '../text/dates.ts';

/** described: an "of …" or "on …" phrase that tells this occasion apart from an earlier one */
/** bodies: organisations the phrase is a meeting of ("the 15th session of the Joint Commission") */
/** within: a larger event it is part of ("the opening session of the Africa Trade Forum"); pair: "between
 * the two sides", whose parties the sentence names before */
export interface Complement {
  end: number;
  people: string[];
  places: string[];
  plans: string[];
  date?: string;
  described?: boolean;
  bodies?: string[];
  within?: { id: string; start: number };
  pair?: boolean;
  /** a body the event is a gathering of, named before it ("the G20 summit") */
  forums?: string[];
}
export interface At {
  id: string;
  start: number;
  end: number;
}

/** Mentions of entities of the given types lying inside [start, end), in text order. */
export function mentionsIn(ctx: Ctx, start: number, end: number, types: EntityLabel[]): At[] {
  const out: At[] = [];
  for (const e of ctx.g.entities.values()) {
    if (!types.includes(e.type)) continue;
    for (const m of e.mentions) if (m.start >= start && m.end <= end) out.push({ id: e.id, start: m.start, end: m.end });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The text of [start, end) with each mention of the given types written as one placeholder word
 * ("Name", "Title"), so a pattern over the words between two mentions sees a title or a name as one. */
export function blankMentions(ctx: Ctx, start: number, end: number, marks: Partial<Record<EntityLabel, string>>): string {
  let out = '';
  let at = start;
  for (const m of mentionsIn(ctx, start, end, Object.keys(marks) as EntityLabel[])) {
    if (m.start < at) continue;
    out += `${ctx.body.slice(at, m.start)}${marks[ctx.g.typeOf(m.id)!]}`;
    at = m.end;
  }
  return out + ctx.body.slice(at, end);
}

/** a title before a name: capitalised words joined by "of", "and", "for", commas */
const TITLE_STRETCH = /^(?:the\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|of|and|for|the|on),?\s+)*$/u;
const PARTIES: EntityLabel[] = ['Person', 'Organization', 'Country'];
// "in May 2023", "held on May 13", "which was held on 2 June"
const DATE = new RegExp(
  String.raw`^,?\s+(?:(?:(?:which|that)\s+(?:was|is|will\s+be)\s+)?held\s+)?(?:in|on)\s+(${DATE_SRC})(?![\p{L}\p{N}])`,
  'u',
);
/** "a state visit by Tanzanian President X", "a speech by Y": the person it is by takes part */
/** "by the President", "by the Russian foreign minister": a title standing for a person (resolved in coref) */
const BY_TITLE = /^\s+by\s+(the\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+?)(?=\s*(?:[,.;:]|$|\s+(?:to|at|in|on|of|and|assisted|with|for)\b))/u;
const BY = /^\s+by\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}.’'-]*\s+){0,5})$/u;

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
    const day =
      /^\s+(?:today|yesterday|tomorrow|(?:on\s+|last\s+|next\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?)\b/.exec(
        rest,
      );
    if (day) {
      c.end += day[0].length;
      continue;
    }
    // "the first meeting would take place in Ottawa"
    const loc =
      /^\s+(?:(?:will|would|is to|was to|is due to)\s+(?:take place|be held)\s+|was held\s+|took place\s+)?(?:to|in|at)\s+(?:the\s+)?/.exec(
        rest,
      );
    const place = loc && mentionsIn(ctx, c.end + loc[0].length, stop, ['Place', 'Country'])[0];
    if (loc && place && place.start === c.end + loc[0].length) {
      c.places.push(place.id);
      c.end = place.end;
      continue;
    }
    // "talks between the two countries' leaders", "a meeting between both sides"
    const pair =
      /^\s+between\s+(?:the\s+two|both)\s+(?:countries|nations|sides|governments|states|leaders|presidents|prime\s+ministers|ministers|delegations|parties)(?:['’]\s+(?:leaders|presidents|prime\s+ministers|ministers|delegations|heads\s+of\s+state))?/.exec(
        rest,
      );
    if (pair) {
      c.pair = true;
      c.end += pair[0].length;
      continue;
    }
    if (/^\s+by\s/.test(rest) && !c.people.length) {
      const by = mentionsIn(ctx, c.end, Math.min(stop, c.end + 90), ['Person'])[0];
      if (by && BY.test(body.slice(c.end, by.start))) {
        c.people.push(by.id);
        c.end = by.end;
        continue;
      }
      // "a formal visit by the President", "a ceremony by the prime minister": the title of a person named before
      const title = BY_TITLE.exec(rest);
      const who = title && resolvePerson(ctx, c.end + title[0].length - title[1]!.length, c.end + title[0].length);
      if (who) {
        c.people.push(who);
        c.end += title![0].length;
        continue;
      }
    }
    // "the signing of the MoUs in the presence of the visiting President X": X attends
    const presence = /^\s+(?:in\s+the\s+presence\s+of|witnessed\s+by|attended\s+by)\s+/.exec(rest);
    if (presence) {
      const p = mentionsIn(ctx, c.end + presence[0].length, Math.min(c.end + presence[0].length + 90, ctx.body.length), ['Person'])[0];
      if (p && TITLE_STRETCH.test(body.slice(c.end + presence[0].length, p.start).replace(/\bvisiting\s+/i, ''))) {
        // the attendee is no part of the occasion's name: the phrase ends before the cue
        c.people.push(p.id);
        break;
      }
    }
    // "a courtesy call on/upon Crown Prince X": a call is paid on the person called on
    const withWhom = (kind === 'call' ? /^\s+(with|between|on|upon)\s+/ : /^\s+(with|between)\s+/).exec(rest);
    if (withWhom) {
      // "with Vietnamese Prime Minister X": the person, not the demonym of their title
      const found = mentionsIn(ctx, c.end + withWhom[0].length, stop, PARTIES).filter((f, _i, all) => {
        const next = all.find((x) => x.start >= f.end && ctx.g.typeOf(x.id) === 'Person');
        return !(ctx.g.typeOf(f.id) === 'Country' && next && /^\s+(?:[\p{Lu}][\p{L}.’'-]*\s+){0,5}$/u.test(body.slice(f.end, next.start)));
      });
      const first = found[0];
      // a long title may stand before the person: "between the Minister of Trade and Integration of X A and …"
      const title = (t: string): boolean => t.length <= 120 && TITLE_STRETCH.test(t);
      if (!first || (first.start - c.end > 50 && !title(body.slice(c.end + withWhom[0].length, first.start)))) break;
      // "the agenda of the forum with Minister X urging …": an absolute clause, not who met
      if (/^\s+\p{Ll}+ing\b/u.test(body.slice(first.end, first.end + 30))) break;
      const pool = [...found, ...mentionsIn(ctx, first.end, first.end + 160, ['Person']).filter((x) => x.start >= stop)];
      const second =
        withWhom[1] === 'between'
          ? pool.find(
              (f) =>
                f.id !== first.id &&
                (/\band\s+(?:\S+\s+){0,6}$/.test(body.slice(first.end, f.start)) ||
                  (/^\s+and\s+/.test(body.slice(first.end, f.start)) && title(body.slice(first.end, f.start).replace(/^\s+and\s+/, '')))),
            )
          : undefined;
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
        // "the signing of the Memorandum on X, and Memorandum on Y": both
        const next = mentionsIn(ctx, plan.end, Math.min(plan.end + 20, stop + 20), ['Plan']).find((x) => x.id !== plan.id);
        if (next && /^,?\s+and\s+(?:the\s+|a\s+)?$/.test(body.slice(plan.end, next.start))) c.plans.push(next.id);
        continue;
      }
      // "the opening session of the Africa Trade Forum": part of that event
      const larger = mentionsIn(ctx, c.end + of[0].length, c.end + 200, ['Event'])[0];
      if (
        larger &&
        !c.within &&
        (larger.start === c.end + of[0].length || (/the\s$/.test(of[0]) && larger.start === c.end + of[0].length - 4))
      ) {
        c.within = { id: larger.id, start: larger.start };
        c.end = larger.end;
        continue;
      }
      // "a meeting of the Joint Economic Commission", "the summit of the African Union"
      const org = mentionsIn(ctx, c.end + of[0].length, c.end + 200, ['Organization'])[0];
      if (org && org.start === c.end + of[0].length && kind !== 'visit' && kind !== 'interview') {
        (c.bodies ??= []).push(org.id);
        c.end = org.end;
        continue;
      }
      if (kind !== 'visit' && kind !== 'mission' && kind !== 'session' && kind !== 'anniversary') break;
      const words = /^(?:[\p{L}\p{N}-]+\s*){1,4}/u.exec(rest.slice(of[0].length))?.[0].split(/\s+/).filter(Boolean) ?? [];
      // … up to a word that cannot go on the name, or a time phrase ("of diplomatic relations next year")
      const stopAt = words.findIndex(
        (w) => NOT_PREMODIFIERS.has(w.toLowerCase()) || /^(?:next|last|this|today|yesterday|tomorrow)$/i.test(w),
      );
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
