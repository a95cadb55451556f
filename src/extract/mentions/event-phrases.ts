// Events named by a noun phrase ("his 10th visit to China", "an interview with RIA Novosti",
// "the talks") or a visit verb ("Erdogan visited the United Arab Emirates", "X called on Y").
// Runs after the place-and-date patterns of events.ts and never re-reads their text. A definite
// phrase without a new complement ("the visit", "the meeting") is the latest event of its kind.
import type { Ctx } from '../context.ts';
import type { EventRec } from './events.ts';
import { isoDate } from '../text/dates.ts';
import { BARE_HEADS, EVENT_HEADS, HEADS_NEEDING_MODIFIER, NOT_PREMODIFIERS, type EventKind } from '../data/event-heads.ts';
import { complementOf, mentionsIn, type Complement } from './event-complements.ts';
import { sentenceAt } from '../text/sentences.ts';

const HEAD = Object.keys(EVENT_HEADS).map((h) => `[${h[0]}${h[0]!.toUpperCase()}]${h.slice(1)}`).join('|');
const NP = new RegExp(String.raw`(?<![\p{L}\p{N}'’-])(?:(?<det>[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his)\s+|(?<poss>(?:[Tt]he\s+)?(?:[\p{L}.-]+\s+){0,3}?[\p{L}.-]+)['’]s\s+)?(?<pre>(?:[\p{L}\p{N}][\p{L}\p{N}-]*\s+){0,3}?)(?<head>${HEAD})(?![\p{L}\p{N}-])`, 'gu');
// "Erdogan visited the United Arab Emirates", "Qureshi called on Foreign Minister Gunawardena"
const VISIT_VERB = /\b(?:visited|called on|paid a visit to|paid an official visit to|paid a state visit to)\s+/gu;
const PRONOUN_DET = /^(?:his|her|their|its)$/i;

// bodyStart: after the determiner or possessor; core: up to the head noun; modified: premodifiers
// that make the phrase specific ("press conference", "10th visit")
interface Phrase { start: number; bodyStart: number; end: number; coreEnd: number; kind: EventKind; who?: string; comp: Complement; definite: boolean; modified: boolean }

export function extractEventPhrases(ctx: Ctx, events: EventRec[], taken: [number, number][]): void {
  const phrases = [...verbPhrases(ctx), ...nounPhrases(ctx)].sort((a, b) => a.start - b.start);
  for (const ph of phrases) {
    if (taken.some(([a, b]) => ph.start < b && ph.end > a)) continue;
    if (ctx.quotes.some((q) => ph.start >= q.start && ph.start < q.end)) continue;
    const s = sentenceAt(ctx.sentences, ph.start);
    if (!s) continue;
    const earlier = events.filter((e) => e.kind === ph.kind && e.span.start < ph.start);
    const fresh = ph.comp.people.length + ph.comp.places.length + ph.comp.plans.length > 0 || ph.comp.described;
    // "the first meeting", "his 10th visit": an ordinal names a new occasion
    const ordinal = /\b(?:first|second|third|next|last|\d+(?:st|nd|rd|th))\b/i.test(ctx.body.slice(ph.bodyStart, ph.coreEnd));
    const prior = fresh ? earlier.filter((e) => shares(ctx, e.id, ph)).at(-1) : earlier.at(-1);
    if (ph.definite && !ordinal && prior) {
      ctx.g.mention(prior.id, ctx.g.span(ph.start, ph.end));
      taken.push([ph.start, ph.end]);
      continue;
    }
    const before = mentionsIn(ctx, s.start, ph.start, ['Person']).filter((m) => !/According to\s+$/.test(ctx.body.slice(Math.max(0, m.start - 14), m.start)));
    const after = mentionsIn(ctx, ph.end, s.end, ['Person']);
    let participants = [...new Set([ph.who, ...before.slice(-3).map((m) => m.id), ...ph.comp.people].filter((x): x is string => !!x))];
    // "the meeting was joined by …" / "Lula and Sisi discussed … . On the Brazilian side, the meeting …"
    const prev = ctx.sentences[s.index - 1];
    if (!participants.length && ph.definite) participants = [...new Set(after.map((m) => m.id))].slice(0, 6);
    if (!participants.length && ph.definite && prev) participants = [...new Set(mentionsIn(ctx, prev.start, prev.end, ['Person']).map((m) => m.id))].slice(0, 3);
    if (!participants.length && !ph.comp.places.length && !ph.comp.date && !ph.modified) continue;
    // "a visit", "a meeting" with nothing to tell which is too vague to be an occasion of its own
    if (!ph.definite && !ph.modified && !fresh && !ph.comp.date) continue;
    const id = ctx.g.entity('Event', nameOf(ctx, ph, participants), ctx.g.span(ph.start, ph.end));
    if (ph.coreEnd < ph.end) ctx.g.mention(id, ctx.g.span(ph.start, ph.coreEnd));
    const ev = ctx.g.span(s.start, Math.max(ph.end, s.end));
    for (const p of participants) ctx.g.relate('PARTICIPATED_IN', p, id, [ev], p !== ph.who && !ph.comp.people.includes(p) && !before.some((m) => m.id === p));
    for (const pl of ph.comp.places) ctx.g.relate('HELD_IN', id, pl, [ctx.g.span(ph.start, ph.end)]);
    for (const plan of ph.comp.plans) ctx.g.relate('OUTCOME_OF', plan, id, [ctx.g.span(ph.start, ph.end)]);
    if (ph.comp.date) {
      const iso = isoDate(ph.comp.date);
      if (iso) ctx.g.attr(id, 'date', iso);
      ctx.g.attr(id, 'dateText', ph.comp.date);
    }
    taken.push([ph.start, ph.end]);
    events.push({ id, span: ctx.g.span(ph.start, ph.end), sentence: s.index, participants, kind: ph.kind });
    events.sort((a, b) => a.span.start - b.span.start);
  }
}

