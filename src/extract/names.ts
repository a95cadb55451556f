// Personal names: capitalised words (initials and hyphenated parts allowed) that are not a
// country, demonym, month, title or function word. A name after a title is a person even if
// no list knows it.
import { COUNTRY_FORMS } from './lexicon.ts';
import { MONTHS } from './data/cues.ts';
import { TITLES, TITLE_MODIFIERS } from './data/offices.ts';
import { PLACES } from './data/places.ts';

const STOP = new Set<string>([
  ...COUNTRY_FORMS.keys(), ...MONTHS, ...Object.keys(PLACES),
  ...TITLES.flatMap((t) => t.split(' ')), ...TITLE_MODIFIERS.flatMap((t) => t.split(' ')),
  'The', 'A', 'An', 'In', 'On', 'At', 'Of', 'For', 'To', 'And', 'But', 'As', 'He', 'She', 'It', 'We', 'They',
  'This', 'That', 'These', 'Those', 'According', 'Ministry', 'Government', 'State', 'Federation', 'Republic',
  'Council', 'Committee', 'Commission', 'Bank', 'Fund', 'Agency', 'Forum', 'Summit', 'Union', 'Organization',
  'Organisation', 'Corporation', 'Company', 'Group', 'Initiative', 'Plan', 'Programme', 'Program', 'Strategy',
  'Partnership', 'Agreement', 'Economic', 'National', 'International', 'Eastern', 'Western', 'Northern',
  'Southern', 'Central', 'Asia', 'Europe', 'Eurasian', 'East', 'West', 'Far', 'Make', 'Digital', 'Belt', 'Road',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mr', 'Mrs', 'Ms', 'Dr',
  'Deputy', 'First', 'Vice', 'Acting',
]);

const TOKEN = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}’']+(?:-\p{L}[\p{Ll}]*)*)$/u;

/** The longest name (1–4 tokens) starting at `at` in text; returns its length in chars. */
export function nameAt(text: string, at: number, minTokens = 1): number {
  const re = /(\p{Lu}\.|\p{Lu}[\p{Ll}’']+(?:-\p{L}[\p{Ll}]*)*)(\s?)/uy;
  let pos = at;
  let end = at;
  let n = 0;
  let realWords = 0;
  while (n < 4) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) break;
    const tok = m[1]!.replace(/[’']s$/, '');
    if (STOP.has(tok) || !TOKEN.test(m[1]!)) break;
    n++;
    if (!tok.endsWith('.')) realWords++;
    end = pos + m[1]!.length;
    // A possessive ends the name: "Modi’s visit".
    if (/[’']s$/.test(m[1]!)) { end -= 2; break; }
    if (!m[2]) break;
    pos = end + m[2].length;
  }
  // Trailing initials are not part of a name.
  return n >= minTokens && realWords >= 1 ? end - at : 0;
}

export function isNameStop(word: string): boolean {
  return STOP.has(word);
}
