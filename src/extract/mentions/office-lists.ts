// A plural title shared by a list of portfolios, each followed by its holder: "the ministers of
// Foreign Affairs, Name; of Culture, Name; and of Mines and Energy, Name". Each portfolio is its
// own office ("Minister of Culture"), of the country the sentence names last before the list
// ("On the Brazilian side, …").
import type { Ctx } from '../context.ts';
import type { OfficeHit } from './offices.ts';
import { PORTFOLIO_WORDS } from '../data/offices.ts';
import { alternation } from '../data/lexicon.ts';
import { nameAt } from './names.ts';
import { addOffice, addPerson, bind } from './person-entities.ts';
import { sentenceAt } from '../text/sentences.ts';

const PW = `(?:${alternation(PORTFOLIO_WORDS)})`;
const PORTFOLIO = `${PW}(?:(?:\\s+and\\s+|\\s*&\\s*|\\s+)${PW})*`;
const HEAD = /\b(?:[Mm]inisters|[Ss]ecretaries)\s+(?=of\s|for\s)/g;
/** One item: "of PORTFOLIO, " (the holder's name follows). */
const ITEM = new RegExp(`(?:;?\\s*(?:and\\s+)?)(of|for)\\s+(?:the\\s+)?(${PORTFOLIO}),\\s+`, 'uy');

export function findOfficeLists(ctx: Ctx): void {
  const { body } = ctx;
  for (const h of body.matchAll(HEAD)) {
    const singular = h[0]
      .trim()
      .replace(/s$/, '')
      .replace(/^./, (c) => c.toUpperCase())
      .replace(/ie$/, 'y');
    const country = countryBefore(ctx, h.index!);
    let pos = h.index! + h[0].length;
    let first = true;
    for (;;) {
      ITEM.lastIndex = pos;
      const m = ITEM.exec(body);
      if (!m) break;
      const at = ITEM.lastIndex;
      const len = nameAt(body, at, 2);
      if (!len) break;
      const ofStart = pos + m[0].indexOf(m[1]!);
      const start = first ? h.index! : ofStart;
      const end = ofStart + m[0].slice(m[0].indexOf(m[1]!)).replace(/,\s+$/, '').length;
      const title = `${singular} ${m[1]} ${m[2]!.replace(/\s+/g, ' ')}`;
      const hit: OfficeHit = { start, end, titleStart: start, titleEnd: end, title, country, specific: true };
      bind(ctx, addPerson(ctx, body.slice(at, at + len), at, len), hit, addOffice(ctx, hit), at + len, start);
      pos = at + len;
      first = false;
    }
  }
}

/** The country named or implied (demonym) last before `at` in the same sentence. */
function countryBefore(ctx: Ctx, at: number): string | undefined {
  const s = sentenceAt(ctx.sentences, at);
  let best: { name: string; start: number } | undefined;
  for (const e of ctx.g.entities.values()) {
    if (e.type !== 'Country') continue;
    for (const m of e.mentions)
      if (m.start < at && (!s || m.start >= s.start) && (!best || m.start > best.start)) best = { name: e.name, start: m.start };
  }
  return best?.name;
}