/** A later phrase with a complement is the same occasion only if it names someone or somewhere the first did. */
function shares(ctx: Ctx, eventId: string, ph: Phrase): boolean {
  const linked = new Set([...ctx.g.relations.values()].filter((r) => r.to === eventId || r.from === eventId).flatMap((r) => [r.from, r.to]));
  return [...ph.comp.people, ...ph.comp.places].some((x) => linked.has(x));
}

function nounPhrases(ctx: Ctx): Phrase[] {
  const out: Phrase[] = [];
  NP.lastIndex = 0;
  for (let m = NP.exec(ctx.body); m; m = NP.exec(ctx.body)) {
    const { det, poss, pre, head } = m.groups!;
    const pw = (pre ?? '').split(/\s+/).filter(Boolean);
    const possWords = (poss ?? '').split(/\s+/).slice(/^the$/i.test(poss?.split(/\s+/)[0] ?? '') ? 1 : 0);
    const bad = (w: string): boolean => NOT_PREMODIFIERS.has(w.toLowerCase()) || (/(?:ed|ly)$/.test(w) && !w.includes('-'));
    if (pw.some(bad) || (poss && possWords.some((w) => NOT_PREMODIFIERS.has(w.toLowerCase())))) {
      NP.lastIndex = m.index + 1;
      continue;
    }
    const headEnd = m.index + m[0].length;
    const possessor = poss ? mentionsIn(ctx, m.index, m.index + poss.length, ['Person']).at(-1) : undefined;
    // a possessor that is no known person ("the Chinese leader's trip") cannot be placed
    if (poss && !possessor) continue;
    const kind = EVENT_HEADS[head!.toLowerCase()]!;
    const comp = complementOf(ctx, headEnd, kind);
    const hasDet = !!det || !!poss;
    if (!hasDet && !(BARE_HEADS.has(head!.toLowerCase()) && comp.end > headEnd)) continue;
    if (HEADS_NEEDING_MODIFIER.has(head!.toLowerCase()) && !pw.length && comp.end === headEnd) continue;
    let who = possessor?.id;
    if (det && PRONOUN_DET.test(det) && det.toLowerCase() !== 'their') who = latestPerson(ctx, m.index);
    const bodyStart = m.index + m[0].length - (pre ?? '').length - head!.length;
    out.push({
      start: possessor?.start ?? m.index, bodyStart, end: comp.end, coreEnd: headEnd, kind, who, comp,
      definite: !!det && !/^an?$/i.test(det) || !!poss, modified: pw.length > 0,
    });
  }
  return out;
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
    out.push({ start: m.index, bodyStart: m.index, end: target.end, coreEnd: calledOn ? m.index + m[0].trimEnd().length : target.end,
      kind: calledOn ? 'talks' : 'visit', who: subject, comp, definite: false, modified: true });
  }
  return out;
}

/** The person named last before an offset, outside quotes (for "his visit", "X visited"):
 * in "“(Li) will travel …,” the minister said during his visit" the quote's Li is not "his". */
function latestPerson(ctx: Ctx, at: number): string | undefined {
  const outside = (m: { start: number }): boolean => !ctx.quotes.some((q) => m.start >= q.start && m.start < q.end);
  return mentionsIn(ctx, Math.max(0, at - 400), at, ['Person']).filter(outside).at(-1)?.id;
}

function nameOf(ctx: Ctx, ph: Phrase, participants: string[]): string {
  const surname = (id: string): string => ctx.people.get(id)?.surname ?? ctx.g.entities.get(id)?.name ?? '';
  const place = ph.comp.places[0] ? ctx.g.entities.get(ph.comp.places[0])!.name : undefined;
  const lower = ctx.body.slice(ph.bodyStart, ph.end).replace(/\s+/g, ' ');
  const core = ctx.body.slice(ph.bodyStart, ph.coreEnd).replace(/\s+/g, ' ');
  if ((ph.kind === 'visit' || ph.kind === 'tour') && ph.who) {
    return `${surname(ph.who)}'s ${/^(?:visited|paid)/.test(core) ? 'visit' : core}${place ? ` to ${place}` : ''}`;
  }
  const titled = /\p{Lu}/u.test(core.slice(1));
  if (ph.kind === 'talks' && participants.length && !titled) {
    const head = core.split(' ').at(-1)!.toLowerCase();
    return `${[...new Set(participants.map(surname))].join('–')} ${head === 'talks' || head === 'negotiations' ? head : 'meeting'}${place ? ` in ${place}` : ''}`;
  }
  if (!titled && participants.length && ['interview', 'conference'].includes(ph.kind)) return `${surname(participants[0]!)} ${lower}`;
  return cap(lower);
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
