// Events: a place-and-date phrase ("in Astana in June 2024"), an event noun with a place or
// date ("during the summit in Samarkand in September 2022"), or a Title Case forum name.
// Participants are the people named before it in the same sentence (implicit).
import type { Ctx } from '../context.ts';
import type { Span } from '../../model/extracted-graph.ts';
import { DATE_SRC, isoDate } from '../text/dates.ts';
import { EVENT_NOUNS } from '../data/cues.ts';
import { alternation } from '../data/lexicon.ts';
import { personMentionsIn } from './person-entities.ts';
import { sentenceAt } from '../text/sentences.ts';
import { EVENT_HEADS, SITTING_BODY, SITTING_ORDINAL, ordinalWord, type EventKind } from '../data/event-heads.ts';
import { extractEventPhrases } from './event-phrases.ts';

/** generic: a place-and-date phrase with no event noun ("in Astana in June 2024"), which an event
 * phrase right before it in the sentence takes over */
/** about: the bills or budgets a legislative sitting dealt with ("the tabling of the budget") */
export interface EventRec {
  id: string;
  span: Span;
  sentence: number;
  participants: string[];
  kind?: EventKind;
  generic?: boolean;
  about?: string[];
}

const PLACE = String.raw`(?!(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?`;
// Weekdays date an event only inside a meeting phrase: "said in Tashkent on Tuesday" is no event.
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const NOUN = `(?:${alternation(EVENT_NOUNS)})`;
// Order matters: the most specific phrase claims the text first.
const PATTERNS: RegExp[] = [
  // "the next session of the intergovernmental commission (will be held in Harbin in October)"
  new RegExp(
    String.raw`(?<named>(?:(?:next|first|second|third|last|regular|\d+(?:st|nd|rd|th))\s+)?(?:session|meeting|round)\s+of\s+the\s+(?:[\p{L}-]+\s+){0,4}?(?:commission|council|committee|forum|group))(?:\s+(?:will be held|will take place|took place|was held|is to be held|held)\s+in\s+(?<place>${PLACE}))?(?:\s+(?:in|on)\s+(?<date>${DATE_SRC}))?`,
    'gu',
  ),
  // "G20 Summit", "Ruritania-Africa 3rd Economy and Business Summit", "Winter Games", "World Cup", "IV Forum of Regional Partnership between Ruritania and Freedonia"
  new RegExp(
    String.raw`(?<named>(?!(?:The|A|An|This|That|Its|His|Her|Their|Our)\s)(?:\p{Lu}[\p{L}\p{N}-]*\s+|(?:19|20)\d\d\s+(?=\p{Lu}))(?:(?:\p{Lu}[\p{L}\p{N}-]*|\d{1,2}(?:st|nd|rd|th))\s+(?:and\s+(?=\p{Lu}))?){0,5}(?:Forum|Summit|Conference|Congress|Expo|Dialogue|Meeting|Games|Cup|Olympics|Paralympics|Championships?)\b(?:\s+(?:of|on)\s+(?:\p{Lu}[\p{L}-]*\s?|and\s(?=\p{Lu}))+(?:between\s+\p{Lu}[\p{L}-]*\s+and\s+\p{Lu}[\p{L}-]*)?)?)(?:\s+in\s+(?<place>${PLACE}))?(?:\s+(?:in|on)\s+(?<date>${DATE_SRC}))?`,
    'gu',
  ),
  // "II Binational Cabinet", "the Second Joint Commission": a numbered sitting of a body
  new RegExp(
    String.raw`(?<![\p{L}\p{N}])(?<named>(?<ord>${SITTING_ORDINAL})\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}${SITTING_BODY})(?![\p{L}])(?:\s+in\s+(?<place>${PLACE}))?(?:\s+(?:in|on)\s+(?<date>${DATE_SRC}))?`,
    'gu',
  ),
  new RegExp(String.raw`\bin\s+(?<place>${PLACE})\s+(?:in|on)\s+(?<date>${DATE_SRC})`, 'gu'),
  new RegExp(String.raw`\b(?:in|on)\s+(?<date>${DATE_SRC})\s+in\s+(?<place>${PLACE})`, 'gu'),
  // "the intergovernmental commission will meet in New Delhi in November"
  new RegExp(
    String.raw`(?<body>(?:intergovernmental|joint)\s+commission|working group|business council)\s+(?:will|is to|would|is due to)\s+(?:meet|convene)\s+in\s+(?<place>${PLACE})(?:\s+(?:in|on)\s+(?<date>${DATE_SRC}))?`,
    'gu',
  ),
  // "after meeting Russian Foreign Minister Sergey Lavrov in Moscow"
  new RegExp(String.raw`\b(?:after|before|while|when)\s+(?<noun>meeting)\s+(?<with>[^,.;]{3,80}?)\s+in\s+(?<place>${PLACE})`, 'gu'),
  // "Shinzo Abe met Vladimir Putin in Sochi on Friday": the subject and the object took part
  new RegExp(
    String.raw`\b(?<verb>met|meets|held talks with|holds talks with)\s+(?<with>[^,.;]{3,80}?)\s+in\s+(?<place>${PLACE})(?:\s+on\s+(?<date>${WEEKDAY}))?`,
    'gu',
  ),
  // "talks with Chinese Vice Premier Hu Chunhua (in New Delhi)": only when the sentence has no other event
  new RegExp(
    String.raw`\b(?<noun>talks|negotiations|meeting)\s+with\s+(?<with>[^,.;]{3,80}?)(?:\s+in\s+(?<place>${PLACE}))?(?:\s+on\s+(?<date>${WEEKDAY}))?(?=[,.;]|$)`,
    'gmu',
  ),
];

