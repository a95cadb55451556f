// Events named by a noun phrase ("his 10th visit to China", "an interview with RIA Novosti",
// "the talks") or a visit verb ("Erdogan visited the United Arab Emirates", "X called on Y").
// Runs after the place-and-date patterns of events.ts and never re-reads their text. A definite
// phrase without a new complement ("the visit", "the meeting") is the latest event of its kind.
// Meeting verbs and signing ceremonies come from event-verbs.ts. Countries and bodies named before
// the head ("the Canada–Peru talks") or as the subject of "held" take part; a place-and-date phrase
// right after an event phrase ("… was held in Oslo on 3 May") is folded into it.
import { resolvePerson } from '../resolve/coref.ts';
import type { Ctx } from '../context.ts';
import type { EventRec } from './events.ts';
import { DATE_SRC, isoDate } from '../text/dates.ts';
import {
  BARE_HEADS,
  CALL_MODIFIERS,
  EVENT_HEADS,
  HEADS_NEEDING_MODIFIER,
  LEGISLATIVE_HEADS,
  LEGISLATIVE_OBJECT,
  NOT_PREMODIFIERS,
  ROUND_OF,
  SPEECH_MODIFIERS,
  type EventKind,
} from '../data/event-heads.ts';
import { complementOf, mentionsIn, type Complement } from './event-complements.ts';
import { meetingVerbs, signingCeremonies, tablings } from './event-verbs.ts';
import { pressRemarks } from './press-events.ts';
import { launches } from './launch-verbs.ts';
import { sentenceAt, type PosToken } from '../text/sentences.ts';
import { countryOf } from '../data/lexicon.ts';

const HEAD = Object.keys(EVENT_HEADS)
  .map((h) => `[${h[0]}${h[0]!.toUpperCase()}]${h.slice(1)}`)
  .join('|');
