// Who took part in an occasion, read from the clause around the event mention rather than from the
// event's own phrase (which event-phrases.ts reads):
// - an attendance verb with the event as its object: "A and B witnessed the signing ceremony",
//   "The two leaders … while attending an official ceremony", "They presided over the signing";
// - a clause opening with the occasion: "At a business forum organised during the visit, …, President
//   A described …", "During the talks, A said": the main clause's subject was there;
// - the host a visitor meets: "A made a visit to C and met with President B": B took part in the visit;
// - "Also in attendance were A, B and C", "Also present were …": the people listed took part in the
//   occasion the sentences before named last;
// - who chairs or leads an occasion took part in it.
// Group subjects ("they", "the two leaders", "both sides") are resolved to the people of the nearest
// earlier sentence naming two or more, or to the article's two main countries.
import type { Ctx } from '../context.ts';
import { LEADER_TITLES } from '../data/offices.ts';
import { type At, blankMentions, mentionsIn } from '../mentions/event-complements.ts';
import { mainCountries } from '../resolve/inference.ts';
import type { Sentence } from '../text/sentences.ts';

/** the verb whose object is the occasion, then at most three modifiers before the event mention */
const ATTEND =
  /\b(?:attended|attending|attend|attends|witnessed|witnessing|witness|joined|joining|took\s+part\s+in|taking\s+part\s+in|take\s+part\s+in|participated\s+in|participating\s+in|participate\s+in|presided\s+over|presiding\s+over|graced|addressed|addressing)\s+(?:(?:the|a|an|this|that|his|her|their|its)\s+)?(?:[\p{L}\d’'-]+\s+){0,3}$/u;
/** a participle or adverbial clause: its subject is the sentence's */
const PARTICIPLE = /(?:,|\bwhile|\bafter|\bbefore|\bwhen|\band)\s+(?:also\s+)?\p{Ll}+ing\b/u;
/** the occasion a sentence opens with */
const OPENING =
  /^(?:\p{Lu}\p{L}*,\s+)?(?:At|During|On\s+the\s+(?:sidelines|margins)\s+of|In\s+the\s+course\s+of|Speaking\s+at|Addressing|(?:(?:A|One|Two)\s+days?\s+|Shortly\s+|Soon\s+)?(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen)\s+(?:attending|taking\s+part\s+in|participating\s+in|addressing))\s+(?:the\s+|a\s+|an\s+)?/u;
/** a name or title run before the main clause's subject: "…, President ", "…, Egypt's Foreign Minister " */
const SUBJECT_LEAD = /,\s+(?:(?:the|\p{Lu}[\p{L}’'.-]*|of|for|and)\s+)*$/u;
/** subjects named as a group: "they", "the two leaders", "both sides" */
const GROUP_SRC = String.raw`(?:[Tt]hey|(?:[Tt]he\s+two|[Bb]oth(?:\s+the)?|[Tt]he)\s+(?<noun>leaders|presidents|prime\s+ministers|ministers|heads\s+of\s+state|sides|countries|nations|governments))`;
/** what may stand between a subject and its verb: auxiliaries and adverbs */
const BEFORE_VERB = String.raw`(?:(?:also|later|then|jointly|together|have|had|has|will|would)\s+)*`;
/** a group right before the verb */
const GROUP = new RegExp(String.raw`(?:^|[,;]\s+|\b(?:and|while)\s+)${GROUP_SRC}\s+${BEFORE_VERB}$`, 'u');
/** a named subject right before the verb */
const TO_VERB = new RegExp(String.raw`^\s*${BEFORE_VERB}$`);
/** a group opening the sentence, maybe after a time word ("Later, they …") */
const OPENING_GROUP = new RegExp(String.raw`^(?:\p{Lu}\p{L}*,\s+)?${GROUP_SRC}\b`, 'u');
const CHAIN_GAP = /^\s*(?:,|,?\s+and)\s+(?:(?:the|his|her|its|their)\s+)?(?:(?:\p{Lu}[\p{L}.’'-]*|of|for),?\s+)*$/u;
const HOST = /^(?:met|meets|held\s+talks)\s+(?:with\s+)?(?:(?:the\s+)?(?:\p{Lu}[\p{L}’'.-]*|of|and)\s+){0,5}$/u;
const PARTIES = ['Person', 'Country', 'Organization'] as const;
/** a title between two chain members reads as one capitalised word */
const TITLES = { Office: 'Title' };

export function linkAttendance(ctx: Ctx): void {
  const { g, body } = ctx;
  const inQuote = (at: number) => ctx.quotes.some((q) => at >= q.start && at < q.end);
  ctx.sentences.forEach((s, i) => {
    const events = mentionsIn(ctx, s.start, s.end, ['Event']).filter((e) => !inQuote(e.start));
    for (const e of events) {
      const lead = body.slice(s.start, e.start);
      const verb = ATTEND.exec(lead);
      if (!verb) continue;
      const verbAt = s.start + verb.index;
      const participle = PARTICIPLE.test(body.slice(Math.max(s.start, verbAt - 12), verbAt + 12));
      const who = participle ? sentenceSubject(ctx, s, i, verbAt) : subjectBefore(ctx, s, i, verbAt);
      for (const p of who) g.relate('PARTICIPATED_IN', p, e.id, [g.span(s.start, e.end)]);
    }
    const opening = OPENING.exec(s.text);
    // the event mention may or may not include the article the cue ends with
    const occasion = opening && events.find((e) => e.start >= s.start + opening.index && e.start <= s.start + opening[0].length);
    if (occasion) {
      const subject = mentionsIn(ctx, occasion.end, s.end, ['Person']).find(
        (p) => !inQuote(p.start) && SUBJECT_LEAD.test(body.slice(occasion.end, p.start)) && verbFollows(ctx, p.end, s.end),
      );
      if (subject) g.relate('PARTICIPATED_IN', subject.id, occasion.id, [g.span(s.start, subject.end)]);
    }
    visitHosts(ctx, s, events);
    present(ctx, s, i);
  });
  // who chairs or leads an occasion is there
  for (const r of [...g.relations.values()])
    if ((r.type === 'CO_CHAIRS' || r.type === 'LEADS') && g.typeOf(r.from) === 'Person' && g.typeOf(r.to) === 'Event')
      g.relate('PARTICIPATED_IN', r.from, r.to, r.evidence, r.implicit);
}

/** whether the next word after `at` (past adverbs) is a verb: the name before it is a clause's subject */
function verbFollows(ctx: Ctx, at: number, end: number): boolean {
  const next = ctx.tokens.find((t) => t.start >= at && t.end <= end && t.pos !== 'ADV' && t.pos !== 'PUNCT');
  return next?.pos === 'VERB' || next?.pos === 'AUX';
}

/** the parties named right before the verb: a chain "A, B and C", titles allowed between, or a group */
function subjectBefore(ctx: Ctx, s: Sentence, i: number, verbAt: number): string[] {
  const group = GROUP.exec(ctx.body.slice(s.start, verbAt));
  if (group) return resolveGroup(ctx, i, group.groups!.noun);
  const parties = partiesIn(ctx, s.start, verbAt);
  const last = parties.at(-1);
  if (!last || !TO_VERB.test(ctx.body.slice(last.end, verbAt))) return [];
  return chainEndingAt(ctx, parties, last).map((p) => p.id);
}

/** the subject of the sentence a participle clause hangs on: its opening chain or group */
function sentenceSubject(ctx: Ctx, s: Sentence, i: number, verbAt: number): string[] {
  const head = ctx.body.slice(s.start, verbAt);
  const group = OPENING_GROUP.exec(head);
  if (group) return resolveGroup(ctx, i, group.groups!.noun);
  const parties = partiesIn(ctx, s.start, verbAt);
  const first = parties[0];
  if (!first || !/^(?:(?:the|\p{Lu}[\p{L}’'.-]*|of)\s+)*$/u.test(ctx.body.slice(s.start, first.start))) return [];
  // extend the chain forward from the opening name
  const chain = [first];
  for (const p of parties.slice(1)) {
    if (p.start < chain.at(-1)!.end) continue;
    if (!CHAIN_GAP.test(blankMentions(ctx, chain.at(-1)!.end, p.start, TITLES))) break;
    chain.push(p);
  }
  return chain.map((p) => p.id);
}

/** people, countries and bodies named in [start, end), except those inside a title ("Prime Minister of Portugal") */
function partiesIn(ctx: Ctx, start: number, end: number): At[] {
  const titles = mentionsIn(ctx, start, end, ['Office']);
  return mentionsIn(ctx, start, end, [...PARTIES]).filter((p) => !titles.some((t) => p.start >= t.start && p.end <= t.end));
}

function chainEndingAt(ctx: Ctx, parties: At[], last: At): At[] {
  const chain = [last];
  for (let j = parties.indexOf(last) - 1; j >= 0; j--) {
    const p = parties[j]!;
    if (p.end > chain[0]!.start) continue;
    if (!CHAIN_GAP.test(blankMentions(ctx, p.end, chain[0]!.start, TITLES))) break;
    chain.unshift(p);
  }
  return chain;
}

/** "they", "the two leaders" → the people of the nearest earlier sentence naming two or more (its
 * leaders when it names more); "both sides", "the two countries" → the article's two main countries */
function resolveGroup(ctx: Ctx, i: number, noun: string | undefined): string[] {
  if (noun && /^(?:sides|countries|nations|governments)$/.test(noun)) return mainCountries(ctx).map((c) => ctx.g.entity('Country', c));
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    const s = ctx.sentences[j]!;
    const ids = [...new Set(mentionsIn(ctx, s.start, s.end, ['Person']).map((p) => p.id))];
    if (ids.length < 2) continue;
    if (ids.length === 2 || !noun || noun === 'ministers') return ids.slice(0, 2);
    const leaders = ids.filter((id) => ctx.people.get(id)?.titles.some((t) => LEADER_TITLES.includes(t)));
    return leaders.length >= 2 ? leaders : ids.slice(0, 2);
  }
  return [];
}

/** "A made a state visit to C … and met with President B": the person met during the visit took part in it */
function visitHosts(ctx: Ctx, s: Sentence, events: At[]): void {
  const { g, body } = ctx;
  for (const v of events) {
    if (!/\b(?:visit|tour|trip)\b/i.test(g.entities.get(v.id)?.name ?? '')) continue;
    const visitors = [...g.relations.values()].filter((r) => r.type === 'PARTICIPATED_IN' && r.to === v.id).map((r) => r.from);
    if (!visitors.length) continue;
    for (const p of mentionsIn(ctx, v.end, s.end, ['Person'])) {
      const between = body.slice(v.end, p.start);
      const verb = [...between.matchAll(/\b(?:met|meets|held\s+talks)\b/g)].at(-1);
      if (!verb || visitors.includes(p.id) || !HOST.test(between.slice(verb.index))) continue;
      g.relate('PARTICIPATED_IN', p.id, v.id, [g.span(s.start, p.end)]);
    }
  }
}

/** a sentence that lists who was there: "Also in attendance were …", "Present at the talks were …" */
const PRESENT =
  /^(?:Also\s+)?(?:in\s+attendance|present|attending)(?:\s+(?:at|during)\s+the\s+[\p{L}-]+)?\s+(?:were|was)\b|^(?:[^,.;]{1,80}?)\s+(?:were|was)\s+also\s+(?:present|in\s+attendance)\b/iu;

function present(ctx: Ctx, s: Sentence, i: number): void {
  if (!PRESENT.test(s.text)) return;
  // the occasion: the last event named in this sentence or the two before it
  const from = ctx.sentences[Math.max(0, i - 2)]!.start;
  const occasion = mentionsIn(ctx, from, s.end, ['Event']).at(-1);
  if (!occasion) return;
  for (const p of mentionsIn(ctx, s.start, s.end, ['Person']))
    ctx.g.relate('PARTICIPATED_IN', p.id, occasion.id, [ctx.g.span(s.start, s.end)]);
}
