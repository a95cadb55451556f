// Direct quotations and reported speech, attributed at the quote level so a quote spanning
// sentences keeps its speaker. Sentences are visited in order so that pronouns ("he said")
// resolve to the speaker salient at that point.
import type { Ctx } from '../context.ts';
import type { Span } from '../../model/extracted-graph.ts';
import { articleId, statementId } from '../../model/ids.ts';
import { wordCount, type Quote } from '../text/quotes.ts';
import { resolvePerson, lastSpeaker, isDescription } from '../resolve/coref.ts';
import { SPEECH_VERBS, LISTENERS } from '../data/cues.ts';
import { alternation, countryOf } from '../data/lexicon.ts';
import { articleOfficeHits } from '../mentions/offices.ts';

const VERB = `(?:${alternation(SPEECH_VERBS)})`;
const AFTER_VERB_FIRST = new RegExp(`^[\\s,.]*[–—-]?\\s*(${VERB})\\s+([^,.;:\\n“”"]{1,80})`);
const AFTER_SPEAKER_FIRST = new RegExp(`^[\\s,.]*[–—-]?\\s*([^,.;:\\n“”"]{1,80}?)\\s+(?:also\\s+)?${VERB}\\b`);
const BEFORE = new RegExp(`([^.,;:“”"\\n]{1,80}?)\\s+(?:also\\s+)?${VERB}(?:\\s+[\\w’']+){0,4}\\s*[:,]?\\s*$`);
const ACCORDING = /^According to ([^,]{1,80}),\s+/;
const PARENTHETICAL = new RegExp(`^(?:[^,]{0,40},\\s+)?([^,]{1,40}?)\\s+${VERB},\\s+`);
// "CLAUSE, SPEAKER said." / "CLAUSE, said SPEAKER." after a comma, and "SPEAKER said …" (compiled
// once: built per comma of every sentence, their long verb alternation was hashed each time)
const TAIL_SPEAKER_VERB = new RegExp(`^\\s*(.{1,100}?)\\s+${VERB}(?:\\s+[^,]{1,80})?\\s*$`);
const TAIL_VERB_SPEAKER = new RegExp(`^\\s*${VERB}\\s+(.{1,100})$`);
const SPEAKER_VERB = new RegExp(`\\s(?:also\\s+)?${VERB}\\s+`);

export interface StatementRec {
  id: string;
  speaker: string;
  span: Span;
  direct: boolean;
}

export function extractStatements(ctx: Ctx): StatementRec[] {
  const out: StatementRec[] = [];
  const speechQuotes = ctx.quotes.filter((q) => q.depth === 0 && wordCount(ctx.body.slice(q.start, q.end)) >= 5);
  for (const s of ctx.sentences) {
    const opening = speechQuotes.filter((q) => q.open >= s.start && q.open < s.end);
    for (const q of opening) {
      const rec = direct(ctx, q);
      if (rec) out.push(rec);
    }
    const inside = out.some((r) => r.direct && r.span.start < s.end && r.span.end > s.start);
    if (!inside && !opening.length) {
      const rec = indirect(ctx, s.start, s.end);
      if (rec) out.push(rec);
    }
  }
  return out;
}

function direct(ctx: Ctx, q: Quote): StatementRec | undefined {
  const { body } = ctx;
  const after = body.slice(q.close + 1, q.close + 160).split(/\n/)[0]!;
  const base = q.close + 1;
  let sp: [number, number] | undefined;
  let m = AFTER_VERB_FIRST.exec(after);
  if (m) sp = [base + m.index + m[0].length - m[2]!.length, base + m.index + m[0].length];
  else if ((m = AFTER_SPEAKER_FIRST.exec(after))) {
    const st = base + m[0].indexOf(m[1]!);
    sp = [st, st + m[1]!.length];
  }
  if (!sp) {
    const lineStart = body.lastIndexOf('\n', q.open) + 1;
    const pre = body.slice(lineStart, q.open);
    const b = BEFORE.exec(pre) ?? ACCORDING.exec(pre);
    if (b) {
      const st = lineStart + b.index + b[0].indexOf(b[1]!);
      sp = [st, st + b[1]!.length];
    }
  }
  let speaker = sp ? resolvePerson(ctx, sp[0], sp[1]) : undefined;
  // A quote opening its paragraph with no attribution continues the last speaker.
  if (!speaker && !sp && /^\s*$/.test(body.slice(body.lastIndexOf('\n', q.open) + 1, q.open))) speaker = lastSpeaker(ctx, q.open);
  if (!speaker) return undefined;
  if (sp) noteDescription(ctx, speaker, sp);
  return record(ctx, speaker, trimSpan(ctx, q.start, q.end), true, sp ?? [q.open, q.open + 1]);
}

