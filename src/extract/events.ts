// Events: a place-and-date phrase ("in Sochi in May 2016"), an event noun with a place or
// date ("during the summit in Samarkand in September 2022"), or a Title Case forum name.
// Participants are the people named before it in the same sentence (implicit).
import type { Ctx } from './context.ts';
import type { Span } from '../model/extracted-graph.ts';
import { DATE_SRC, isoDate } from './dates.ts';
import { EVENT_NOUNS } from './data/cues.ts';
import { alternation } from './lexicon.ts';
import { personMentionsIn } from './people.ts';
import { sentenceAt } from './sentences.ts';

export interface EventRec { id: string; span: Span; sentence: number; participants: string[] }

const PLACE = String.raw`\p{Lu}[\p{L}.’'-]*(?:\s\p{Lu}[\p{L}.’'-]*)?`;
const NOUN = `(?:${alternation(EVENT_NOUNS)})`;
const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\bin\s+(?<place>${PLACE})\s+(?:in|on)\s+(?<date>${DATE_SRC})`, 'gu'),
  new RegExp(String.raw`\b(?:in|on)\s+(?<date>${DATE_SRC})\s+in\s+(?<place>${PLACE})`, 'gu'),
  new RegExp(String.raw`\b(?:during|at|after|following|on the sidelines of)\s+(?:the|a|an|his|her|their)\s+(?:[\p{L}-]+\s+){0,3}?(?<noun>${NOUN})(?:\s+(?:in|to)\s+(?<place>${PLACE}))?(?:\s+(?:in|on)\s+(?<date>${DATE_SRC}))?`, 'gu'),
  new RegExp(String.raw`(?<named>(?:\p{Lu}[\p{L}-]*\s+){1,5}(?:Forum|Summit|Conference|Congress|Expo))(?:\s+in\s+(?<place>${PLACE}))?(?:\s+(?:in|on)\s+(?<date>${DATE_SRC}))?`, 'gu'),
];

export function extractEvents(ctx: Ctx): EventRec[] {
  const { body, g } = ctx;
  const out: EventRec[] = [];
  const taken: [number, number][] = [];
  for (const re of PATTERNS) {
    for (const m of body.matchAll(re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const { place, date, noun, named } = m.groups!;
      const placeId = place ? placeEntity(ctx, start + m[0].indexOf(place), place) : undefined;
      if (!named && !placeId && !date) continue;
      if (!named && !noun && !placeId) continue;
      const s = sentenceAt(ctx.sentences, start);
      if (!s) continue;
      const participants = [...new Set(personMentionsIn(ctx, s.start, start).map((p) => p.id))].slice(-3);
      const surnames = participants.map((p) => ctx.people.get(p)!.surname);
      const placeName = placeId ? g.entities.get(placeId)!.name : undefined;
      const name = named?.trim()
        ?? `${surnames.length ? `${surnames.join('–')} ` : ''}${noun ?? 'meeting'}${placeName ? ` in ${placeName}` : date ? ` in ${date}` : ''}`;
      const span = g.span(start, end);
      const id = g.entity('Event', cap(name), span);
      if (named) g.mention(id, g.span(start, start + named.trimEnd().length));
      if (date) {
        const iso = isoDate(date);
        if (iso) g.attr(id, 'date', iso);
        g.attr(id, 'dateText', date);
      }
      if (placeId) g.relate('HELD_IN', id, placeId, [span]);
      taken.push([start, end]);
      out.push({ id, span, sentence: s.index, participants });
    }
  }
  return out;
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** The place an event phrase names: a known Place or Country mention at that offset. */
function placeEntity(ctx: Ctx, at: number, text: string): string | undefined {
  for (const e of ctx.g.entities.values()) {
    if (e.type !== 'Place' && e.type !== 'Country') continue;
    if (e.mentions.some((m) => m.start === at && text.startsWith(m.text))) return e.id;
  }
  return undefined;
}
