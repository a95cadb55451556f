// The `Date:` header as publishers write it, read into the ISO form the graph keeps. What cannot
// be read is not fatal: the article loads without a published date and the reader is warned.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';

/** Each form gives [year, month, day] (month as a name or a number, day optional). */
const FORMS: [RegExp, (m: RegExpExecArray) => [string, string, string | undefined]][] = [
  [/^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[t ][\d:.]+(?:z|[+-]\d\d:?\d\d)?)?$/, (m) => [m[1]!, m[2] ?? '', m[3]]],
  [/^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/, (m) => [m[1]!, m[2]!, m[3]]],
  [new RegExp(`^${WEEKDAY}${DAY}\\s+${MONTH},?\\s+${YEAR}$`), (m) => [m[3]!, m[2]!, m[1]]],
  [new RegExp(`^${WEEKDAY}${MONTH}\\s+${DAY},?\\s+${YEAR}$`), (m) => [m[3]!, m[1]!, m[2]]],
  [new RegExp(`^${MONTH},?\\s+${YEAR}$`), (m) => [m[2]!, m[1]!, undefined]],
];

function iso(year: string, month: string, day: string | undefined): string | undefined {
  if (month === '') return year;
  const mi = /^\d+$/.test(month) ? Number(month) : MONTHS.indexOf(month.slice(0, 3)) + 1;
  if (mi < 1 || mi > 12) return undefined;
  const ym = `${year}-${String(mi).padStart(2, '0')}`;
  if (day === undefined) return ym;
  const d = Number(day);
  const date = new Date(Date.UTC(Number(year), mi - 1, d));
  return date.getUTCMonth() === mi - 1 && d >= 1 ? `${ym}-${String(d).padStart(2, '0')}` : undefined;
}

/** `"Mon 12th August 2019"` → `"2019-08-12"`; undefined when the value is no date we can read. */
export function headerDate(value: string): string | undefined {
  const v = value.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [re, parts] of FORMS) {
    const m = re.exec(v);
    if (m) return iso(...parts(m));
  }
  return undefined;
}
