// Who proposed, initiated or signed a plan, to whom, at which event, and what it is aligned
// with. Works per sentence on the mentions already found: passive ("X proposed by A to B")
// and active ("A and B signed X") agents, alignment cues between two plans or objectives.
import type { Ctx } from '../context.ts';
import type { RelationType } from '../../model/vocabulary.ts';
import type { EventRec } from '../mentions/events.ts';
import { PLAN_VERBS, ALIGN_CUES, PURPOSE_CUES } from '../data/cues.ts';
import { alternation } from '../data/lexicon.ts';
import { resolvePerson } from '../resolve/coref.ts';

const VERBS = `(?:${alternation(Object.keys(PLAN_VERBS))})`;
const PASSIVE = new RegExp(
  `^[”’"]?\\s*(?:[a-z-]+\\s+){0,3}?,?\\s*(?:(?:which|that)\\s+)?(?:(?:was|were|has been|have been|had been|is|are)\\s+)?(?:jointly\\s+|first\\s+)?(${VERBS})\\s+(by|between|with)\\s+`,
);
const ACTIVE = new RegExp(
  `\\s(?:has\\s+|have\\s+|had\\s+|jointly\\s+|also\\s+)?(${VERBS})\\s+(?:(?:the|a|an|its|their|his|her)\\s+)?[^.;]{0,50}$`,
);
const RELATIVE = new RegExp(
  `^[”’"]?,?\\s+(?:which|that|whom)\\s+((?:the\\s+)?\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})\\s+(?:has\\s+|have\\s+|had\\s+)?(?:[a-z]+ly\\s+)?(${VERBS})\\b`,
  'u',
);
const STOP = /\s+(?:to|in|at|on|during|within|for|as|which|that|covers|and)\s+|[,.;“”]/;

interface M {
  id: string;
  type: string;
  start: number;
  end: number;
}

