// Two or three people under one plural title: "Presidents Name Surname and Name Surname", "Foreign
// Ministers A, B and C". Each name is a person holding the singular title; the title names no
// country, so each office is settled later from what the article says of that person (bare titles,
// resolve/bare-titles.ts), as for "President Name" alone.
import type { Ctx } from '../context.ts';
import { nameAt } from './names.ts';
import { addPerson, bind } from './person-entities.ts';

const PLURAL_TITLE =
  /(?<![\p{L}])(Presidents|Vice Presidents|Prime Ministers|Foreign Ministers|Trade Ministers|Finance Ministers|Ministers|Premiers|Kings|Ambassadors|Governors|Mayors)\s+(?=\p{Lu})/gu;

export function findPluralTitles(ctx: Ctx): void {
  const { body } = ctx;
  for (const m of body.matchAll(PLURAL_TITLE)) {
    const names: [number, number][] = [];
    let at = m.index! + m[0].length;
    for (;;) {
      const len = nameAt(body, at, 2);
      if (!len) break;
      names.push([at, len]);
      const joint = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?=\p{Lu})/u.exec(body.slice(at + len, at + len + 8));
      if (!joint || names.length === 3) break;
      at += len + joint[0].length;
    }
    // one name is not a list: "Ministers Name Surname …" may be an organisation's name
    if (names.length < 2) continue;
    const title = m[1]!.replace(/s$/, '');
    const titleStart = m.index!;
    const titleEnd = titleStart + m[1]!.length;
    for (const [start, len] of names) {
      // a name a place or an organisation already holds is not a person's (a person's is the same person)
      if (ctx.g.claimed(start, start + len, (e) => e.type !== 'Person')) continue;
      const pid = addPerson(ctx, body.slice(start, start + len), start, len);
      bind(
        ctx,
        pid,
        { start: titleStart, end: titleEnd, titleStart, titleEnd, title, specific: false },
        undefined,
        start + len,
        titleStart,
      );
    }
  }
}
