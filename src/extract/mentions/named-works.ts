// Works a plan builds, named by their places and a works noun: "the Alpha-Beta-Gamma railway",
// "Omicron-1 HPP", "the Upper Zeta Bridge", "the Ruritania–Borduria gas pipeline project". The
// annotation counts such a project as a Plan (ANNOTATION.md, "project", "named corridor"); the places
// inside its name are part of it. What is not a project: a country's adjective alone ("the Kenyan
// railway"), a body named after its works ("Ruritania Railways Corporation": a capitalised word goes
// on after the head) and a span an earlier finder gave to a person, body, plan or event.
import type { Ctx } from '../context.ts';
import { countryOf } from '../data/lexicon.ts';

/** one name word: capitalised, or a number joined to one ("Omicron-1"), parts joined by a hyphen or dash */
const WORD = String.raw`\p{Lu}[\p{L}’'.]*(?:[-–](?:\p{Lu}[\p{L}’'.]*|\d+))*`;
const NAME_RUN = new RegExp(String.raw`(?<![\p{L}\p{N}’'-])(?:${WORD}\s+){0,4}${WORD}(?=\s)`, 'gu');
const WORKS =
  /\s+((?:high-speed\s+)?rail(?:way)?\s+(?:line|link)|railways?|railroad|(?:gas\s+|oil\s+)?pipeline|bridge|dam|(?:(?:hydro(?:electric|power)?|nuclear|thermal|solar|wind)\s+)?power\s+(?:plant|station)|hydro(?:electric|power)\s+(?:plant|station|dam)|HPPs?|highway|motorway|expressway|tunnel|canal|(?:power\s+|electricity\s+)?transmission\s+line|(?:submarine|undersea|fibre[-\s]optic|optical)\s+cable)(\s+project)?(?![\p{L}-])/iuy;
/** a capitalised word after the head makes it part of a longer name (not case-folded, as WORKS is) */
const NAME_GOES_ON = /^\s+\p{Lu}/u;
/** words that open a sentence or a phrase, not a name */
const OPENERS = /^(?:The|A|An|By|In|On|At|For|From|To|Of|And|Both|Our|Its|Their|This|These|That|New)$/;

export function extractNamedWorks(ctx: Ctx): void {
  const { body, g } = ctx;
  const taken = [...g.entities.values()]
    .filter((e) => e.type !== 'Country' && e.type !== 'Place' && e.type !== 'Topic')
    .flatMap((e) => e.mentions);
  for (const m of body.matchAll(NAME_RUN)) {
    // the head may be written in capitals too ("… Prabang Bridge"): the name ends before it
    const cuts = [...m[0].matchAll(/\s+/g)].map((x) => m.index + x.index!).concat(m.index + m[0].length);
    for (const cut of cuts.reverse()) {
      WORKS.lastIndex = cut;
      const head = WORKS.exec(body);
      if (!head || NAME_GOES_ON.test(body.slice(head.index + head[0].length, head.index + head[0].length + 3))) continue;
      let words = body.slice(m.index, cut).split(/\s+/);
      while (words.length && OPENERS.test(words[0]!)) words = words.slice(1);
      if (!words.length || countryOf(words.join(' '))) break;
      const end = head.index + head[0].length;
      const start = cut - words.join(' ').length;
      if (body.slice(start, cut) !== words.join(' ')) break; // words joined by more than one space
      if (!taken.some((x) => x.start < end && x.end > start)) g.entity('Plan', body.slice(start, end), g.span(start, end));
      break;
    }
  }
}
