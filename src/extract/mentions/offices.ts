// Office titles in running text: "(Demonym|Country’s)? (Deputy…)? TITLE (of/for PORTFOLIO)?
// (of COUNTRY)? (– TITLE …)?". The canonical office name ties the title to its country:
// "Japanese Prime Minister" → "Prime Minister of Japan".
import type { Ctx } from '../context.ts';
import { COUNTRIES } from '../data/countries.ts';
import { TITLES, TITLE_MODIFIERS, PORTFOLIO_WORDS, LOWER_TITLES, ENVOY_TITLES } from '../data/offices.ts';
import { alternation, countryOf } from '../data/lexicon.ts';

const countryNames = COUNTRIES.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
const demonyms = COUNTRIES.flatMap((c) => c.demonyms ?? []);
const PW = `(?:${alternation(PORTFOLIO_WORDS)})`;
const PORTFOLIO = `(?:the\\s+)?${PW}(?:(?:,\\s*|\\s+and\\s+|\\s*&\\s*|\\s+of\\s+(?:the\\s+)?|\\s+)${PW})*`;
const ONE = `(?:(?:${alternation(TITLE_MODIFIERS)})\\s+)?(?:${alternation(TITLES)})(?:\\s+(?:of|for)\\s+${PORTFOLIO})?`;
const COUNTRY = `(?:the\\s+)?(?:${alternation(countryNames)})`;
const PRE = `(?:${alternation(demonyms)}|(?:${alternation(countryNames)})(?:[’']s)?)`;
/** A lower-case title counts only after a demonym or possessive ("Brazil’s president", "the Saudi crown prince"). */
const LOWER_PRE = `(?:${alternation(demonyms)}|(?:${alternation(countryNames)})[’']s)`;
const LOWER_RE = new RegExp(
  `(?<![\\p{L}])(?:(?<pre>${LOWER_PRE})\\s+(?<title>${alternation(LOWER_TITLES)})|(?<=\\bthe\\s+)(?<title2>${alternation(LOWER_TITLES)})\\s+of\\s+(?<of>${COUNTRY}))(?![\\p{L}])`,
  'gu',
);
/** Where a state's representative serves: "to (the) COUNTRY" or "in CITY". */
const ENVOY_POST = new RegExp(`^\\s+(?:to\\s+(?<to>${COUNTRY})|in\\s+(?<in>\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?))(?![\\p{L}])`, 'u');

/** Groups: pre (demonym or possessive), title (one or two titles joined by a dash), of (country). */
const OFFICE_RE = new RegExp(
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
  /** Where an envoy serves (" to the UAE", " in Dubai"), part of the office name. */
  station?: string;
  /** True when the title says more than a bare "Minister"/"President". */
  specific: boolean;
}

/** "crown prince" → "Crown Prince"; a capitalised title is left as written ("Minister of Foreign Affairs"). */
const titleCase = (t: string): string =>
  /^\p{Lu}/u.test(t) ? t : t.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());

/**
 * The office titles of the article's body, found once per article: the people finder walks them
 * and the statements' clause scan asks, per sentence, whether a comma sits inside one. Both only
 * read the hits, so they share one array (scanning twice cost a twentieth of the extraction time).
 */
const byArticle = new WeakMap<Ctx, OfficeHit[]>();
export function articleOfficeHits(ctx: Ctx): OfficeHit[] {
  let hits = byArticle.get(ctx);
  if (!hits) byArticle.set(ctx, (hits = officeHits(ctx.body)));
  return hits;
}

function officeHits(text: string): OfficeHit[] {
  const out: OfficeHit[] = [];
  const upper = [...text.matchAll(OFFICE_RE)];
  const lower = [...text.matchAll(LOWER_RE)].filter(
    (l) => !upper.some((u) => u.index! < l.index! + l[0].length && l.index! < u.index! + u[0].length),
  );
  for (const m of [...upper, ...lower].sort((a, b) => a.index! - b.index!)) {
    const g: Record<string, string | undefined> = { ...m.groups! };
    g.title ??= g.title2;
    const titleStart = m.index! + (g.pre ? m[0].indexOf(g.title!, g.pre.length) : 0);
    const title = titleCase(g.title!.replace(/\s+[–—-]\s*|\s*[–—-]\s+|\s*[–—]\s*/g, ' – ').replace(/\s+/g, ' '));
    const countryForm = g.of ?? g.pre;
    const country = countryForm ? countryOf(countryForm.replace(/^the\s+/, '')) : undefined;
    // an envoy's post: "Ambassador of Angola to the UAE", "Australian Consul-General in Dubai"
    const post =
      country && ENVOY_TITLES.test(title) ? ENVOY_POST.exec(text.slice(m.index! + m[0].length, m.index! + m[0].length + 60)) : null;
    const postTo = post?.groups?.to ? countryOf(post.groups.to.replace(/^the\s+/, '')) : undefined;
    const station =
      postTo && postTo !== country
        ? ` to ${post!.groups!.to!}`
        : post?.groups?.in && !/^(?:The|This|That)$/.test(post.groups.in)
          ? ` in ${post.groups.in}`
          : undefined;
    out.push({
      start: m.index!,
      end: m.index! + m[0].length + (station ? post![0].length : 0),
      station,
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
  return h.country ? `${h.title} of ${h.country}${h.station ?? ''}` : h.title;
}
