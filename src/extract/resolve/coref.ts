// Who a phrase refers to. Salience order: a name inside the phrase; a pronoun → the last
// speaker (else the last person named); a description ("the minister", "the Russian leader",
// "the Japanese Prime Minister") → the most recent speaker whose titles and country fit, else
// the most recently named person who fits.
import type { Ctx, PersonInfo } from '../context.ts';
import { personMentionsIn } from '../mentions/person-entities.ts';
import { PRONOUNS } from '../data/cues.ts';
import { LEADER_TITLES } from '../data/offices.ts';
import { alternation, countryOf } from '../data/lexicon.ts';
import { COUNTRIES } from '../data/countries.ts';

const DESCRIPTION = new RegExp(
  String.raw`^(?:the|our|this|that)\s+(?:(${alternation(COUNTRIES.flatMap((c) => c.demonyms ?? []))})\s+)?((?:deputy |vice |first |prime |foreign |chief )*(?:minister|president|premier|chancellor|leader|head of state|head|official|ambassador|diplomat|envoy|governor|mayor|chairman|politician))\b`,
  'iu',
);

export function resolvePerson(ctx: Ctx, start: number, end: number): string | undefined {
  const phrase = ctx.body.slice(start, end).trim();
  const named = personMentionsIn(ctx, start, end);
  if (named.length) return named[0]!.id;
  const word = phrase.toLowerCase();
  if (word in PRONOUNS || word === 'i' || word === 'we') return lastSpeaker(ctx, start) ?? lastNamed(ctx, start);
  const d = DESCRIPTION.exec(phrase);
  if (!d) return undefined;
  const country = d[1] ? countryOf(d[1]) : undefined;
  if (d[1] && !country) return undefined;
  const noun = d[2]!.toLowerCase();
  const fits = (p: PersonInfo): boolean => fitsDescription(p, noun, country);
  return lastSpeaker(ctx, start, fits) ?? lastNamed(ctx, start, fits);
}

function fitsDescription(p: PersonInfo, noun: string, country: string | undefined): boolean {
  if (country && !p.countries.includes(country)) return false;
  const titles = p.titles.map((t) => t.toLowerCase());
  if (noun === 'leader' || noun === 'head of state') {
    return titles.some((t) => LEADER_TITLES.some((l) => t === l.toLowerCase() || t.startsWith(`${l.toLowerCase()} of`)));
  }
  if (['official', 'politician', 'diplomat'].includes(noun)) return true;
  return titles.some((t) => t.includes(noun));
}

export function lastSpeaker(ctx: Ctx, before: number, ok: (p: PersonInfo) => boolean = () => true): string | undefined {
  for (let i = ctx.speakers.length - 1; i >= 0; i--) {
    const s = ctx.speakers[i]!;
    if (s.at < before && ok(ctx.people.get(s.id)!)) return s.id;
  }
  return undefined;
}

export function lastNamed(ctx: Ctx, before: number, ok: (p: PersonInfo) => boolean = () => true): string | undefined {
  let best: { id: string; at: number } | undefined;
  for (const p of ctx.people.values()) {
    if (!ok(p)) continue;
    for (const m of ctx.g.entities.get(p.id)?.mentions ?? []) {
      if (m.start < before && (!best || m.start > best.at)) best = { id: p.id, at: m.start };
    }
  }
  return best?.id;
}

/** Adds a description ("the Russian leader") as a mention of the person it resolves to. */
export function isDescription(phrase: string): boolean {
  return DESCRIPTION.test(phrase.trim());
}
