// Who proposed, initiated or signed a plan, to whom, at which event, and what it is aligned
// with. Works per sentence on the mentions already found: passive ("X proposed by A to B")
// and active ("A and B signed X") agents, alignment cues between two plans or objectives.
import type { Ctx } from '../context.ts';
import type { RelationType } from '../../model/vocabulary.ts';
import type { EventRec } from '../mentions/events.ts';
import { PLAN_VERBS, ALIGN_CUES } from '../data/cues.ts';
import { alternation } from '../data/lexicon.ts';
import { resolvePerson } from '../resolve/coref.ts';

const VERBS = `(?:${alternation(Object.keys(PLAN_VERBS))})`;
const PASSIVE = new RegExp(`^[”’"]?\\s*(?:[a-z-]+\\s+){0,3}?,?\\s*(?:(?:which|that)\\s+)?(?:(?:was|were|has been|have been|had been|is|are)\\s+)?(?:jointly\\s+|first\\s+)?(${VERBS})\\s+(?:by|between)\\s+`);
const ACTIVE = new RegExp(`\\s(?:has\\s+|have\\s+|had\\s+|jointly\\s+|also\\s+)?(${VERBS})\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?[^.;]{0,50}$`);
const STOP = /\s+(?:to|in|at|on|during|within|for|as|which|that|covers|and)\s+|[,.;“”]/;

interface M { id: string; type: string; start: number; end: number }