const NP = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’-])(?:(?<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his)\s+|(?<poss>(?:[Tt]he\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+)['’]s\s+)?(?<pre>(?:[\p{L}\p{N}][\p{L}\p{N}–-]*\s+|\([\p{L}\p{N}\s-]{2,60}\)\s+){0,7}?)(?<head>${HEAD})(?![\p{L}\p{N}-])`,
  'gu',
);
// "Erdogan visited the United Arab Emirates", "Qureshi called on Foreign Minister Gunawardena"
/** An event noun right after the head found ("signing ceremony"): that one heads the phrase. */
const COMPOUND_HEAD = new RegExp(String.raw`^\s+(${HEAD})(?![\p{L}\p{N}-])`, 'u');
const VISIT_VERB = /\b(?:visited|called on|paid a visit to|paid an official visit to|paid a state visit to)\s+/gu;
const PRONOUN_DET = /^(?:his|her|their|its)$/i;

// bodyStart: after the determiner or possessor; core: up to the head noun; modified: premodifiers
// that make the phrase specific ("press conference", "10th visit")
// parties: countries and bodies the phrase names as taking part ("the Canada–Mercosur talks", "the EU
// and the AU held their summit"); exact: participants are who and the complement only (verb frames);
// label: the head word of the name ("phone call")
interface Phrase {
  start: number;
  bodyStart: number;
  end: number;
  coreEnd: number;
  kind: EventKind;
  who?: string;
  comp: Complement;
  definite: boolean;
  modified: boolean;
  parties?: string[];
  exact?: boolean;
  label?: string;
  name?: string;
  /** about: the plans of the complement are what the sitting deals with, not its outcome ("the tabling of the
   * budget"); backref: a bare head that only refers back to an earlier occasion of its kind ("the presentation") */
  about?: boolean;
  backref?: boolean;
  /** a pronoun determiner ("his visit", "its session"): the phrase is also written without it */
  pronoun?: boolean;
}
/** the verb that makes the parties before an event phrase its participants: "A and B held their summit" */
const HOLD_VERB =
  /\b(?:held|hold|holds|will\s+hold|are\s+holding|launched|launch|opened|concluded|resumed|began|started|attended|convened|co-hosted|marked|mark|celebrated|celebrate|commemorated)\s+$/;
/** Verbs whose subjects took part even in "a …" ("Chile and Peru held a videoconference"); "launched a mission" sends one. */
const HELD_BY_SUBJECT = /\b(?:held|hold|holds|will\s+hold|are\s+holding|co-hosted)\s+$/;

export function extractEventPhrases(ctx: Ctx, events: EventRec[], taken: [number, number][]): void {
  const phrases = [...verbPhrases(ctx), ...meetingPhrases(ctx), ...nounPhrases(ctx)].sort((a, b) => a.start - b.start);
  // place-and-date phrases with no event noun of their own ("in Canberra on 12 May") belong to an
  // event phrase just before them in the same sentence: "The 15th meeting of X was held in Canberra on 12 May"
  const generic = events.filter((e) => e.generic);
  for (const ph of phrases) {
    const absorbed = generic.filter(
      (e) =>
        events.includes(e) && e.span.start >= ph.start && (e.span.start < ph.end || ABSORB_GAP.test(ctx.body.slice(ph.end, e.span.start))),
    );
    // the larger event a phrase names in its complement is no obstacle ("the opening session of the X Forum")
    const blocking = taken.filter(
      ([a, b]) => !absorbed.some((e) => e.span.start === a && e.span.end === b) && !(ph.comp.within && a >= ph.comp.within.start),
    );
    if (blocking.some(([a, b]) => ph.start < b && ph.end > a)) continue;
    // inside a quote only a past occasion the speaker places and dates ("the Lima meeting in 2017")
    if (
      ctx.quotes.some((q) => ph.start >= q.start && ph.start < q.end) &&
      !(ph.definite && ph.comp.places.length && ph.comp.date && /^\d{4}$/.test(ph.comp.date))
    )
      continue;
    const s = sentenceAt(ctx.sentences, ph.start);
    if (!s) continue;
    const earlier = events.filter((e) => e.kind === ph.kind && e.span.start < ph.start && !absorbed.includes(e));
    const fresh = ph.comp.people.length + ph.comp.places.length + ph.comp.plans.length + (ph.parties?.length ?? 0) > 0 || ph.comp.described;
    // "the first meeting", "his 10th visit": an ordinal names a new occasion
    const ordinal = /\b(?:first|second|third|next|last|\d+(?:st|nd|rd|th))\b/i.test(ctx.body.slice(ph.bodyStart, ph.coreEnd));
    const prior = fresh ? earlier.filter((e) => shares(ctx, e, ph)).at(-1) : earlier.at(-1);
    const joined = /^,?\s+(?:(?:was|were|is|will\s+be)\s+)?(?:joined|attended)\s+by\b/.test(ctx.body.slice(ph.end, ph.end + 40));
    if (ph.backref && !prior) continue;
    if ((ph.definite || ph.about) && !ordinal && prior) {
      ctx.g.mention(prior.id, ctx.g.span(ph.start, ph.end));
      // "X tabled the budget … the budget will be tabled before Speaker Y": who takes part in the one sitting
      if (ph.about)
        for (const p of [ph.who, ...ph.comp.people, ...(ph.parties ?? [])])
          if (p) ctx.g.relate('PARTICIPATED_IN', p, prior.id, [ctx.g.span(s.start, s.end)]);
      // "the meeting was joined by A; B; and C"
      if (joined)
        for (const p of mentionsIn(ctx, ph.end, s.end, ['Person']))
          ctx.g.relate('PARTICIPATED_IN', p.id, prior.id, [ctx.g.span(ph.start, s.end)]);
      for (const b of attendingBodies(ctx, ph.end, s.end)) ctx.g.relate('PARTICIPATED_IN', b, prior.id, [ctx.g.span(ph.start, s.end)]);
      for (const e of absorbed) absorb(ctx, events, taken, e, prior.id);
      taken.push([ph.start, ph.end]);
      continue;
    }
    for (const e of absorbed) {
      for (const r of ctx.g.relations.values())
        if (r.type === 'HELD_IN' && r.from === e.id && !ph.comp.places.includes(r.to)) ph.comp.places.push(r.to);
      ph.comp.date ??= ctx.g.entities.get(e.id)?.attributes?.dateText;
    }
    // not a participant: the source ("According to X") or the speaker of "X said the summit would …";
    // an occasion someone is invited to ("invited B to undertake a visit") has not taken place yet
    const lead = ctx.body.slice(s.start, ph.start);
    const invitedTo = INVITED_TO_EVENT.test(lead);
    const before = invitedTo
      ? []
      : mentionsIn(ctx, s.start, ph.start, ['Person']).filter(
          (m) =>
            !/According to\s+$/.test(ctx.body.slice(Math.max(0, m.start - 14), m.start)) &&
            !SAID_BEFORE.test(ctx.body.slice(m.end, ph.start)),
        );
    // "the meeting, attended by X": a person named right after the phrase, not one a clause later
    const after = mentionsIn(ctx, ph.end, joined ? s.end : Math.min(s.end, ph.end + 60), ['Person']);
    const counterparts = ph.exact ? [] : namelessCounterparts(ctx, s.start, ph.start);
    let participants = [
      ...new Set(
        [ph.who, ...(ph.exact ? [] : [...before.slice(-3).map((m) => m.id), ...counterparts]), ...ph.comp.people].filter(
          (x): x is string => !!x,
        ),
      ),
    ];
    // "In an interview with Reuters, Minister X said …": the speaker gave it
    if (ph.kind === 'interview' && !participants.some((p) => ctx.g.typeOf(p) === 'Person')) {
      const speaker = after.find((m) =>
        /^(?:,[^,.;]{1,60},)?\s+(?:said|says|told|stated|noted|explained|added|stressed)\b/.test(ctx.body.slice(m.end, m.end + 70)),
      );
      if (speaker) {
        participants.unshift(speaker.id);
        ph.comp.people.push(speaker.id);
      }
    }
    // "the meeting was joined by …" / "Lula and Sisi discussed … . On the Brazilian side, the meeting …"
    const prev = ctx.sentences[s.index - 1];
    const quoted = ctx.quotes.some((q) => ph.start >= q.start && ph.start < q.end);
    if (!participants.length && ph.definite && !invitedTo && !quoted) participants = [...new Set(after.map((m) => m.id))].slice(0, 6);
    // the previous sentence's people for a bare back-reference only ("… . The meeting …"), not for a phrase
    // that says which occasion it is ("the visit of the president to X")
    const specific = ph.comp.people.length + ph.comp.places.length > 0 || !!ph.comp.described;
    if (!participants.length && ph.definite && !specific && !invitedTo && prev)
      participants = [...new Set(mentionsIn(ctx, prev.start, prev.end, ['Person']).map((m) => m.id))].slice(0, 3);
    // "talks between the two countries' leaders": the two countries the sentence named before
    const pair =
      ph.comp.pair && !ph.comp.people.length
        ? [...new Set(mentionsIn(ctx, s.start, ph.start, ['Country']).map((m) => m.id))].slice(-2)
        : [];
    const parties = [...new Set([...(ph.parties ?? []), ...(ph.comp.bodies ?? []), ...(pair.length === 2 ? pair : [])])].filter(
      (x) => !participants.includes(x),
    );
    if (
      !participants.length &&
      !parties.length &&
      !ph.comp.places.length &&
      !ph.comp.plans.length &&
      !ph.comp.date &&
      !ph.modified &&
      !ph.about
    )
      continue;
    // "a visit", "a meeting" with nothing to tell which is too vague to be an occasion of its own
    // ("a meeting of CEDA reviewed …" names the body that met)
    if (!ph.definite && !ph.modified && !fresh && !ph.comp.date && !ph.comp.pair && !ph.comp.bodies?.length) continue;
    const id = ctx.g.entity('Event', nameOf(ctx, ph, participants, parties), ctx.g.span(ph.start, ph.end));
    // "the visit of X to Y in December 2022" is also written without its date
    const dated = ph.comp.date
      ? new RegExp(
          String.raw`,?\s+(?:(?:(?:which|that)\s+(?:was|is|will\s+be)\s+)?held\s+)?(?:in|on)\s+${ph.comp.date.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
        ).exec(ctx.body.slice(ph.start, ph.end))
      : null;
    if (dated && ph.start + dated.index > ph.coreEnd) ctx.g.mention(id, ctx.g.span(ph.start, ph.start + dated.index));
    for (const e of absorbed) absorb(ctx, events, taken, e, id);
    for (const p of [...parties, ...attendingBodies(ctx, ph.end, s.end)])
      ctx.g.relate('PARTICIPATED_IN', p, id, [ctx.g.span(s.start, Math.max(ph.end, s.end))]);
    // "the debate on the bill" after the bill was tabled before a house: the same house sits
    const sitting = ph.about && !parties.length ? events.filter((e) => e.about && e.span.start < ph.start).at(-1) : undefined;
    if (sitting)
      for (const r of [...ctx.g.relations.values()])
        if (r.type === 'PARTICIPATED_IN' && r.to === sitting.id && ctx.g.typeOf(r.from) === 'Organization')
          ctx.g.relate('PARTICIPATED_IN', r.from, id, [ctx.g.span(ph.start, ph.end)], true);
    // a meeting or session of a body is part of it
    for (const b of ph.comp.bodies ?? [])
      if (ph.kind === 'talks' || ph.kind === 'session') ctx.g.relate('PART_OF', id, b, [ctx.g.span(ph.start, ph.end)], true);
    for (const b of ph.comp.forums ?? []) ctx.g.relate('PART_OF', id, b, [ctx.g.span(ph.start, ph.end)], true);
    if (ph.coreEnd < ph.end) ctx.g.mention(id, ctx.g.span(ph.start, ph.coreEnd));
    if (ph.pronoun) for (const e of new Set([ph.coreEnd, ph.end])) ctx.g.mention(id, ctx.g.span(ph.bodyStart, e));
    const ev = ctx.g.span(s.start, Math.max(ph.end, s.end));
    for (const p of participants)
      ctx.g.relate(
        'PARTICIPATED_IN',
        p,
        id,
        [ev],
        p !== ph.who && !ph.comp.people.includes(p) && !before.some((m) => m.id === p) && !counterparts.includes(p),
      );
    for (const pl of ph.comp.places) ctx.g.relate('HELD_IN', id, pl, [ctx.g.span(ph.start, ph.end)]);
    if (ph.comp.within) ctx.g.relate('PART_OF', id, ph.comp.within.id, [ctx.g.span(ph.start, ph.end)]);
    if (!ph.about) for (const plan of ph.comp.plans) ctx.g.relate('OUTCOME_OF', plan, id, [ctx.g.span(ph.start, ph.end)]);
    if (ph.comp.date) {
      const iso = isoDate(ph.comp.date);
      if (iso) ctx.g.attr(id, 'date', iso);
      ctx.g.attr(id, 'dateText', ph.comp.date);
    }
    taken.push([ph.start, ph.end]);
    events.push({
      id,
      span: ctx.g.span(ph.start, ph.end),
      sentence: s.index,
      participants,
      kind: ph.kind,
      ...(ph.about ? { about: ph.comp.plans } : {}),
    });
    events.sort((a, b) => a.span.start - b.span.start);
  }
  absorbIntoFollowing(ctx, events, taken);
}

/** "(leaders) met in New Delhi on 29 October for the Third X Summit": the place and date are the summit's */
function absorbIntoFollowing(ctx: Ctx, events: EventRec[], taken: [number, number][]): void {
  for (const e of events.filter((x) => x.generic)) {
    const s = ctx.sentences[e.sentence];
    if (!s) continue;
    const next = mentionsIn(ctx, e.span.end, s.end, ['Event']).find(
      (m) =>
        m.id !== e.id && /^\s*(?:for|to\s+attend|to\s+take\s+part\s+in|to\s+hold)\s+(?:the\s+)?$/.test(ctx.body.slice(e.span.end, m.start)),
    );
    if (next) absorb(ctx, events, taken, e, next.id);
  }
}

/** A later phrase with a complement is the same occasion only if it names someone or somewhere the first did. */
function shares(ctx: Ctx, e: EventRec, ph: Phrase): boolean {
  const eventId = e.id;
  // "the tabling of the budget" after "X tabled the 2024 Budget": the same bill laid before the same house
  if (ph.about && e.about?.some((p) => ph.comp.plans.includes(p))) return true;
  // "the presentation of the budget" after "presented the budget to a joint session of …": that sitting
  if (ph.about && ph.definite && !e.about && e.kind === 'session') return true;
  // the same words again ("The tabling of the budget … The tabling of the budget") are the same occasion
  const words = (t: string): string =>
    t
      .toLowerCase()
      .replace(/^(?:the|a|an)\s+/, '')
      .replace(/\s+/g, ' ');
  const again = words(ctx.body.slice(ph.bodyStart, ph.end));
  if (ctx.g.entities.get(eventId)?.mentions.some((m) => words(m.text) === again)) return true;
  const linked = new Set(
    [...ctx.g.relations.values()].filter((r) => r.to === eventId || r.from === eventId).flatMap((r) => [r.from, r.to]),
  );
  // "the EU–Mercosur talks" after "the Canada–Mercosur talks": every named party must be shared
  const parties = ph.parties ?? [];
  if (parties.length && !parties.every((x) => linked.has(x))) return false;
  const keys = [...ph.comp.people, ...ph.comp.places];
  return keys.length ? keys.some((x) => linked.has(x)) : parties.length > 0;
}

const INVITED_TO_EVENT = /\binvit\w*\b[^.;]{0,120}\bto\s+(?:undertake|pay|make|attend|join)\s+$/i;
/** "X said (that) the …": X speaks of the event */
const SAID_BEFORE = /^(?:,[^,]{1,60},)?\s+(?:said|says|told\s+\S+|stated|noted|announced|added|explained)(?:\s+that)?\s+$/;

/** what may stand between an event phrase and a place-and-date phrase that belongs to it */
const ABSORB_GAP =
  /^,?\s*(?:(?:which|that)\s+(?:was|is|will\s+be)\s+|(?:was|is|will\s+be|were|are)\s+)?(?:(?:being\s+)?held|hosted|convened|organi[sz]ed|took\s+place|takes\s+place|will\s+take\s+place|to\s+be\s+held|scheduled|due)?\s*$/;

/** Folds a place-and-date event into the phrase it belongs to: its place and date, not its mention. */
function absorb(ctx: Ctx, events: EventRec[], taken: [number, number][], e: EventRec, into: string): void {
  if (e.id === into || !events.includes(e)) return;
  for (const r of [...ctx.g.relations.values()])
    if (r.from === e.id && r.type === 'HELD_IN') ctx.g.relate('HELD_IN', into, r.to, r.evidence);
  const attrs = ctx.g.entities.get(e.id)?.attributes ?? {};
  for (const [k, v] of Object.entries(attrs)) ctx.g.attr(into, k, v);
  for (const [k, r] of [...ctx.g.relations]) if (r.from === e.id || r.to === e.id) ctx.g.relations.delete(k);
  ctx.g.entities.delete(e.id);
  events.splice(events.indexOf(e), 1);
  const t = taken.findIndex(([a, b]) => a === e.span.start && b === e.span.end);
  if (t >= 0) taken.splice(t, 1);
}

/** Meetings named by a verb (event-verbs.ts): a later "the meeting" with the same guest is the same one. */
function meetingPhrases(ctx: Ctx): Phrase[] {
  return [...meetingVerbs(ctx), ...signingCeremonies(ctx), ...tablings(ctx), ...launches(ctx), ...pressRemarks(ctx)].map((v) => ({
    start: v.start,
    bodyStart: v.start,
    end: v.end,
    coreEnd: v.coreEnd,
    kind: v.kind,
    who: v.who,
    comp: v.comp,
    definite: !v.name,
    modified: true,
    exact: true,
    label: v.head,
    name: v.name,
    parties: v.parties,
    about: v.about,
  }));
}

const NOT_PREMODIFIER_POS = new Set(['VERB', 'AUX', 'ADP', 'PRON', 'SCONJ', 'CCONJ', 'PART', 'DET', 'ADV']);

/** The tagged tokens lying inside [start, end). */
function wordsAt(ctx: Ctx, start: number, end: number): PosToken[] {
  let lo = 0;
  let hi = ctx.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: PosToken[] = [];
  for (let i = lo; i < ctx.tokens.length && ctx.tokens[i]!.end <= end; i++) out.push(ctx.tokens[i]!);
  return out;
}

function nounPhrases(ctx: Ctx): Phrase[] {
  const out: Phrase[] = [];
  NP.lastIndex = 0;
  for (let m = NP.exec(ctx.body); m; m = NP.exec(ctx.body)) {
    const { det, poss } = m.groups!;
    let { pre, head } = m.groups!;
    let len = m[0].length;
    // two event nouns in a row ("the signing ceremony", "a summit meeting"): the second is the head
    const second = COMPOUND_HEAD.exec(ctx.body.slice(m.index + len, m.index + len + 40));
    if (second) {
      pre = `${pre ?? ''}${head}${second[0].slice(0, second[0].length - second[1]!.length)}`;
      head = second[1]!;
      len += second[0].length;
    }
    const pw = (pre ?? '').split(/\s+/).filter(Boolean);
    const possWords = (poss ?? '').split(/\s+/).slice(/^the$/i.test(poss?.split(/\s+/)[0] ?? '') ? 1 : 0);
    const bad = (w: string): boolean => NOT_PREMODIFIERS.has(w.toLowerCase()) || (/(?:ed|ly)$/.test(w) && !w.includes('-'));
    // a verb is no premodifier ("will hold talks", "to attend talks"); a gerund may be one ("working visit")
    const preAt = m.index + len - head!.length - (pre ?? '').length;
    const verbal =
      pw.length > 0 &&
      wordsAt(ctx, preAt, preAt + (pre ?? '').length).some(
        // the tagger may call an ordinal ("50th") a pronoun: a numeral is never the verb
        (t) => NOT_PREMODIFIER_POS.has(t.pos) && !/ing$/i.test(t.text) && !/^\d+(?:st|nd|rd|th)$/i.test(t.text),
      );
    // at most three premodifiers besides the names of countries and bodies ("the 16th Joint Trade Commission meeting")
    const named = pw.length > 3 ? mentionsIn(ctx, preAt, preAt + (pre ?? '').length, ['Country', 'Organization', 'Place']) : [];
    const plain = pw.length - named.reduce((n, x) => n + ctx.body.slice(x.start, x.end).split(/\s+/).length, 0);
    if (plain > 3 || pw.some(bad) || verbal || (poss && possWords.some((w) => NOT_PREMODIFIERS.has(w.toLowerCase())))) {
      NP.lastIndex = m.index + 1;
      continue;
    }
    const headEnd = m.index + len;
    const possessor = poss ? mentionsIn(ctx, m.index, m.index + poss.length, ['Person']).at(-1) : undefined;
    // a possessor that is no known person ("the Chinese leader's trip") cannot be placed
    if (poss && !possessor) continue;
    const h = head!.toLowerCase();
    const kind = EVENT_HEADS[h]!;
    // "a phone call", "his televised New Year address", "the third round of negotiations"
    if ((h === 'call' || h === 'conversation' || h === 'address') && !CALL_MODIFIERS.test(pre ?? '')) continue;
    if (h === 'round' && !ROUND_OF.test(ctx.body.slice(headEnd, headEnd + 80))) continue;
    const comp = complementOf(ctx, headEnd, kind);
    // "the closing speech of the Second Summit", "his keynote speech": a speech needs a kind or an occasion
    if (h === 'speech' && !SPEECH_MODIFIERS.test(pre ?? '') && !comp.within) continue;
    // "the tabling of the budget", "the debate on the bill (at the committee level)"; bare "the presentation"
    // only refers back to an earlier sitting
    let about = false;
    let backref = false;
    if (LEGISLATIVE_HEADS.has(h)) {
      const obj = LEGISLATIVE_OBJECT.exec(ctx.body.slice(headEnd, headEnd + 120));
      if (obj) {
        const stage =
          /^(?:\s+for\s+(?:the\s+)?(?:fiscal\s+year\s+)?(?:FY)?\d{2,4}(?:[-–/]\d{2,4})?)?(?:\s+(?:in|to|before)\s+(?:the\s+)?(?:parliament|national\s+assembly|house|senate|congress)\b)?(?:\s+at\s+the\s+(?:committee|policy|second|third|first)\s+(?:level|stage|reading)\b)?/i.exec(
            ctx.body.slice(headEnd + obj[0].length, headEnd + obj[0].length + 40),
          );
        comp.end = Math.max(comp.end, headEnd + obj[0].length + (stage?.[0].length ?? 0));
        comp.described = true;
        comp.plans = mentionsIn(ctx, headEnd, comp.end, ['Plan']).map((x) => x.id);
        about = true;
      } else if (det && /^the$/i.test(det) && !pw.length) {
        backref = true;
        comp.end = headEnd;
        comp.plans = [];
        comp.people = [];
        comp.places = [];
      } else continue;
    }
    const hasDet = !!det || !!poss;
    if (!hasDet && !(BARE_HEADS.has(head!.toLowerCase()) && comp.end > headEnd)) continue;
    if (HEADS_NEEDING_MODIFIER.has(head!.toLowerCase()) && !pw.length && comp.end === headEnd && !backref) continue;
    let who = possessor?.id;
    // "At its session held on May 13, the Parliament approved …": "its" is the body the clause is about
    const owner =
      det?.toLowerCase() === 'its' && ['session', 'talks', 'summit', 'forum', 'conference'].includes(kind)
        ? ownerBody(ctx, m.index, comp.end)
        : undefined;
    if (det && PRONOUN_DET.test(det) && det.toLowerCase() !== 'their' && !owner) who = latestPerson(ctx, m.index);
    const bodyStart = m.index + len - (pre ?? '').length - head!.length;
    const parties = premodifierParties(ctx, bodyStart, headEnd - head!.length, kind, comp);
    if (owner) parties.push(owner);
    // "arrived in Riyadh on Sunday for a two-day visit", "will travel to Beijing next week on a state visit"
    // … and "will tour Peru and Chile on a trip to South America": the stops besides the region named
    if (kind === 'visit' || kind === 'tour') {
      comp.places.push(...travelledTo(ctx, m.index).filter((d) => !comp.places.includes(d)));
    }
    // "Canada and Mercosur held talks", "the EU and the AU held their sixth summit"
    const indefinite = det?.toLowerCase() === 'a' || det?.toLowerCase() === 'an';
    const heldBySubject = HELD_BY_SUBJECT.test(ctx.body.slice(Math.max(0, m.index - 20), m.index));
    if ((!indefinite || heldBySubject) && !poss) parties.push(...subjectParties(ctx, m.index));
    out.push({
      start: possessor?.start ?? m.index,
      bodyStart,
      end: comp.end,
      coreEnd: headEnd,
      kind,
      who,
      comp,
      definite: (!!det && !/^an?$/i.test(det)) || !!poss,
      modified: pw.length > 0,
      parties: [...new Set(parties)],
      about,
      backref,
      pronoun: !!det && PRONOUN_DET.test(det),
    });
  }
  return out;
}

/** Countries and bodies named in the premodifiers: "the Canada–Mercosur talks", "the EU-AU summit",
 * "a Kazakh trade mission". A city there is where it is held ("the Beijing summit"), and so is a
 * country before a visit ("his China visit"). */
function premodifierParties(ctx: Ctx, from: number, to: number, kind: EventKind, comp: Complement): string[] {
  const out: string[] = [];
  for (const m of mentionsIn(ctx, from, to, ['Country', 'Organization', 'Place'])) {
    const type = ctx.g.typeOf(m.id);
    if (type === 'Place' || (type === 'Country' && (kind === 'visit' || kind === 'tour'))) {
      if (!comp.places.includes(m.id)) comp.places.push(m.id);
    } else if (!out.includes(m.id)) out.push(m.id);
  }
  // "the G20 summit", "an ASEAN ministerial meeting": one bloc alone is the forum the event belongs to;
  // a commission or council named alone is the body that meets ("the 16th Joint Commission meeting")
  if (out.length === 1 && ctx.g.typeOf(out[0]!) === 'Organization') {
    if (MEETING_BODY.test(ctx.g.entities.get(out[0]!)!.name)) (comp.bodies ??= []).push(out[0]!);
    else (comp.forums ??= []).push(out[0]!);
    return [];
  }
  return out;
}

const MEETING_BODY = /\b(?:commission|council|committee|board|group|cabinet|parliament|assembly)\b/i;

// "arrived in Riyadh", and in wire copy "arrived Poland on a two-day visit"
const TRAVEL =
  /\b(?:(?:travel(?:s|led|ed|ling|ing)?|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|went|goes|go|going|came|comes|landed|lands)\s+(?:to|in|into)|arriv(?:e|es|ed|ing)(?:\s+(?:today|tomorrow|yesterday|on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)?)?(?:\s+(?:in|at|to))?|(?:to|will|would)\s+(?:visit|tour))\s+(?:the\s+)?$/;

/** The destinations of a travel verb before a visit phrase in the same sentence, if only time words and
 * "for"/"on" stand between: "will tour Peru, Chile and Bolivia next month on a regional trip" (all three). */
function travelledTo(ctx: Ctx, at: number): string[] {
  const s = sentenceAt(ctx.sentences, at);
  if (!s) return [];
  const before = mentionsIn(ctx, s.start, at, ['Place', 'Country']);
  const last = before.at(-1);
  if (
    !last ||
    !/^(?:\s+(?:on|this|next|last|early|late)?\s*(?:\p{Lu}\p{L}+|week|month|morning|evening|today|tomorrow|\d{1,2}(?:\s+\p{Lu}\p{L}+)?))*,?\s+(?:for|on)\s+$/u.test(
      ctx.body.slice(last.end, at),
    )
  )
    return [];
  // walk back over a list "A, B and C"
  let first = before.length - 1;
  while (first > 0 && /^(?:,|,?\s+and)\s+(?:the\s+)?$/.test(ctx.body.slice(before[first - 1]!.end, before[first]!.start))) first--;
  const dest = before[first]!;
  if (!TRAVEL.test(ctx.body.slice(Math.max(s.start, dest.start - 30), dest.start))) return [];
  return [...new Set(before.slice(first).map((d) => d.id))];
}

/** "the presentation attended by members of the Federal Executive Council (FEC)": the bodies whose members
 * attended take part ("attended by A and B" for people is read by the phrase itself). */
const ATTENDED_BY =
  /^,?\s+(?:(?:which|that)\s+)?(?:(?:was|were|is|will\s+be)\s+)?(?:joined|attended)\s+by\s+(?:(?:the\s+)?(?:members|representatives|officials|delegates|heads|ministers|delegations)\s+(?:of|from)\s+(?:the\s+)?)$/;
function attendingBodies(ctx: Ctx, end: number, sEnd: number): string[] {
  if (!/^,?\s+(?:\S+\s+){0,3}?(?:joined|attended)\s+by\s/.test(ctx.body.slice(end, end + 50))) return [];
  const org = mentionsIn(ctx, end, Math.min(sEnd, end + 120), ['Organization'])[0];
  return org && ATTENDED_BY.test(ctx.body.slice(end, org.start)) ? [org.id] : [];
}

/** "Ramaphosa and his Tanzanian counterpart witnessed …" with no name after it: the one person of the
 * article tied to that country */
const NAMELESS_COUNTERPART = /\b(?:his|her|their)\s+(\p{Lu}\p{L}+)\s+counterparts?\b(?!,?\s+(?:\p{Lu}|and\s+\p{Lu}))/gu;
function namelessCounterparts(ctx: Ctx, from: number, to: number): string[] {
  const out: string[] = [];
  for (const m of ctx.body.slice(from, to).matchAll(NAMELESS_COUNTERPART)) {
    const country = countryOf(m[1]!);
    if (!country) continue;
    const cid = [...ctx.g.entities.values()].find((e) => e.type === 'Country' && e.name === country)?.id;
    const people = [
      ...new Set(
        [...ctx.g.relations.values()]
          .filter((r) => r.type === 'AFFILIATED_WITH' && r.to === cid && ctx.g.typeOf(r.from) === 'Person')
          .map((r) => r.from),
      ),
    ];
    if (people.length === 1) out.push(people[0]!);
  }
  return out;
}

/** The body "its" stands for: the subject of the main clause right after an opening phrase ("At its session …,
 * the Parliament approved"), else the last body named before it in the sentence. */
function ownerBody(ctx: Ctx, at: number, end: number): string | undefined {
  const s = sentenceAt(ctx.sentences, at);
  if (!s) return undefined;
  const next = mentionsIn(ctx, end, s.end, ['Organization'])[0];
  if (
    next &&
    /^[^.;]{0,60}?,\s+(?:the\s+)?$/.test(ctx.body.slice(end, next.start)) &&
    /^(?:\p{Lu}\p{L}*\s+)?$/u.test(ctx.body.slice(s.start, at))
  )
    return next.id;
  return mentionsIn(ctx, s.start, at, ['Organization']).at(-1)?.id;
}

/** The countries and bodies that are the subject of a holding verb right before a phrase ("A and B held"). */
function subjectParties(ctx: Ctx, at: number): string[] {
  const s = sentenceAt(ctx.sentences, at);
  if (!s) return [];
  const verb = HOLD_VERB.exec(ctx.body.slice(s.start, at));
  if (!verb) return [];
  const verbAt = s.start + verb.index;
  const found = mentionsIn(ctx, s.start, verbAt, ['Country', 'Organization', 'Person']);
  const chain: typeof found = [];
  let end = verbAt;
  for (let i = found.length - 1; i >= 0; i--) {
    const m = found[i]!;
    if (m.end > end) continue;
    const gap = ctx.body.slice(m.end, end);
    if (chain.length ? !/^\s*(?:,|,?\s+and)\s+(?:the\s+)?$/.test(gap) : !/^\s*(?:(?:have|has|had|will|also|jointly)\s+)*$/.test(gap)) break;
    chain.unshift(m);
    end = m.start;
  }
  return chain.filter((m) => ctx.g.typeOf(m.id) !== 'Person').map((m) => m.id);
}

function verbPhrases(ctx: Ctx): Phrase[] {
  const out: Phrase[] = [];
  for (const m of ctx.body.matchAll(VISIT_VERB)) {
    const at = m.index + m[0].length;
    const calledOn = m[0].startsWith('called');
    const target = mentionsIn(ctx, at, at + 60, calledOn ? ['Person'] : ['Place', 'Country'])[0];
    // the object must follow the verb directly (titles or "the" only in between)
    if (!target || /[,.;]|\b(?:to|for|that)\b/.test(ctx.body.slice(at, target.start))) continue;
    const subject = latestPerson(ctx, m.index);
    const s = sentenceAt(ctx.sentences, m.index);
    if (!subject || !s || !mentionsIn(ctx, s.start, m.index, ['Person']).length) continue;
    const comp: Complement = { end: target.end, people: calledOn ? [target.id] : [], places: calledOn ? [] : [target.id], plans: [] };
    out.push({
      start: m.index,
      bodyStart: m.index,
      end: target.end,
      coreEnd: calledOn ? m.index + m[0].trimEnd().length : target.end,
      kind: calledOn ? 'talks' : 'visit',
      who: subject,
      comp,
      definite: false,
      modified: true,
    });
  }
  return out;
}

/** The person named last before an offset, outside quotes (for "his visit", "X visited"):
 * in "“(Li) will travel …,” the minister said during his visit" the quote's Li is not "his". */
function latestPerson(ctx: Ctx, at: number): string | undefined {
  const outside = (m: { start: number }): boolean => !ctx.quotes.some((q) => m.start >= q.start && m.start < q.end);
  const named = mentionsIn(ctx, Math.max(0, at - 400), at, ['Person'])
    .filter(outside)
    .at(-1);
  // "…,” the French minister said during his visit": a title standing for a person, later than the last
  // name, is whom "his" refers to (descriptions are linked to people only after events are found)
  const s = sentenceAt(ctx.sentences, at);
  if (s) {
    const from = Math.max(s.start, named?.end ?? 0);
    const titled = [...ctx.body.slice(from, at).matchAll(TITLE_DESCRIPTION)].filter((d) => outside({ start: from + d.index })).at(-1);
    const who = titled && resolvePerson(ctx, from + titled.index, from + titled.index + titled[0].length);
    if (who) return who;
  }
  return named?.id;
}
const TITLE_DESCRIPTION =
  /\bthe\s+(?:\p{Lu}\p{L}+\s+)?(?:(?:deputy|vice|prime|foreign|first)\s+)?(?:minister|president|premier|chancellor|leader)\b/giu;

function nameOf(ctx: Ctx, ph: Phrase, participants: string[], parties: string[]): string {
  const surname = (id: string): string => ctx.people.get(id)?.surname ?? ctx.g.entities.get(id)?.name ?? '';
  const place = ph.comp.places[0] ? ctx.g.entities.get(ph.comp.places[0])!.name : undefined;
  if (ph.name) return ph.name;
  if (ph.label) return `${[...new Set(participants.map(surname))].join('–')} ${ph.label}${place ? ` in ${place}` : ''}`;
  const lower = tidy(ctx.body.slice(ph.bodyStart, ph.end));
  const core = ctx.body.slice(ph.bodyStart, ph.coreEnd).replace(/\s+/g, ' ');
  const visitor = ph.who ?? (participants.length === 1 ? participants[0] : undefined);
  if ((ph.kind === 'visit' || ph.kind === 'tour') && visitor) {
    const base = /^(?:visited|paid)/.test(core) ? 'visit' : core;
    return `${surname(visitor)}'s ${base}${place && !base.includes(place) ? ` to ${place}` : ''}`;
  }
  const titled = /\p{Lu}/u.test(core.slice(1));
  if (ph.kind === 'talks' && participants.length && !titled) {
    const head = core.split(' ').at(-1)!.toLowerCase();
    return `${[...new Set(participants.map(surname))].join('–')} ${head === 'talks' || head === 'negotiations' ? head : 'meeting'}${place ? ` in ${place}` : ''}`;
  }
  if (!titled && participants.length && ['interview', 'conference'].includes(ph.kind)) return `${surname(participants[0]!)} ${lower}`;
  // "talks between the two countries' leaders in Hanoi" → "Vietnam–Indonesia talks in Hanoi"
  if (
    !titled &&
    !participants.length &&
    parties.length >= 2 &&
    !ctx.g.entities.get(parties[0]!)?.mentions.some((m) => m.start >= ph.bodyStart && m.end <= ph.coreEnd)
  ) {
    const names = parties.slice(0, 3).map((p) => ctx.g.entities.get(p)?.name ?? '');
    return `${names.join('–')} ${lower.replace(/ between (?:the two|both) [^,]*?(?=(?: in | at | on )|$)/, '')}`;
  }
  // "its session held on May 13" → "National Assembly session"
  if (!titled && parties.length === 1 && /^[\p{L}-]+$/u.test(lower.trim()))
    return `${ctx.g.entities.get(parties[0]!)?.name ?? ''} ${lower.trim()}`;
  return cap(lower);
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** A phrase as a name: without "was held" before its place and without the day ("on Friday", "today"). */
const tidy = (t: string): string =>
  t
    .replace(/\s+/g, ' ')
    .replace(/^(?:upcoming|forthcoming|recent|ongoing|planned|proposed|scheduled|expected) /i, '')
    .replace(
      /,? (?:(?:which|that) )?(?:(?:was|is|were|are|will be|would be) )?(?:(?:being )?held|convened|hosted|organi[sz]ed|took place|takes place|(?:will|would|is to|was to|is due to) (?:take place|be held))(?= (?:in|at|on) )/g,
      '',
    )
    .replace(
      / (?:on |last |next )?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?\b/g,
      '',
    )
    .replace(/ (?:today|yesterday|tomorrow)\b/g, '')
    .replace(DAY_DATE, '')
    .replace(/ \([^()]*\)/g, '');
/** a day's date in a name ("on May 24", "on 12 May 2023"): the occasion is named without it */
const DAY_DATE = new RegExp(String.raw` on (?:${DATE_SRC})(?![\p{L}\p{N}])`, 'gu');