export function extractEvents(ctx: Ctx): EventRec[] {
  const { body, g } = ctx;
  const out: EventRec[] = [];
  const taken: [number, number][] = [];
  for (const re of PATTERNS) {
    for (const m of body.matchAll(re)) {
      const start = m.index!;
      let end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const { place, date, named, with: withRaw, body: bodyName, verb } = m.groups!;
      // a place at the end of the phrase ends with its mention: "in Cairo. Egypt …" stops at "Cairo"
      if (place && !date && m[0].endsWith(place)) {
        const at = start + m[0].length - place.length;
        const known = placeMention(ctx, at, place);
        if (known) end = known.end;
      }
      const noun = m.groups!.noun ?? (verb ? (/talks/.test(verb) ? 'talks' : 'meeting') : undefined);
      const withWhom = withRaw;
      const placeId = place ? placeMention(ctx, start + m[0].indexOf(place), place)?.id : undefined;
      const s = sentenceAt(ctx.sentences, start);
      if (!s) continue;
      const wAt = withWhom ? start + m[0].indexOf(withWhom) : 0;
      const counterpart = withWhom ? personMentionsIn(ctx, wAt, wAt + withWhom.length)[0]?.id : undefined;
      if (withWhom && (!counterpart || out.some((e) => e.sentence === s.index))) continue;
      // the counterpart ends the "with" part: "talks with X in Berlin and attend …" is left to the phrase finders
      const cpEnd = counterpart
        ? Math.max(
            ...g.entities
              .get(counterpart)!
              .mentions.filter((x) => x.start >= wAt && x.end <= wAt + withWhom!.length)
              .map((x) => x.end),
          )
        : 0;
      if (
        counterpart &&
        !/^(?:\s*(?:and|,)\s*(?:[\p{Lu}][\p{L}.’'-]*\s*){1,6})?(?:\s+(?:at|in)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.’'-]*\s*){1,5})*\s*$/u.test(
          body.slice(cpEnd, wAt + withWhom!.length),
        )
      )
        continue;
      if (!named && !placeId && !date && !counterpart) continue;
      // a titled name that is a body's name ("Quadrilateral Security Dialogue") is no event
      if (
        named &&
        [...g.entities.values()].some(
          (o) => o.type === 'Organization' && o.mentions.some((x) => x.start <= start && x.end >= start + named.trimEnd().length),
        )
      )
        continue;
      if (!named && !noun && !placeId) continue;
      // people named only as the source ("According to Lavrov") did not take part
      const before = bodyName
        ? []
        : [
            ...new Set(
              personMentionsIn(ctx, s.start, start)
                .filter((p) => !/According to\s+$/.test(body.slice(Math.max(0, p.start - 14), p.start)))
                .map((p) => p.id),
            ),
          ].slice(-3);
      const participants = counterpart ? [...new Set([...before.slice(-1), counterpart])] : before;
      const surnames = participants.map((p) => ctx.people.get(p)!.surname);
      const placeName = placeId ? g.entities.get(placeId)!.name : undefined;
      const ord = m.groups!.ord;
      const name = bodyName
        ? `${bodyName} meeting${placeName ? ` in ${placeName}` : ''}`
        : ((ord ? named!.trim().replace(ord, ordinalWord(ord)) : named?.trim()) ??
          `${surnames.length ? `${surnames.join('–')} ` : ''}${noun ?? 'meeting'}${placeName ? ` in ${placeName}` : date ? ` in ${date}` : ''}`);
      const span = g.span(start, end);
      const id = g.entity('Event', cap(name), span);
      if (named) g.mention(id, g.span(start, start + named.trimEnd().length));
      // "their meeting in Beijing in June 2019": the event noun belongs to the mention too
      const lead = new RegExp(`(?:${NOUN})\\s+$`).exec(body.slice(Math.max(0, start - 30), start));
      if (lead && !named && !noun) g.mention(id, g.span(start - lead[0].length, end));
      const met = /\b(?:met|meets|meeting|held talks|talks|visit\w*|hosted)\b/.test(s.text);
      for (const p of participants) g.relate('PARTICIPATED_IN', p, id, [g.span(s.start, end)], !met);
      if (date) {
        const iso = isoDate(date);
        if (iso) g.attr(id, 'date', iso);
        g.attr(id, 'dateText', date);
      }
      if (placeId) g.relate('HELD_IN', id, placeId, [span]);
      // a session of a body is part of that body
      // (named inside the phrase, or right before it: "the Commission's session"), not a body named
      // earlier in the clause ("signed the Commission's MoU at the G20 Meeting")
      for (const o of g.entities.values()) {
        const at =
          o.type === 'Organization' &&
          o.mentions.find(
            (x) => x.start >= start - 40 && x.end <= end && (x.start >= start || /^(?:['’]s)?\s*$/.test(body.slice(x.end, start))),
          );
        if (at) g.relate('PART_OF', id, o.id, [g.span(Math.min(start, at.start), end)]);
      }
      taken.push([start, end]);
      out.push({ id, span, sentence: s.index, participants, kind: kindOf(name), generic: !named && !noun && !bodyName && !withWhom });
    }
  }
  extractEventPhrases(ctx, out, taken);
  mergeSameNamed(ctx, out);
  return out;
}

/** A named event's key: lower case, dashes as spaces, a leading ordinal as its word ("3rd" → "third"). */
function nameKey(name: string): { key: string; ord?: string } {
  const words = name.toLowerCase().replace(/[-–—]/g, ' ').split(/\s+/).filter(Boolean);
  const first = words[0] ?? '';
  const word = ordinalWord(/^[ivx]+$/.test(first) ? first.toUpperCase() : /^\d/.test(first) ? first : cap(first)).toLowerCase();
  return ORDINAL_WORD.test(word) ? { key: words.slice(1).join(' '), ord: word } : { key: words.join(' ') };
}
const ORDINAL_WORD =
  /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)$/;

/**
 * "the Third India-Africa Forum Summit" … "the 3rd India Africa Forum Summit" … "the India Africa Forum
 * Summit": one occasion written three ways. Named events (capitalised names with an event head) whose
 * names agree up to dashes and the ordinal's spelling are merged; an unnumbered name joins the one
 * numbered event of that name when the article has exactly one.
 */
function mergeSameNamed(ctx: Ctx, out: EventRec[]): void {
  const { g } = ctx;
  const named = [...new Set(out.map((e) => e.id))].filter(
    (id) =>
      /^\p{Lu}/u.test(g.entities.get(id)?.name ?? '') &&
      /\b(?:Summit|Forum|Conference|Congress|Meeting|Dialogue|Expo)\b/.test(g.entities.get(id)?.name ?? ''),
  );
  const keys = new Map(named.map((id) => [id, nameKey(g.entities.get(id)!.name)]));
  const into = new Map<string, string>();
  for (const a of named) {
    const ka = keys.get(a)!;
    for (const b of named) {
      if (a === b || into.has(b) || into.has(a) || !g.entities.has(a) || !g.entities.has(b)) continue;
      const kb = keys.get(b)!;
      if (ka.key !== kb.key || ka.key.split(' ').length < 2) continue;
      const same = ka.ord === kb.ord;
      const bare =
        !kb.ord &&
        ka.ord &&
        named.filter((x) => keys.get(x)!.key === ka.key && keys.get(x)!.ord && keys.get(x)!.ord !== ka.ord).length === 0;
      if (same || bare) into.set(b, a);
    }
  }
  for (const [from, to] of into) {
    g.merge(from, to);
    for (const e of out) if (e.id === from) e.id = to;
  }
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The kind of an event from the last event noun of its name ("Abe–Putin meeting in Sochi" → talks). */
const kindOf = (name: string): EventKind =>
  name
    .toLowerCase()
    .split(/[^a-z]+/)
    .map((w) => EVENT_HEADS[w])
    .filter(Boolean)
    .at(-1) ?? 'talks';

/** The place an event phrase names: a known Place or Country mention at that offset. */
function placeMention(ctx: Ctx, at: number, text: string): { id: string; end: number } | undefined {
  for (const e of ctx.g.entities.values()) {
    if (e.type !== 'Place' && e.type !== 'Country') continue;
    const m = e.mentions.find((x) => x.start === at && text.startsWith(x.text));
    if (m) return { id: e.id, end: m.end };
  }
  return undefined;
}