export function linkPlans(ctx: Ctx, events: EventRec[]): void {
  const { g } = ctx;
  const all: M[] = [...g.entities.values()].flatMap((e) => e.mentions.map((m) => ({ id: e.id, type: e.type, start: m.start, end: m.end })));
  for (const s of ctx.sentences) {
    const inS = all.filter((m) => m.start >= s.start && m.end <= s.end);
    const plans = inS.filter((m) => m.type === 'Plan' || m.type === 'NationalObjective').sort((a, b) => a.start - b.start);
    for (const p of plans) {
      const after = ctx.body.slice(p.end, s.end);
      const pm = PASSIVE.exec(after);
      if (pm) {
        const rel = PLAN_VERBS[pm[1]!]!;
        const aStart = p.end + pm[0].length;
        const aLen = STOP.exec(ctx.body.slice(aStart, s.end))?.index ?? s.end - aStart;
        // "by A and B", "between A, TITLE, and B": each conjunct is an agent
        let aEnd = aStart + aLen;
        const more = /^(?:,[^,;.]{0,80},)?\s+and\s+/.exec(ctx.body.slice(aEnd, s.end));
        const agents = [agentAt(ctx, inS, aStart, aEnd)];
        if (more) {
          const bStart = aEnd + more[0].length;
          const bLen = STOP.exec(ctx.body.slice(bStart, s.end))?.index ?? s.end - bStart;
          const second = agentAt(ctx, inS, bStart, bStart + bLen);
          if (second) { agents.push(second); aEnd = bStart + bLen; }
        }
        const agent = agents[0];
        const evEnd = aEnd;
        for (const a of agents) link(ctx, rel, a, p, [p.end, evEnd], events, s.index);
        const to = /^\s+to\s+/.exec(ctx.body.slice(evEnd, s.end));
        if (to && rel === 'PROPOSED' && agent) {
          const rStart = evEnd + to[0].length;
          const rLen = STOP.exec(ctx.body.slice(rStart, s.end))?.index ?? s.end - rStart;
          const recip = agentAt(ctx, inS, rStart, rStart + rLen);
          if (recip) {
            g.relate('PROPOSED_TO', p.id, recip, [g.span(p.end + (/^[”’"]/.test(after) ? 1 : 0), rStart + rLen)].map((x) => g.span(x.start, x.end)));
            partyAndEvent(ctx, p, recip, events, s.index, [p.end, rStart + rLen]);
          }
        }
        continue;
      }
      const before = ctx.body.slice(s.start, p.start);
      const am = ACTIVE.exec(before);
      if (am) {
        const verbAt = s.start + am.index;
        const rel = PLAN_VERBS[am[1]!]!;
        // agents: the person/country mentions closest before the verb, joined by "and"
        const cands = inS.filter((m) => (m.type === 'Person' || m.type === 'Country') && m.end <= verbAt && verbAt - m.end < 60);
        const last = cands.sort((a, b) => b.end - a.end)[0];
        if (!last) continue;
        const agents = cands.filter((m) => m.type === last.type && /^(?:\s+and\s+|\s*,\s*)?[^,.;]*$/.test(ctx.body.slice(m.end, verbAt)) && verbAt - m.end < 60);
        agents.push(...conjoinedBefore(ctx, inS, agents));
        for (const a of new Set(agents.map((x) => x.id))) link(ctx, rel, a, p, [Math.min(...agents.map((x) => x.start)), p.end], events, s.index);
      }
    }
    aligned(ctx, plans, s.end);
    for (const p of plans) {
      const cue = /\b(?:link\w*|connect\w*|conjunction|align\w*|integrat\w*)\b/.exec(ctx.body.slice(p.start, p.end));
      if (!cue) continue;
      for (const x of inS) {
        if (x.id !== p.id && x.start > p.start + cue.index && x.end <= p.end && ['Plan', 'NationalObjective', 'Organization'].includes(x.type)) {
          ctx.g.relate('ALIGNED_WITH', p.id, x.id, [ctx.g.span(p.start + cue.index, x.end)]);
        }
      }
    }
  }
}

/**
 * Agents listed with appositions before them: "A's president, X, and B's president, Y, signed":
 * walking back from the earliest agent, a same-type mention joined to it by an "and" within
 * a short comma-only stretch (no clause verb) is one more agent.
 */
function conjoinedBefore(ctx: Ctx, inS: M[], agents: M[]): M[] {
  const more: M[] = [];
  let first = agents.reduce<M | undefined>((a, b) => (!a || b.start < a.start ? b : a), undefined);
  while (first) {
    const cur: M = first;
    const prev = inS.filter((m) => m.type === cur.type && m.end <= cur.start && cur.start - m.end < 70 && !agents.includes(m) && !more.includes(m))
      .sort((a, b) => b.end - a.end)[0];
    const gap = prev ? ctx.body.slice(prev.end, cur.start) : '';
    first = prev && /^,?\s+and\s+[^.;:()]*$/.test(gap) && !/\b(?:said|says|told|met|with|who|which)\b/.test(gap) ? prev : undefined;
    if (first) more.push(first);
  }
  return more;
}

function agentAt(ctx: Ctx, inS: M[], start: number, end: number): string | undefined {
  const person = resolvePerson(ctx, start, end);
  if (person) {
    const phrase = ctx.body.slice(start, end).trim();
    if (!inS.some((m) => m.id === person && m.start >= start && m.end <= end)) ctx.g.mention(person, ctx.g.span(start, start + ctx.body.slice(start, end).trimEnd().length));
    void phrase;
    return person;
  }
  return inS.find((m) => (m.type === 'Country' || m.type === 'Organization') && m.start >= start && m.end <= end)?.id;
}

function link(ctx: Ctx, rel: RelationType, agent: string | undefined, p: M, ev: [number, number], events: EventRec[], sentence: number): void {
  if (!agent) return;
  const { g } = ctx;
  const span = g.span(Math.min(ev[0], p.start), Math.max(ev[1], p.end));
  if (rel === 'SIGNED' && p.type !== 'Plan') rel = 'INITIATED';
  // only people sign; a country or body that "signed" a plan is a party to it
  if (rel === 'SIGNED' && g.typeOf(agent) !== 'Person') rel = 'PARTY_TO';
  g.relate(rel, agent, p.id, [span]);
  if (p.type === 'NationalObjective' && g.typeOf(agent) === 'Person') {
    const hasOwner = [...g.relations.values()].some((r) => r.type === 'OBJECTIVE_OF' && r.from === p.id);
    const country = ctx.people.get(agent)?.countries[0];
    if (!hasOwner && country) g.relate('OBJECTIVE_OF', p.id, g.entity('Country', country), [span], true);
  }
  partyAndEvent(ctx, p, agent, events, sentence, ev);
}

/** A plan proposed or signed by someone: their country is party to it; an event in the sentence is where it came from. */
function partyAndEvent(ctx: Ctx, p: M, who: string, events: EventRec[], sentence: number, ev: [number, number]): void {
  const { g } = ctx;
  const span = g.span(ev[0], ev[1]);
  const country = g.typeOf(who) === 'Country' ? who : ctx.people.get(who)?.countries[0] ? g.entity('Country', ctx.people.get(who)!.countries[0]!) : undefined;
  if (p.type === 'Plan' && country) g.relate('PARTY_TO', country, p.id, [span], true);
  for (const e of events.filter((x) => x.sentence === sentence && x.span.start >= p.start)) {
    const full = g.span(Math.min(p.end, e.span.start), e.span.end);
    g.relate('OUTCOME_OF', p.id, e.id, [full]);
    if (g.typeOf(who) === 'Person') g.relate('PARTICIPATED_IN', who, e.id, [full], true);
  }
}

function aligned(ctx: Ctx, plans: M[], sEnd: number): void {
  for (let i = 0; i < plans.length; i++) {
    for (let j = i + 1; j < plans.length; j++) {
      const a = plans[i]!;
      const b = plans[j]!;
      if (a.id === b.id || b.start < a.end) continue;
      const between = ctx.body.slice(a.end, b.start);
      const cue = ALIGN_CUES.exec(between);
      if (!cue || between.length > 160) continue;
      let end = b.end;
      if (/[”’"]/.test(ctx.body[end] ?? '') && end < sEnd) end++;
      ctx.g.relate('ALIGNED_WITH', a.id, b.id, [ctx.g.span(a.end + cue.index, end)]);
    }
  }
}