export function linkPlans(ctx: Ctx, events: readonly EventRec[]): void {
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
        // "signed with B" names the other signatory only; proposals are not made "with" someone
        if (pm[2] === 'with' && rel !== 'SIGNED') continue;
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
          if (second) {
            agents.push(second);
            aEnd = bStart + bLen;
          }
        }
        const agent = agents[0];
        const evEnd = aEnd;
        // "A … in a joint statement signed with B": A, the person last named before the plan, signed too
        if (pm[2] === 'with' && agents[0]) {
          const a = inS
            .filter(
              (m) => m.type === 'Person' && m.end <= p.start && !plans.some((o) => o.start >= m.end && o.end <= p.start && o.id !== p.id),
            )
            .at(-1);
          if (a && a.id !== agents[0]) {
            agents.push(a.id);
            link(ctx, rel, a.id, p, [a.start, evEnd], events, s.index);
          }
        }
        for (const a of agents) link(ctx, rel, a, p, [p.end, evEnd], events, s.index);
        const to = /^\s+to\s+/.exec(ctx.body.slice(evEnd, s.end));
        if (to && rel === 'PROPOSED' && agent) {
          const rStart = evEnd + to[0].length;
          const rLen = STOP.exec(ctx.body.slice(rStart, s.end))?.index ?? s.end - rStart;
          const recip = agentAt(ctx, inS, rStart, rStart + rLen);
          if (recip) {
            g.relate(
              'PROPOSED_TO',
              p.id,
              recip,
              [g.span(p.end + (/^[”’"]/.test(after) ? 1 : 0), rStart + rLen)].map((x) => g.span(x.start, x.end)),
            );
            partyAndEvent(ctx, p, recip, events, s.index, [p.end, rStart + rLen]);
          }
        }
        continue;
      }
      // "the X model, which Ruritania has strongly advocated": the relative clause's subject
      const rm = RELATIVE.exec(after);
      if (rm) {
        const aStart = p.end + rm.index + rm[0].indexOf(rm[1]!);
        const agent = agentAt(ctx, inS, aStart, aStart + rm[1]!.length);
        if (agent) {
          link(ctx, PLAN_VERBS[rm[2]!]!, agent, p, [p.end, p.end + rm[0].length], events, s.index);
          continue;
        }
      }
      const before = ctx.body.slice(s.start, p.start);
      const am = ACTIVE.exec(before);
      if (am) {
        const verbAt = s.start + am.index;
        const rel = PLAN_VERBS[am[1]!]!;
        // "hoped to sign a free trade agreement", "will sign": an intention, not a signature
        if (
          am[1] === 'sign' &&
          /\b(?:to|will|would|could|may|might|should|can|shall|not)\s+(?:(?:also|soon|jointly)\s+)?$/.test(
            ctx.body.slice(s.start, verbAt + 1),
          )
        )
          continue;
        // the verb's object is the first plan after it: "prepared a budget envisaging growth at 4%"
        if (plans.some((o) => o.id !== p.id && o.start > verbAt && o.end <= p.start)) continue;
        // agents: the person/country mentions closest before the verb, joined by "and"
        const cands = inS.filter((m) => (m.type === 'Person' || m.type === 'Country') && m.end <= verbAt && verbAt - m.end < 60);
        const last = cands.sort((a, b) => b.end - a.end)[0];
        if (!last) continue;
        const agents = cands.filter(
          (m) =>
            m.type === last.type &&
            (/^(?:\s+and\s+|\s*,\s*)?[^,.;]*$/.test(ctx.body.slice(m.end, verbAt)) || WHEN_GAP.test(ctx.body.slice(m.end, verbAt))) &&
            verbAt - m.end < 60,
        );
        agents.push(...conjoinedBefore(ctx, inS, agents));
        agents.push(...listedBefore(ctx, inS, agents));
        for (const a of new Set(agents.map((x) => x.id)))
          link(ctx, rel, a, p, [Math.min(...agents.map((x) => x.start)), p.end], events, s.index);
      }
    }
    presentations(ctx, inS, plans, s.start, events, s.index);
    const tails = serves(ctx, plans);
    aligned(ctx, plans, s.end, tails);
    approves(ctx, plans, s.end);
    for (const p of plans) {
      const cue = /\b(?:link\w*|connect\w*|conjunction|align\w*|integrat\w*)\b/.exec(ctx.body.slice(p.start, p.end));
      if (!cue) continue;
      for (const x of inS) {
        if (
          x.id !== p.id &&
          x.start > p.start + cue.index &&
          x.end <= p.end &&
          ['Plan', 'NationalObjective', 'Organization'].includes(x.type)
        ) {
          ctx.g.relate('ALIGNED_WITH', p.id, x.id, [ctx.g.span(p.start + cue.index, x.end)]);
        }
      }
    }
  }
}

/** a time phrase set off by commas between the agent and the verb: "A, on Wednesday, presented" */
const WHEN_GAP =
  /^,?\s+(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|\d{1,2}\s+\p{Lu}\p{L}+|\p{Lu}\p{L}+\s+\d{1,2})\s*,\s*$/u;
/** the act of laying a plan before others, named as a noun: "during the presentation of the budget" */
const PRESENTATION = /\b(?:presentation|tabling|submission|unveiling)\s+of\s+(?:(?:the|a|an|its|his|her|their)\s+)?$/;

