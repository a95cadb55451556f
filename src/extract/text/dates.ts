// Date expressions of news text; years inside dates are not figures.
import { MONTHS } from '../data/cues.ts';

const M = MONTHS.join('|');
export const DATE_SRC = `(?:(?:early|mid|late|the end of|the beginning of)[\\s-]+)?(?:\\d{1,2}\\s+(?:${M})|(?:${M})(?:\\s+\\d{1,2}(?:st|nd|rd|th)?(?!\\d))?)(?:,?\\s+(?:19|20)\\d\\d)?|(?:19|20)\\d\\d`;

/** "May 2016" → "2016-05"; "2016" → "2016"; undefined when no year is given. */
export function isoDate(text: string): string | undefined {
  const y = /(?:19|20)\d\d/.exec(text)?.[0];
  if (!y) return undefined;
  const mi = MONTHS.findIndex((m) => text.includes(m));
  if (mi < 0) return y;
  const d = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(text.replace(y, ''))?.[1];
  const mm = String(mi + 1).padStart(2, '0');
  return d ? `${y}-${mm}-${d.padStart(2, '0')}` : `${y}-${mm}`;
}
