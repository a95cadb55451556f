import type { TextSpan } from '../rows.ts';

// Where a text search's words occur in a hit's text, found in TypeScript (Lucene's highlighter is
// not reachable through Cypher). It cuts text into words the way the full-text indexes' analyzer
// (Lucene's standard one, without stop words) does, closely enough for the scripts our articles
// use: runs of letters and digits, held together by an apostrophe, a period or a colon between
// letters ("Russia's", "U.S") and by a period or comma between digits ("1,000", "3.5"); then
// lower-cased. A query word made only of letters and digits matches a word that equals it or
// starts with it (the query asks "w OR w*"); any other query word is a phrase, its words matching
// consecutive words exactly (search.ts, luceneQuery).

const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:['’.:](?=[\p{L}\p{M}_])|[.,;](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
const PLAIN = /^[\p{L}\p{N}]+$/u;

interface Word {
  start: number;
  end: number;
  lower: string;
}

function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase() }));
}

/**
 * The spans of `text` that the search words (search.ts, searchWords: lower-cased) match, in order,
 * overlapping ones merged; each span's `text` is `text.slice(start, end)`.
 */
export function matchSpans(text: string, searchWords: readonly string[]): TextSpan[] {
  const inText = words(text);
  const spans: [number, number][] = [];
  for (const w of searchWords) {
    if (PLAIN.test(w)) {
      for (const x of inText) if (x.lower.startsWith(w)) spans.push([x.start, x.end]);
      continue;
    }
    const phrase = words(w).map((x) => x.lower);
    if (phrase.length === 0) continue;
    for (let i = 0; i + phrase.length <= inText.length; i++) {
      if (phrase.every((p, j) => inText[i + j]!.lower === p)) spans.push([inText[i]!.start, inText[i + phrase.length - 1]!.end]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([...s]);
  }
  return merged.map(([start, end]) => ({ start, end, text: text.slice(start, end) }));
}