/** "Minister A outlined the figures during the presentation of the budget": the sentence's subject proposed it. */
function presentations(ctx: Ctx, inS: M[], plans: M[], sStart: number, events: readonly EventRec[], sentence: number): void {
  for (const p of plans) {
    if (!PRESENTATION.test(ctx.body.slice(Math.max(sStart, p.start - 60), p.start))) continue;
    // the subject: a person named first in the sentence, only a title before it
    const subject = inS.filter((m) => m.type === 'Person' && m.end <= p.start).sort((a, b) => a.start - b.start)[0];
    if (!subject || !/^(?:(?:the|\p{Lu}[\p{L}’'.-]*|of|for|and)\s+)*$/u.test(ctx.body.slice(sStart, subject.start))) continue;
    link(ctx, 'PROPOSED', subject.id, p, [subject.start, p.end], events, sentence);
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
    const prev = inS
      .filter((m) => sameSide(m.type, cur.type) && m.end <= cur.start && cur.start - m.end < 70 && !agents.includes(m) && !more.includes(m))
      .sort((a, b) => b.end - a.end)[0];
    const gap = prev ? ctx.body.slice(prev.end, cur.start) : '';
    first = prev && /^,?\s+and\s+[^.;:()]*$/.test(gap) && !/\b(?:said|says|told|met|with|who|which)\b/.test(gap) ? prev : undefined;
    if (first) more.push(first);
  }
  return more;
}

/** Countries and bodies sign as the same kind of party: "the European Union and New Zealand signed …". */
const PARTIES = new Set(['Country', 'Organization']);
const sameSide = (a: string, b: string): boolean => a === b || (PARTIES.has(a) && PARTIES.has(b));

/** "A, the B, C and D signed X": the comma list that ends in the agents, each of the same type. */
function listedBefore(ctx: Ctx, inS: M[], agents: M[]): M[] {
  const more: M[] = [];
  let first = agents.reduce<M | undefined>((a, b) => (!a || b.start < a.start ? b : a), undefined);
  const type = first?.type;
  while (first) {
    const cur: M = first;
    // a territory listed among the countries ("the Cook Islands") keeps the list going
    const prev = inS
      .filter((m) => (m.type === type || m.type === 'Place') && m.end <= cur.start && !agents.includes(m) && !more.includes(m))
      .sort((a, b) => b.end - a.end)[0];
    // items the gazetteers do not know ("…, Niue, …") may sit in between
    first =
      prev &&
      /^(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}){0,3}(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?$/u.test(
        ctx.body.slice(prev.end, cur.start),
      )
        ? prev
        : undefined;
    if (first) more.push(first);
  }
  return more.filter((m) => m.type === type);
}

function agentAt(ctx: Ctx, inS: M[], start: number, end: number): string | undefined {
  const person = resolvePerson(ctx, start, end);
  if (person) {
    const phrase = ctx.body.slice(start, end).trim();
    if (!inS.some((m) => m.id === person && m.start >= start && m.end <= end))
      ctx.g.mention(person, ctx.g.span(start, start + ctx.body.slice(start, end).trimEnd().length));
    void phrase;
    return person;
  }
  return inS.find((m) => (m.type === 'Country' || m.type === 'Organization') && m.start >= start && m.end <= end)?.id;
}

function link(
  ctx: Ctx,
  rel: RelationType,
  agent: string | undefined,
  p: M,
  ev: [number, number],
  events: readonly EventRec[],
  sentence: number,
): void {
  if (!agent) return;
  const { g } = ctx;
  const span = g.span(Math.min(ev[0], p.start), Math.max(ev[1], p.end));
  if (rel === 'SIGNED' && p.type !== 'Plan') rel = 'INITIATED';
  // a pledge announced or launched is offered to another party: proposed
  if (rel === 'INITIATED' && g.entities.get(p.id)?.attributes?.kind === 'pledge') rel = 'PROPOSED';
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
function partyAndEvent(ctx: Ctx, p: M, who: string, events: readonly EventRec[], sentence: number, ev: [number, number]): void {
  const { g } = ctx;
  const span = g.span(ev[0], ev[1]);
  const country =
    g.typeOf(who) === 'Country'
      ? who
      : ctx.people.get(who)?.countries[0]
        ? g.entity('Country', ctx.people.get(who)!.countries[0]!)
        : undefined;
  // a pledge's giver offers it rather than joins it
  if (p.type === 'Plan' && country && g.entities.get(p.id)?.attributes?.kind !== 'pledge')
    g.relate('PARTY_TO', country, p.id, [span], true);
  for (const e of events.filter((x) => x.sentence === sentence && x.span.start >= p.start)) {
    const full = g.span(Math.min(p.end, e.span.start), e.span.end);
    g.relate('OUTCOME_OF', p.id, e.id, [full]);
    if (g.typeOf(who) === 'Person') g.relate('PARTICIPATED_IN', who, e.id, [full], true);
  }
}

function aligned(ctx: Ctx, plans: M[], sEnd: number, tails: Set<string>): void {
  for (let i = 0; i < plans.length; i++) {
    for (let j = i + 1; j < plans.length; j++) {
      const a = plans[i]!;
      const b = plans[j]!;
      if (a.id === b.id || b.start < a.end || (tails.has(b.id) && tails.has(a.id))) continue;
      const between = ctx.body.slice(a.end, b.start);
      const cue = ALIGN_CUES.exec(between);
      if (!cue || between.length > 160) continue;
      let end = b.end;
      if (/[”’"]/.test(ctx.body[end] ?? '') && end < sEnd) end++;
      ctx.g.relate('ALIGNED_WITH', a.id, b.id, [ctx.g.span(a.end + cue.index, end)]);
    }
  }
}

/**
 * A plan and the objectives that follow it across a purpose cue in the same sentence: "a budget
 * envisaging growth at 4% and inflation at 2%", "a plan to raise exports to $5 billion", "cooperation
 * under Ruritania's Vision 2030". Only plan → national objective, the cue before the first objective
 * and no other plan between them.
 */
function serves(ctx: Ctx, plans: M[]): Set<string> {
  const { body, g } = ctx;
  // the list items and what the whole list is in line with: not aligned with one another
  const tails = new Set<string>();
  for (const p of plans.filter((x) => x.type === 'Plan')) {
    const objs = plans.filter((o) => o.type === 'NationalObjective' && o.start >= p.end);
    const first = objs[0];
    if (!first || plans.some((o) => o.type === 'Plan' && o.id !== p.id && o.start >= p.end && o.end <= first.start)) continue;
    const between = body.slice(p.end, first.start);
    if (between.length > 120) continue;
    const cue = PURPOSE_CUES.exec(between) ?? (/^\s+to\s+$/.test(between) ? /to/.exec(between) : null);
    if (!cue) continue;
    // the list of objectives after the cue: each joined to the previous by a comma or "and"
    let prev = first;
    for (const o of objs) {
      if (o !== first && o.start < prev.end) continue; // a name inside an item ("the review of the X plan")
      if (o !== first && /^\s*\(\s*$/.test(body.slice(prev.end, o.start))) {
        prev = { ...o, end: o.end + 1 };
        continue;
      } // "(ABC)"
      if (o !== first && !/^(?:,\s*|\s*,?\s*(?:and|as\s+well\s+as)\s+|\s+and\s+the\s+)[^.;]{0,12}$/.test(body.slice(prev.end, o.start))) {
        // "… X, Y and Z in line with the W framework": what the whole list is in line with, the plan is too
        if (
          /^\s*(?:\([^)]*\)\s*)?(?:in\s+line\s+with|aligned\s+with|consistent\s+with|in\s+harmony\s+with)\s+(?:the\s+)?$/.test(
            body.slice(prev.end, o.start),
          )
        ) {
          g.relate('ALIGNED_WITH', p.id, o.id, [g.span(p.start, o.end)]);
          for (const x of objs.filter((y) => y.start >= first.start && y.end <= o.end)) tails.add(x.id);
        }
        break;
      }
      g.relate('ALIGNED_WITH', p.id, o.id, [g.span(p.start, o.end)]);
      prev = o;
    }
  }
  return tails;
}

/**
 * An act approving a programme: "Decision No. 12 approving the national X programme", "the draft
 * resolution on the approval of the Y policy". The act is aligned with what it approves, and whoever
 * signed or adopted the act initiated that programme.
 */
function approves(ctx: Ctx, plans: M[], sEnd: number): void {
  const { body, g } = ctx;
  for (const p of plans.filter((x) => x.type === 'Plan')) {
    const cue =
      /^\s+(?:approving|ratifying|adopting|on\s+(?:the\s+)?(?:approval|adoption|ratification)\s+of|to\s+(?:approve|adopt|ratify)|(?:that|which)\s+(?:approves?|adopts?|ratifies))\s+/.exec(
        body.slice(p.end, sEnd),
      );
    if (!cue) continue;
    const at = p.end + cue[0].length;
    const target = plans.filter((o) => o.id !== p.id && o.start >= at && o.start - at < 90).sort((a, b) => a.start - b.start)[0];
    if (!target) continue;
    const ev = g.span(p.start, target.end);
    g.relate('ALIGNED_WITH', p.id, target.id, [ev]);
    for (const r of [...g.relations.values()]) {
      if (r.to === p.id && (r.type === 'SIGNED' || r.type === 'INITIATED') && g.typeOf(r.from) === 'Person')
        g.relate('INITIATED', r.from, target.id, [...r.evidence, ev]);
    }
  }
}
