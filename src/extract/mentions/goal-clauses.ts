// National goals stated as clauses rather than names:
// - a future state with a figure, said as a promise ("inflation will be kept below 4 percent",
//   "per capita income will be at least $9,000", "poverty will be reduced to zero"): only inside a
//   quotation or a sentence that speaks for a country ("our", "target", "goal", "vision"), since
//   the same shape also reports forecasts;
// - a transformation of a named country's economy ("reviving the Ruritanian economy",
//   "the industrialization of Ruritania").
// Each is the objective of the country named in it, else of the article's dominant country.
import type { Ctx } from '../context.ts';
import { COUNTRY_RE, countryOf } from '../data/lexicon.ts';

const FIGURE = String.raw`(?:(?:US\s?)?\$\s?\d+(?:[.,]\d+)*(?:\s*(?:billion|million|trillion))?|\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:percent|per\s+cent|%)(?:\s+of\s+(?:GDP|the\s+population|people))?|zero)`;
const COMPARATOR = String.raw`(?:at\s+least|at\s+most|less\s+than|more\s+than|below|above|under|over|within|between|to|at|about|around)`;
// subject: one to four lower-case words (hyphen joins allowed), or "N percent of people"
const SUBJECT = String.raw`((?:(?:[Ll]ess|[Mm]ore)\s+than\s+)?\d[\d.,]*\s*(?:percent|%)\s+of\s+[a-z]+|(?!(?:the|a|an|and|or|but|our|its|their)\s)[A-Za-z][A-Za-z-]*(?:\s+[a-z][A-Za-z-]*){0,3})`;
const FUTURE_STATE = new RegExp(
  String.raw`(?<=^|[,;:“"‘]\s*|\band\s+|\bthe\s+)${SUBJECT}\s+will\s+(?:be|remain|stay|reach|fall\s+to|drop\s+to|rise\s+to)\s+(?:(?:limited|reduced|kept|brought|cut|capped|contained|raised|increased|lowered)\s+)?(?:(${COMPARATOR}(?:\s+${COMPARATOR})?)\s+)?(${FIGURE}|the\s+[a-z]+\s+line)(?![\d\p{L}])`,
  'gu',
);
const SPEAKS_FOR = /[“”"]|\b(?:our|we|target|goal|aim|vision|by\s+20\d\d)\b/i;
const NOT_SUBJECT = /^(?:it|this|that|there|which|who|they|he|she|we|you|i)$/i;

// a society or economy the speaker promises to build: "a paperless and cashless society will be
// created", "we will achieve a fully digital economy"
const PROMISED =
  /\b(?:an?\s+)?((?:[a-z-]+\s+(?:and\s+)?){0,3}(?:society|economy|nation)(?:\s+based\s+on\s+[a-z]+(?:\s+and\s+[a-z]+)?)?)\s+will\s+be\s+(?:created|established|built|achieved)\b|\b[Ww]e\s+will\s+(?:achieve|build|create|establish)\s+(?:an?\s+)?((?:[\w-]+\s+){0,9}?[\w-]+)(?=[.,;:”"]|$)/g;
// a named model of growth a country advocates: "the Sun-Wind-Water economic model"
const NAMED_MODEL = /\b(\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)+(?:\s+\(\p{Lu}+\))?\s+(?:economic|development|growth)\s+model)\b/gu;

const TRANSFORM =
  /\b(?:(reviving|revitali[sz]ing|modernis?i[sz]ing|diversifying|industriali[sz]ing|transforming|digitali[sz]ing)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+)\s+economy|(industriali[sz]ation|moderni[sz]ation|digitali[sz]ation|economic\s+diversification|economic\s+transformation)\s+of\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))\b/gu;

export function extractGoalClauses(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    if (!SPEAKS_FOR.test(text)) continue;
    for (const m of text.matchAll(FUTURE_STATE)) {
      const subject = m[1]!;
      if (NOT_SUBJECT.test(subject) || /^(?:will|be)\b/.test(subject)) continue;
      const start = s.start + m.index!;
      const end = start + m[0].length;
      // "Inflation limited between 4-5 percent": the subject, the verb's participle and the figure
      const verb = /will\s+(?:be|remain|stay)\s+(limited|reduced|kept|brought|cut|capped|contained|raised|increased|lowered)\b/.exec(
        m[0],
      )?.[1];
      const name = [subject.charAt(0).toUpperCase() + subject.slice(1), verb, m[2] ?? (verb ? undefined : 'at'), m[3]]
        .filter(Boolean)
        .join(' ')
        .replace(/\s+/g, ' ');
      const id = g.entity('NationalObjective', name, g.span(start, end));
      if (/\d/.test(m[3]!)) g.attr(id, 'figure', [m[2], m[3]].filter(Boolean).join(' '));
      const owner = countryIn(m[0]) ?? home;
      if (owner) g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(start, end)]);
    }
  }
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    if (!SPEAKS_FOR.test(text)) continue;
    for (const m of text.matchAll(PROMISED)) {
      const what = m[1] ?? m[2]!;
      const start = s.start + m.index! + m[0].lastIndexOf(what, m[1] ? undefined : m[0].length - what.length);
      const id = g.entity('NationalObjective', what.charAt(0).toUpperCase() + what.slice(1), g.span(start, start + what.length));
      const owner = countryIn(what) ?? home;
      if (owner) g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(s.start + m.index!, s.start + m.index! + m[0].length)]);
    }
  }
  for (const m of body.matchAll(NAMED_MODEL)) {
    const sentence = ctx.sentences.find((x) => x.start <= m.index! && m.index! < x.end);
    const owner = (sentence && countryIn(body.slice(sentence.start, sentence.end))) ?? home;
    const id = g.entity('NationalObjective', m[1]!, g.span(m.index!, m.index! + m[0].length));
    if (owner && sentence) g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(sentence.start, sentence.end)]);
  }
  for (const m of body.matchAll(TRANSFORM)) {
    const country = countryOf(m[2] ?? m[4]!);
    if (!country) continue;
    const start = m.index!;
    const end = start + m[0].length;
    const id = g.entity('NationalObjective', m[0].charAt(0).toUpperCase() + m[0].slice(1), g.span(start, end));
    g.relate('OBJECTIVE_OF', id, g.entity('Country', country), [g.span(start, end)]);
  }
}

function countryIn(text: string): string | undefined {
  for (const m of text.matchAll(COUNTRY_RE)) {
    const c = countryOf(m[0]);
    if (c) return c;
  }
  return undefined;
}

/** The country an article is about: named at least twice as often as any other. */
export function dominantCountry(ctx: Ctx): string | undefined {
  const countries = [...ctx.g.entities.values()]
    .filter((e) => e.type === 'Country' && e.mentions.length)
    .sort((a, b) => b.mentions.length - a.mentions.length);
  if (!countries.length) return undefined;
  return countries.length === 1 || countries[0]!.mentions.length >= 2 * countries[1]!.mentions.length ? countries[0]!.name : undefined;
}

/** Whether [a, b) overlaps a mention of a plan, objective or event already found: goal rules never claim those words twice. */
export function overlapsDescriptive(ctx: Ctx): (a: number, b: number) => boolean {
  return (a, b) => ctx.g.claimed(a, b, (e) => e.type === 'NationalObjective' || e.type === 'Plan' || e.type === 'Event');
}

/** Every mention of a country, with the country's name. */
export function countryMentions(ctx: Ctx): { name: string; start: number; end: number }[] {
  return [...ctx.g.entities.values()]
    .filter((e) => e.type === 'Country')
    .flatMap((e) => e.mentions.map((m) => ({ name: e.name, start: m.start, end: m.end })));
}
