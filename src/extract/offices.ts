// Office titles in running text: "(Demonym|Country’s)? (Deputy…)? TITLE (of/for PORTFOLIO)?
// (of COUNTRY)? (– TITLE …)?". The canonical office name ties the title to its country:
// "Japanese Prime Minister" → "Prime Minister of Japan".
import { COUNTRIES } from './data/countries.ts';
import { TITLES, TITLE_MODIFIERS, PORTFOLIO_WORDS } from './data/offices.ts';
import { alternation, countryOf } from './lexicon.ts';

const countryNames = COUNTRIES.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
const demonyms = COUNTRIES.flatMap((c) => c.demonyms ?? []);
const PW = `(?:${alternation(PORTFOLIO_WORDS)})`;
const PORTFOLIO = `(?:the\\s+)?${PW}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*|\\s+of\\s+(?:the\\s+)?|\\s+)${PW})*`;
const ONE = `(?:(?:${alternation(TITLE_MODIFIERS)})\\s+)?(?:${alternation(TITLES)})(?:\\s+(?:of|for)\\s+${PORTFOLIO})?`;
const COUNTRY = `(?:the\\s+)?(?:${alternation(countryNames)})`;
const PRE = `(?:${alternation(demonyms)}|(?:${alternation(countryNames)})[’']s)`;

/** Groups: pre (demonym or possessive), title (one or two titles joined by a dash), of (country). */
export const OFFICE_RE = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>${PRE})\\s+)?(?<title>${ONE}(?:\\s*[–—-]\\s*${ONE})?)(?:\\s+of\\s+(?<of>${COUNTRY}))?(?![\\p{L}])`,
  'gu',
);

export interface OfficeHit {
  start: number;
  end: number;
  /** End of the title alone (before " of COUNTRY"). */
  titleStart: number;
  titleEnd: number;
  title: string;
  country?: string;
  /** True when the title says more than a bare "Minister"/"President". */
  specific: boolean;
}

export function officeHits(text: string): OfficeHit[] {
  const out: OfficeHit[] = [];
  for (const m of text.matchAll(OFFICE_RE)) {
    const g = m.groups!;
    const titleStart = m.index! + (g.pre ? m[0].indexOf(g.title!, g.pre.length) : 0);
    const title = g.title!.replace(/\s*[–—-]\s*/g, ' – ').replace(/\s+/g, ' ');
    const countryForm = g.of ?? g.pre;
    const country = countryForm ? countryOf(countryForm.replace(/^the\s+/, '')) : undefined;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      titleStart,
      titleEnd: titleStart + g.title!.length,
      title,
      country,
      specific: !!country || /\s(of|for)\s|–/.test(title) || /^(?!Prime\b)(?!Deputy Prime\b)\S.* Minister$/.test(title),
    });
  }
  return out;
}

export function officeName(h: OfficeHit): string {
  return h.country ? `${h.title} of ${h.country}` : h.title;
}
