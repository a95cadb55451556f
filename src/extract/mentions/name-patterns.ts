// People named without a title. A run of capitalised words is a person when (a) a speech or
// meeting verb, or a role apposition (", managing director of …"), follows it ("Shinzo Abe met …",
// "Narendra Modi said"), (b) the gazetteer of office holders knows it, (b') an honorific precedes
// it ("Dr.", "Sheikh"), or (c) it follows "met"/"with"/"and"/"by" and its last word recurs
// alone elsewhere (news style repeats the surname after the first full mention). Why these
// cues: a bare "Capitalised Capitalised" is as often a place or a programme as a person.
// A word inside an office title ("Minister of Health Amrillo …") never starts a name, and a
// span already taken by a place, country or organisation is not a person.
import type { Ctx } from '../context.ts';
import type { OfficeHit } from './offices.ts';
import { nameAt } from './names.ts';
import { SPEECH_VERBS, MEET_VERBS } from '../data/cues.ts';
import { KNOWN_PEOPLE } from '../data/people.ts';
import { HONORIFIC } from '../data/names.ts';
import { alternation, escapeRe } from '../data/lexicon.ts';
import { addPerson } from './person-entities.ts';

const VERB_AFTER = new RegExp(`^,?\\s+(?:also\\s+)?(?:${alternation([...SPEECH_VERBS, ...MEET_VERBS])})\\b`);
/** An apposition naming a role: "Jane Doe, managing director of …", "John Roe, National Coordinator". */
const ROLE_AFTER =
  /^,\s+(?:the\s+)?(?:[Nn]ational\s+|[Ee]xecutive\s+|[Dd]eputy\s+)?(?:[Dd]irector[- ][Gg]eneral|[Mm]anaging [Dd]irector|[Cc]oordinator|[Aa]ssistant to|[Aa]dministrator|[Ss]pokes(?:person|man|woman)|[Cc]hief [Ee]xecutive|CEO|[Dd]irector|[Cc]hair(?:man|woman|person)?|[Hh]ead of)\b/;
const CUE_BEFORE = /\b(?:met|meets|meeting|with|and|by|between)\s+$/;
/** An honorific says a person follows: "Dr. Jane Doe", "Sheikh Name bin Name", "H.E. Name Surname". */
const HONORIFIC_BEFORE = new RegExp(String.raw`(?<![\p{L}.])(?:${HONORIFIC}|H\.E\.?|Sir|Dame)\s+$`, 'u');
const HONORIFIC_AT = new RegExp(String.raw`^${HONORIFIC}\s`, 'u');
/** Runs of capitalised words; a full stop ends one but for an initial ("Name Surname. Dame Name" is two runs). */
const RUN = /(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*)(?:\s(?:\p{Lu}\.|\p{Lu}[\p{L}’'-]*)){1,3}/gu;

export function findBareNames(ctx: Ctx, hits: OfficeHit[]): void {
  const { body } = ctx;
  const inTitle = (i: number): boolean => hits.some((h) => i >= h.start && i < h.end);
  for (const m of body.matchAll(RUN)) {
    for (let i = m.index!; i < m.index! + m[0].length; i++) {
      if ((i > m.index! && body[i - 1] !== ' ') || inTitle(i)) continue;
      // an honorific of more than one word opens no name ("Tan Sri Name": "Tan" and "Sri" are names elsewhere)
      if (HONORIFIC_AT.test(body.slice(i, i + 40)) || /(?:Tan|Puan) $/.test(body.slice(Math.max(0, i - 4), i))) continue;
      const len = nameAt(body, i, 2);
      if (len === 0 || taken(ctx, i, i + len)) continue;
      const name = body.slice(i, i + len);
      // "the 2009/10 Budget Debate, explained": a figure before the run makes it a dated thing's name
      if (/\d\s+$/.test(body.slice(Math.max(0, i - 3), i))) break;
      const after = body.slice(i + len, i + len + 40);
      const ok =
        VERB_AFTER.test(after) ||
        ROLE_AFTER.test(after) ||
        name in KNOWN_PEOPLE ||
        HONORIFIC_BEFORE.test(body.slice(Math.max(0, i - 40), i)) ||
        (CUE_BEFORE.test(body.slice(Math.max(0, i - 10), i)) && recurs(body, name, i));
      // the first words of a name met earlier name that person again ("Dame Jane" after "Dame Jane Doe")
      const fuller = ok && [...ctx.people.values()].find((p) => p.name.startsWith(`${name} `));
      if (fuller) {
        ctx.g.mention(fuller.id, ctx.g.span(i, i + len));
        break;
      }
      if (ok) {
        // a knighthood is part of the name as written ("Dame Name Surname"); other honorifics are not
        const knight = /(?<![\p{L}])(?:Sir|Dame) $/u.exec(body.slice(Math.max(0, i - 5), i));
        if (knight) addPerson(ctx, body.slice(i - knight[0].length, i + len), i - knight[0].length, len + knight[0].length);
        else addPerson(ctx, name, i, len);
        break;
      }
    }
  }
}

/** The name's last word appears on its own somewhere else in the article. */
function recurs(body: string, name: string, at: number): boolean {
  const last = name.split(/\s+/).pop()!;
  if (last.length < 3) return false;
  const re = new RegExp(`(?<![\\p{L}])${escapeRe(last)}(?![\\p{L}])`, 'gu');
  return [...body.matchAll(re)].some((x) => x.index! < at || x.index! >= at + name.length);
}

function taken(ctx: Ctx, start: number, end: number): boolean {
  for (const e of ctx.g.entities.values()) {
    // a longer name already found around this run ("Makhdoom Shah Mehmood Qureshi") owns it
    const inside = (x: { start: number; end: number }) => e.type === 'Person' && x.start === start && x.end === end;
    if (e.mentions.some((x) => x.start < end && x.end > start && !inside(x))) return true;
  }
  return false;
}
