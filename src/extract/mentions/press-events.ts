// Remarks to the press or to a legislature, named by a verb: "X told reporters on Monday", "Speaking
// to journalists, X said …", "X briefed correspondents in Oslo", "X and Y gave remarks to newsmen".
// News copy reports such an occasion as an event (an interview, a briefing) whoever the audience; the
// audience nouns are a closed table (data/event-heads.ts), so "told the farmers" or "spoke to his
// counterpart" name none, and a bare "X told reporters (that) …" is an attribution of speech, not an
// occasion, unless a day or a place anchors it. "X told Reuters in an interview" is an interview with
// that outlet (an organisation another pass found right after the verb). The speaker is the person right before the verb, or, for a sentence-opening
// participle, the first person named after its clause; place and date follow the audience.
import type { Ctx } from '../context.ts';
import { PRESS_AUDIENCE } from '../data/event-heads.ts';
import { complementOf, mentionsIn, type At } from './event-complements.ts';
import { subjectChain, type VerbMeeting } from './event-verbs.ts';
import { sentenceAt } from '../text/sentences.ts';

const AUDIENCE = String.raw`(?:the\s+|a\s+group\s+of\s+|local\s+|foreign\s+|visiting\s+)?(?<aud>${PRESS_AUDIENCE.join('|')})(?![\p{L}-])`;
/** "told reporters", "briefed the media", "gave remarks to journalists", "spoke to correspondents" */
const FINITE = new RegExp(
  String.raw`\b(?:told|tells|briefed|briefs|(?:spoke|speaks|talked|talks)\s+to|(?:made|makes|gave|gives|delivered)\s+(?:a\s+|brief\s+|joint\s+|separate\s+)*(?:statements?|remarks|comments)\s+to)\s+${AUDIENCE}`,
  'gu',
);
/** "Speaking to reporters, …", "Talking to journalists after the session, …" */
const PARTICIPLE = new RegExp(String.raw`(?:^|[,;]\s*)(?:[Ss]peaking|[Tt]alking)\s+to\s+${AUDIENCE}`, 'gu');

/** "told Reuters in an interview", "told the agency in an exclusive interview on Monday" */
const TOLD_IN_INTERVIEW = /^\s+in\s+an?\s+(?:exclusive\s+|recent\s+|telephone\s+|written\s+|televised\s+|joint\s+)?interview\b/;

export function pressRemarks(ctx: Ctx): VerbMeeting[] {
  const out: VerbMeeting[] = [];
  const { body } = ctx;
  const inQuote = (at: number): boolean => ctx.quotes.some((q) => at >= q.start && at < q.end);
  const push = (start: number, audEnd: number, who: At[], aud: string): void => {
    const comp = complementOf(ctx, audEnd, 'interview');
    comp.people = who.slice(1).map((p) => p.id);
    const names = who.map((p) => ctx.people.get(p.id)?.surname ?? ctx.g.entities.get(p.id)?.name ?? '');
    const press = !/^(?:MPs|lawmakers|legislators|parliamentarians|senators)$/i.test(aud);
    out.push({
      start,
      end: comp.end,
      coreEnd: audEnd,
      kind: 'interview',
      who: who[0]!.id,
      comp,
      head: press ? 'remarks' : 'briefing',
      name: `${names.join(' and ')}${names.length > 1 ? '' : "'s"} ${press ? 'remarks to the press' : `briefing to ${aud}`}`,
    });
  };
  for (const m of body.matchAll(FINITE)) {
    const s = sentenceAt(ctx.sentences, m.index);
    if (!s || inQuote(m.index)) continue;
    const audEnd = m.index + m[0].length;
    // "X told reporters (that) …" only attributes what was said; told on a day or in a place, it was an occasion
    if (/^tell|^told/.test(m[0]) && complementOf(ctx, audEnd, 'interview').end === audEnd) continue;
    const who = subjectChain(ctx, s.start, m.index);
    if (who.length) push(m.index, audEnd, who, m.groups!.aud!);
  }
  // "X told Reuters in an interview": an interview of X by that outlet
  for (const m of body.matchAll(/\b(?:told|tells)\s+(?:the\s+)?/g)) {
    const s = sentenceAt(ctx.sentences, m.index);
    if (!s || inQuote(m.index)) continue;
    const outlet = mentionsIn(ctx, m.index + m[0].length, s.end, ['Organization'])[0];
    const cue = outlet && outlet.start === m.index + m[0].length ? TOLD_IN_INTERVIEW.exec(body.slice(outlet.end, s.end)) : null;
    const who = cue ? subjectChain(ctx, s.start, m.index) : [];
    if (!cue || !who.length) continue;
    const end = outlet!.end + cue[0].length;
    const comp = complementOf(ctx, end, 'interview');
    const outletName = ctx.g.entities.get(outlet!.id)?.name ?? '';
    const surname = ctx.people.get(who[0]!.id)?.surname ?? ctx.g.entities.get(who[0]!.id)?.name ?? '';
    out.push({
      start: m.index,
      end: comp.end,
      coreEnd: end,
      kind: 'interview',
      who: who[0]!.id,
      comp,
      head: 'interview',
      name: `${surname} interview with ${outletName}`,
      parties: [outlet!.id],
    });
  }
  for (const m of body.matchAll(PARTICIPLE)) {
    const at = m.index + m[0].search(/\S(?=[\p{L}]*ing\s)/u);
    const s = sentenceAt(ctx.sentences, at);
    if (!s || inQuote(at) || (at > s.start && !/[,;]\s*$/.test(body.slice(s.start, at)))) continue;
    // the speaker is the subject of the clause the participle opens onto (or, trailing, the one it closes)
    const clauseEnd = body.indexOf(',', m.index + m[0].length);
    const after = clauseEnd > 0 && clauseEnd < s.end ? mentionsIn(ctx, clauseEnd, s.end, ['Person'])[0] : undefined;
    const before = mentionsIn(ctx, s.start, at, ['Person']).at(-1);
    const who = at === s.start ? after : before;
    if (who) push(at, m.index + m[0].length, [who], m.groups!.aud!);
  }
  return out;
}
