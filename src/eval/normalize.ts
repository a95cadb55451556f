// Name normalisation shared by both sides of a comparison, as the reference scorer does it
// (score-extraction.py, which the project's scorer ports): NFKC, lower case, quote marks dropped, dashes and
// punctuation to spaces, articles dropped.

const QUOTES = /[\u2018\u2019\u201c\u201d"'`]/g;
const DASHES = /[\u2010-\u2015-]/g;
const NOT_WORD = /[^\p{L}\p{N}_\s]/gu;
const ARTICLES = new Set(['the', 'a', 'an']);

/** Words the partial match ignores: a shared "of" or "between" says nothing. */
const STOP = new Set([
  'of',
  'on',
  'in',
  'to',
  'for',
  'and',
  'with',
  'by',
  'at',
  'from',
  'its',
  'his',
  'her',
  'their',
  'between',
  'this',
  'that',
  's',
]);

export function norm(s: string): string {
  const spaced = s.normalize('NFKC').toLowerCase().replace(QUOTES, '').replace(DASHES, ' ').replace(NOT_WORD, ' ');
  return spaced
    .split(/\s+/)
    .filter((w) => w !== '' && !ARTICLES.has(w))
    .join(' ');
}

export function words(s: string): Set<string> {
  const n = norm(s);
  return new Set(n ? n.split(' ') : []);
}

export function contentWords(s: string): Set<string> {
  return new Set([...words(s)].filter((w) => !STOP.has(w)));
}

/** Relation types compare case-free, `_` and spaces alike. */
export const relationKey = (t: string): string => t.toLowerCase().replace(/[^a-z]/g, '_');
