// "his Japanese counterpart Fumio Kishida": a counterpart holds the same office as the person
// the sentence names before it, in the country of the demonym ("Prime Minister of Japan").
// Without an earlier title in the sentence the person is still found, tied to the country.
import type { Ctx } from '../context.ts';
import type { OfficeHit } from './offices.ts';
import { COUNTRIES } from '../data/countries.ts';
import { alternation, countryOf } from '../data/lexicon.ts';
import { nameAt } from './names.ts';
import { addOffice, addPerson, bind } from './person-entities.ts';
import { sentenceAt } from '../text/sentences.ts';

const DEMONYM = alternation(COUNTRIES.flatMap((c) => c.demonyms ?? []));
const COUNTERPART = new RegExp(`\\b(?:his|her|their|its)\\s+(?<dem>${DEMONYM})\\s+counterparts?,?\\s+`, 'gu');

export function findCounterparts(ctx: Ctx, hits: OfficeHit[]): void {
  const { body } = ctx;
  for (const m of body.matchAll(COUNTERPART)) {
    const at = m.index! + m[0].length;
    const len = nameAt(body, at, 2);
    const country = countryOf(m.groups!.dem!);
    if (!len || !country) continue;
    const demStart = m.index! + m[0].indexOf(m.groups!.dem!);
    const end = demStart + m[0].slice(m[0].indexOf(m.groups!.dem!)).replace(/,?\s+$/, '').length;
    const s = sentenceAt(ctx.sentences, m.index!);
    const prior = hits.filter((h) => h.end <= m.index! && (!s || h.start >= s.start)).pop();
    const title = prior?.title; // the title alone: its " of COUNTRY" is not part of it
    const hit: OfficeHit = {
      start: demStart,
      end,
      titleStart: demStart,
      titleEnd: end,
      title: title ?? 'counterpart',
      country,
      specific: true,
    };
    const pid = addPerson(ctx, body.slice(at, at + len), at, len);
    bind(ctx, pid, hit, title ? addOffice(ctx, hit) : undefined, at + len, m.index!);
  }
}