function indirect(ctx: Ctx, start: number, end: number): StatementRec | undefined {
  const { body } = ctx;
  let e = end;
  while (e > start && /[.!?\s]/.test(body[e - 1]!)) e--;
  const text = body.slice(start, e);
  // "According to him, CLAUSE."
  let m = ACCORDING.exec(text);
  if (m) return attempt(ctx, [start + 13, start + 13 + m[1]!.length], start + m[0].length, e);
  // "To date, he confirmed, CLAUSE."
  if ((m = PARENTHETICAL.exec(text))) {
    const st = start + m[0].indexOf(m[1]!);
    return attempt(ctx, [st, st + m[1]!.length], start + m[0].length, e);
  }
  // "CLAUSE, SPEAKER told." / "CLAUSE, said SPEAKER."
  const titles = articleOfficeHits(ctx);
  for (let c = text.indexOf(','); c >= 0; c = text.indexOf(',', c + 1)) {
    // a comma inside a title ("Minister of Investments, Industry and Trade") ends no clause
    if (titles.some((h) => start + c > h.start && start + c < h.end)) continue;
    const tail = text.slice(c + 1);
    const v1 = TAIL_SPEAKER_VERB.exec(tail);
    const v2 = TAIL_VERB_SPEAKER.exec(tail);
    const hit = v1 ?? v2;
    if (!hit || wordCount(text.slice(0, c)) < 4) continue;
    const st = start + c + 1 + tail.indexOf(hit[1]!);
    const rec = attempt(ctx, [st, st + hit[1]!.length], start, start + c);
    if (rec) return rec;
  }
  // "SPEAKER said (that) CLAUSE." with the speaker at the start of the sentence.
  const v = SPEAKER_VERB.exec(text);
  if (v && v.index > 0 && wordCount(text.slice(0, v.index)) <= 14) {
    let rest = start + v.index + v[0].length;
    const listener = /^told\b/.test(v[0].trim()) ? LISTENERS.exec(body.slice(rest, e)) : null;
    if (listener) rest += listener[0].length;
    // "said in Astana (on Tuesday) that …": the setting of the speech is not what was said
    const that = /^(?:(?:in|at|on)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+)*that\s+/u.exec(body.slice(rest, e));
    if (that) rest += that[0].length;
    if (wordCount(body.slice(rest, e)) >= 4) return attempt(ctx, [start, start + v.index], rest, e);
  }
  return undefined;
}

function attempt(ctx: Ctx, sp: [number, number], start: number, end: number): StatementRec | undefined {
  const phrase = ctx.body.slice(sp[0], sp[1]);
  if (wordCount(phrase) > 16) return undefined;
  const speaker = resolvePerson(ctx, sp[0], sp[1]);
  if (!speaker) return undefined;
  noteDescription(ctx, speaker, sp);
  return record(ctx, speaker, trimSpan(ctx, start, end), false, sp);
}

function record(ctx: Ctx, speaker: string, span: Span, isDirect: boolean, attribution: [number, number]): StatementRec {
  const { g } = ctx;
  const id = statementId(articleId(ctx.body), speaker, span.text);
  const who = ctx.people.get(speaker)?.surname ?? speaker;
  const words = span.text.split(/\s+/).slice(0, 8).join(' ');
  g.entity('Statement', `${who}${isDirect ? '' : ' (reported)'}: ${words}…`, span, id);
  const st = g.entities.get(id)!;
  st.speech = isDirect ? 'direct' : 'indirect';
  g.relate('SAID', speaker, id, [g.span(attribution[0], attribution[1])]);
  ctx.speakers.push({ id: speaker, at: attribution[0] });
  return { id, speaker, span, direct: isDirect };
}

function trimSpan(ctx: Ctx, start: number, end: number): Span {
  while (end > start && /[\s,;:–—-]/.test(ctx.body[end - 1]!)) end--;
  return ctx.g.span(start, end);
}

/** "the Russian leader" becomes a mention of the person; bare "the minister" does not. */
function noteDescription(ctx: Ctx, person: string, sp: [number, number]): void {
  const phrase = ctx.body.slice(sp[0], sp[1]);
  const m = /^(?:the\s+)?(\p{Lu}\p{L}+)\s+(?:leader|president|premier|minister|head)\b/u.exec(phrase.trim());
  if (m && countryOf(m[1]!) && isDescription(phrase)) ctx.g.mention(person, ctx.g.span(sp[0], sp[0] + phrase.trimEnd().length));
}
