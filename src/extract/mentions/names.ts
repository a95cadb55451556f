// Personal names: capitalised words (initials and hyphenated parts allowed) that are not a
// country, demonym, month, title or function word. A name after a title is a person even if
// no list knows it. Lower-case particles ("bin", "da", "van") may join two name words
// ("Mohammed bin Salman", "Lula da Silva"); a leading run of capitals is initials ("AHM Kamal").
import { COUNTRY_FORMS } from '../data/lexicon.ts';
import { MONTHS } from '../data/cues.ts';
import { TITLES, TITLE_MODIFIERS } from '../data/offices.ts';
import { PLACES } from '../data/places.ts';
import { NAME_PARTICLES, NAME_STOP_WORDS } from '../data/names.ts';

/** A city's name may be a family name ("… Medina"): it ends a name only as the first word. */
const PLACE_WORDS = new Set<string>(Object.keys(PLACES));
const STOP = new Set<string>([
  ...COUNTRY_FORMS.keys(),
  ...MONTHS,
  ...TITLES.flatMap((t) => t.split(' ')),
  ...TITLE_MODIFIERS.flatMap((t) => t.split(' ')),
  ...NAME_STOP_WORDS,
]);

const TOKEN = /^(?:\p{Lu}\.|\p{Lu}[\p{Ll}’']+(?:-\p{L}[\p{Ll}]*)*)$/u;
const WORD = /(\p{Lu}\.|\p{Lu}[\p{Ll}’']+(?:-\p{L}[\p{Ll}]*)*)(\s?)/uy;
const PARTICLE = new RegExp(`(?:(?:${NAME_PARTICLES.join('|')}) )+(?=\\p{Lu})`, 'uy');
const INITIALS = /\p{Lu}{2,3} (?=\p{Lu}\p{Ll}+ \p{Lu}\p{Ll})/uy;
/** At most this many name words; particles and initials do not count. */
const MAX_WORDS = 5;

/** The longest name starting at `at` in text; returns its length in chars. */
export function nameAt(text: string, at: number, minTokens = 1): number {
  let pos = at;
  let end = at;
  let n = 0;
  let realWords = 0;
  INITIALS.lastIndex = at;
  const initials = INITIALS.exec(text);
  if (initials && !STOP.has(initials[0].trim())) pos += initials[0].length;
  while (realWords < MAX_WORDS) {
    // a particle only inside a name, between two name words
    PARTICLE.lastIndex = pos;
    const particle = n > 0 ? PARTICLE.exec(text) : null;
    WORD.lastIndex = particle ? pos + particle[0].length : pos;
    const m = WORD.exec(text);
    if (!m) break;
    const tok = m[1]!.replace(/[’']s$/, '');
    // "Bin Salman" alone is a later mention of a patronymic name, not a name of its own
    if (STOP.has(tok) || (n === 0 && PLACE_WORDS.has(tok)) || !TOKEN.test(m[1]!) || (n === 0 && /^(?:Bin|Ibn|Bint)$/.test(tok))) break;
    n++;
    if (!tok.endsWith('.')) realWords++;
    end = WORD.lastIndex - m[2]!.length;
    // A possessive ends the name: "Modi’s visit".
    if (/[’']s$/.test(m[1]!)) {
      end -= 2;
      break;
    }
    if (!m[2]) break;
    pos = end + m[2].length;
  }
  if (initials && n < 2) return nameAt(text, at + initials[0].length, minTokens);
  // Trailing initials are not part of a name.
  return n >= minTokens && realWords >= 1 ? end - at : 0;
}
