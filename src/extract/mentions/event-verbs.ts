// Meetings named by a verb: "A met (with) B", "A received B", "A hosted B", "A spoke by phone with B",
// "A and B met in C on Monday". The subject is the person (or "A and B") named right before the
// verb in the same sentence; the object is a person the verb takes directly (titles in between only),
// so "met the target" or "received support" name no meeting. Place and date come from what follows.
import type { Ctx } from '../context.ts';
import type { EventKind } from '../data/event-heads.ts';
import { complementOf, mentionsIn, type At, type Complement } from './event-complements.ts';
import { sentenceAt, type Sentence } from '../text/sentences.ts';

export interface VerbMeeting {
  start: number;
  end: number;
  coreEnd: number;
  kind: EventKind;
  who?: string;
  comp: Complement;
  head: string;
  name?: string;
  /** bodies that take part ("tabled … at the National Assembly"); about: comp.plans are its subject, not its outcome */
  parties?: string[];
  about?: boolean;
}

const MEET =
  /\b(?<verb>met(?:\s+(?:yesterday|today|separately|later|earlier|also|again|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?(?:\s+with)?|meets(?:\s+with)?|(?:will|to|would)\s+meet(?:\s+with)?|received|receives|hosted|hosts|welcomed|spoke\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone)\s+with|(?:held|had|holds|has)\s+(?:a\s+)?(?:tele)?phone\s+(?:call|conversation|talks)\s+with)\s+/gu;
/** between the verb and its object: titles, determiners, "his counterpart," (an apposition's comma), not a clause */
const OBJECT_GAP =
  /^(?:(?:\p{Lu}[\p{L}.’'-]*|his|her|their|the|visiting|counterpart,?|newly|appointed|elected|foreign|prime|deputy|vice|first|minister|president|secretary|chancellor|premier|king|emir|crown|prince|state|general|of|for)\s+){0,8}$/u;
const NOT_IN_GAP =
  /\b(?:to|for|that|which|who|and|on|in|at|after|before|by|as|the\s+(?:target|goal|demand|request|deadline|expectations?))\b/i;
/** between the subject and the verb: an apposition, the comma closing one ("Title, Name, met"), or an adverb; not another clause */
const SUBJECT_GAP =
  /^(?:\s+(?:Jr|Sr)\.?)?(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*)+)?(?:\s*,[^,.;:“”"]{1,90},|\s*,)?\s*(?:(?:also|later|then|first|separately|today|yesterday|has|had|have|will|would|is|was|on\s+\p{Lu}\p{L}+)\s+)*$/u;
/** what may follow an intransitive "met": a place, a date, a purpose, the end of the clause */
const INTRANSITIVE_NEXT = /^(?:in|at|on|for|to\s+discuss|today|yesterday|last|earlier|virtually|online|[,.;])/;

/** the verb a meeting is named by, without the adverb between it and "with": "met yesterday with" → "met" */
const coreOf = (verb: string): number => (/^met\s+(?!with)/.test(verb) ? 3 : verb.length);

/** Each match of a verb pattern with its sentence, outside quotations (a quote reports, it does not narrate). */
export function* verbsOutsideQuotes(ctx: Ctx, verb: RegExp): Generator<[RegExpExecArray, Sentence]> {
  for (const m of ctx.body.matchAll(verb)) {
    const s = sentenceAt(ctx.sentences, m.index);
    if (s && !ctx.quotes.some((q) => m.index >= q.start && m.index < q.end)) yield [m, s];
  }
}

export function meetingVerbs(ctx: Ctx): VerbMeeting[] {
  const out: VerbMeeting[] = [];
  const { body } = ctx;
  for (const [m, s] of verbsOutsideQuotes(ctx, MEET)) {
    const verb = m.groups!.verb!;
    const after = m.index + m[0].length;
    const subjects = subjectChain(ctx, s.start, m.index);
    if (!subjects.length) continue;
    const obj = mentionsIn(ctx, after, Math.min(s.end, after + 90), ['Person'])[0];
    const gap = obj ? body.slice(after, obj.start) : '';
    const phone = /phone/.test(verb);
    const kind: EventKind = phone ? 'call' : 'talks';
    const head = phone ? 'phone call' : 'meeting';
    if (obj && OBJECT_GAP.test(gap) && !NOT_IN_GAP.test(gap) && !subjects.some((x) => x.id === obj.id)) {
      const comp = complementOf(ctx, obj.end, kind);
      comp.people.unshift(obj.id);
      out.push({
        start: m.index,
        end: comp.end,
        coreEnd: m.index + coreOf(verb),
        kind,
        who: subjects[0]!.id,
        comp: { ...comp, people: [...new Set([...subjects.slice(1).map((x) => x.id), ...comp.people])] },
        head,
      });
      continue;
    }
    // "A and B met in Geneva on Monday": two subjects, no object
    if (
      /^(?:met|meets|(?:will|to|would)\s+meet)$/.test(verb) &&
      subjects.length >= 2 &&
      INTRANSITIVE_NEXT.test(body.slice(after, after + 20))
    ) {
      const comp = complementOf(ctx, m.index + verb.length, kind);
      comp.people.unshift(...subjects.slice(1).map((x) => x.id));
      out.push({
        start: m.index,
        end: Math.max(comp.end, m.index + verb.length),
        coreEnd: m.index + verb.length,
        kind,
        who: subjects[0]!.id,
        comp,
        head,
      });
    }
  }
  return out;
}

/** The people named right before a verb: "A", "A and B", "A, the foreign minister,". */
export function subjectChain(ctx: Ctx, from: number, verbAt: number): At[] {
  const people = mentionsIn(ctx, from, verbAt, ['Person']).filter((p) => !ctx.quotes.some((q) => p.start >= q.start && p.start < q.end));
  const last = people.at(-1);
  if (!last || !SUBJECT_GAP.test(ctx.body.slice(last.end, verbAt))) return [];
  const chain = [last];
  for (let i = people.length - 2; i >= 0; i--) {
    const p = people[i]!;
    if (p.end > chain[0]!.start) continue;
    // "A and B", "A, B and C", with titles before each name
    if (
      !/^(?:\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*)+)?\s*(?:,|,?\s+and)\s+(?:[\p{Lu}][\p{L}.’'-]*\s+|of\s+|the\s+){0,6}$/u.test(
        ctx.body.slice(p.end, chain[0]!.start),
      )
    )
      break;
    chain.unshift(p);
  }
  return chain;
}

/** "A and B signed six agreements in Colombo in the presence of X and Y", "… signed …, witnessed by X":
 * a signing ceremony, attended by those present, with the plan as its outcome. */
const SIGNED = /\b(?:signed|inked)\s+/g;
const PRESENCE = /\b(?:in\s+the\s+presence\s+of|witnessed\s+by)\s+/;

export function signingCeremonies(ctx: Ctx): VerbMeeting[] {
  const out: VerbMeeting[] = [];
  const { body } = ctx;
  for (const [m, s] of verbsOutsideQuotes(ctx, SIGNED)) {
    const rest = body.slice(m.index, s.end);
    const cue = PRESENCE.exec(rest);
    if (!cue) continue;
    const after = m.index + m[0].length;
    const plan = mentionsIn(ctx, after, m.index + cue.index, ['Plan'])[0];
    if (
      !plan ||
      !/^(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+number\s+of)\s+)*$/i.test(
        body.slice(after, plan.start),
      )
    )
      continue;
    const cueEnd = m.index + cue.index + cue[0].length;
    const present = mentionsIn(ctx, cueEnd, s.end, ['Person']);
    const chain: At[] = [];
    for (const p of present) {
      if (chain.length && p.start < chain.at(-1)!.end) continue;
      const gap = body.slice(chain.length ? chain.at(-1)!.end : cueEnd, p.start);
      if (
        chain.length
          ? !/^\s*(?:,|,?\s+and)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,6}$/u.test(gap)
          : !/^(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,6}$/u.test(gap)
      )
        break;
      chain.push(p);
    }
    if (!chain.length) continue;
    const comp = complementOf(ctx, plan.end, 'signing');
    const subjects = subjectChain(ctx, s.start, m.index);
    comp.people = [...new Set([...subjects.slice(1).map((x) => x.id), ...chain.map((x) => x.id)])];
    comp.plans = [plan.id];
    const planName = ctx.g.entities.get(plan.id)?.name ?? body.slice(plan.start, plan.end);
    const place = comp.places[0] ? ctx.g.entities.get(comp.places[0])?.name : undefined;
    out.push({
      start: m.index,
      end: chain.at(-1)!.end,
      coreEnd: m.index + m[0].trimEnd().length,
      kind: 'signing',
      who: subjects[0]?.id,
      comp,
      head: 'signing',
      name: `Signing of ${planName}${place ? ` in ${place}` : ''}`,
    });
  }
  return out;
}

/** "X will be tabling the 2024 Budget at the Assembly", "X presented the budget to Parliament", "the budget
 * will be tabled before Speaker Y": laying a budget or bill before a legislature is a sitting of it, which
 * the presenter, the presiding officer and the house take part in. The plan is its subject, not its outcome. */
const TABLE_ACTIVE =
  /\b(?<verb>(?:will\s+be\s+|is\s+|was\s+)?tabling|tabled|tables|(?:will|to|would)\s+(?:table|present)|presented|presents|unveiled|unveils|(?:will|to|would)\s+unveil)\s+/g;
const TABLE_PASSIVE = /\b(?:will\s+be|was|is|has\s+been|had\s+been)\s+(?<verb>tabled|presented)\s+(?:to|before|in|at)\s+/g;
const LEGISLATIVE_PLAN = /\b(?:budget|bill|appropriation|estimates|finance\s+act)\b/i;
const HOUSE_LEAD = /^\s*(?:[^,.;]{0,80}?\s)?(?:at|to|before|in)\s+(?:the\s+|a\s+)?(?:joint\s+session\s+of\s+(?:the\s+)?)?$/;

export function tablings(ctx: Ctx): VerbMeeting[] {
  const out: VerbMeeting[] = [];
  const { body } = ctx;
  const houseAfter = (from: number, sEnd: number): { orgs: string[]; people: string[]; end: number } => {
    const found = mentionsIn(ctx, from, Math.min(sEnd, from + 140), ['Organization', 'Person']);
    const first = found.find(
      (f) => HOUSE_LEAD.test(body.slice(from, f.start)) || /^(?:(?:\p{Lu}[\p{L}.’'-]*|the|of)\s+){0,8}$/u.test(body.slice(from, f.start)),
    );
    if (!first) return { orgs: [], people: [], end: from };
    const orgs = found
      .filter(
        (f) => f.start >= first.start && f.end <= first.end + 60 && ctx.g.typeOf(f.id) === 'Organization' && f.start - first.start < 60,
      )
      .map((f) => f.id);
    // "before Dewan Rakyat Speaker Y": the person after the house's name presides
    const person = found.find(
      (f) =>
        f.start >= first.start &&
        ctx.g.typeOf(f.id) === 'Person' &&
        /^\s*(?:(?:\p{Lu}[\p{L}.’'-]*|the|of)\s+){0,8}$/u.test(body.slice(first.start === f.start ? f.start : first.end, f.start)),
    );
    const last = [first, person ? found.find((f) => f.id === person.id && f.start === person.start) : undefined].filter(Boolean).at(-1)!;
    return { orgs: [...new Set(orgs)], people: person ? [person.id] : [], end: last.end };
  };
  for (const [m, s] of verbsOutsideQuotes(ctx, TABLE_ACTIVE)) {
    const after = m.index + m[0].length;
    const plan = mentionsIn(ctx, after, Math.min(s.end, after + 80), ['Plan'])[0];
    if (
      !plan ||
      !LEGISLATIVE_PLAN.test(body.slice(plan.start, plan.end)) ||
      !/^(?:(?:the|a|its|his|her|their|this|next|year['’]s)\s+)*$/i.test(body.slice(after, plan.start))
    )
      continue;
    const subjects = subjectChain(ctx, s.start, m.index);
    const house = houseAfter(plan.end, s.end);
    if (!subjects.length || !house.orgs.length) continue;
    const comp: Complement = { end: Math.max(plan.end, house.end), people: house.people, places: [], plans: [plan.id] };
    const head = /present/.test(m.groups!.verb!) ? 'Presentation' : /unveil/.test(m.groups!.verb!) ? 'Presentation' : 'Tabling';
    out.push({
      start: m.index,
      end: comp.end,
      coreEnd: plan.end,
      kind: 'session',
      who: subjects[0]!.id,
      comp,
      head: head.toLowerCase(),
      name: `${head} of the ${ctx.g.entities.get(plan.id)?.name ?? body.slice(plan.start, plan.end)}`,
      parties: house.orgs,
      about: true,
    });
  }
  for (const [m, s] of verbsOutsideQuotes(ctx, TABLE_PASSIVE)) {
    const plan = mentionsIn(ctx, s.start, m.index, ['Plan'])
      .filter((p) => LEGISLATIVE_PLAN.test(body.slice(p.start, p.end)))
      .at(-1);
    if (!plan) continue;
    const house = houseAfter(m.index + m[0].length, s.end);
    if (!house.orgs.length && !house.people.length) continue;
    const comp: Complement = { end: house.end, people: house.people, places: [], plans: [plan.id] };
    out.push({
      start: m.index,
      end: house.end,
      coreEnd: m.index + m[0].trimEnd().length,
      kind: 'session',
      comp,
      head: 'tabling',
      name: `Tabling of the ${ctx.g.entities.get(plan.id)?.name ?? body.slice(plan.start, plan.end)}`,
      parties: house.orgs,
      about: true,
    });
  }
  return out;
}
