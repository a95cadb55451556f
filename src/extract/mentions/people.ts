// People and their offices. A person is found (1) after an office title, (2) before an
// appositive title ("Narendra Modi, the Prime Minister of India,"), (3) as a counterpart, (4) as a
// name without a title (name-patterns.ts). Titles are stripped from the name and become Office entities
// tied to their country; bare surnames later in the text are mentions of the same person.
import type { Ctx, PersonInfo } from '../context.ts';
import { entityId } from '../../model/ids.ts';
import { articleOfficeHits, officeName, type OfficeHit } from './offices.ts';
import { nameAt } from './names.ts';
import { findBareNames } from './name-patterns.ts';
import { findCounterparts } from './counterparts.ts';
import { findOfficeLists } from './office-lists.ts';
import { findBodyOffices } from './org-offices.ts';
import { findRoleNouns } from './role-nouns.ts';
import { findPluralTitles } from './plural-titles.ts';
import { lastNamed } from '../resolve/coref.ts';
import { addOffice, addPerson, bind } from './person-entities.ts';
import { BODY_TITLES } from '../data/offices.ts';
import { countryOf } from '../data/lexicon.ts';
import { FAMILY_NAME_FIRST, HONORIFIC } from '../data/names.ts';

/** between a title and its name: a space (after a comma), then honorifics; "Sultan" is a title and a given name */
const AFTER_TITLE = new RegExp(String.raw`^(?:,?[ \t\u00a0]+)(?:(?:${HONORIFIC}|Sultan) )*`);

export function extractPeople(ctx: Ctx): void {
  const { body } = ctx;
  const hits = articleOfficeHits(ctx);
  const pending: { hit: OfficeHit; at: number; len: number }[] = [];
  const roleRefs: { hit: OfficeHit; office: string | undefined }[] = [];
  const orgEnds = new Set(
    [...ctx.g.entities.values()]
      .filter((e) => e.type === 'Organization' && /\s/.test(e.name))
      .flatMap((e) => e.mentions.filter((m) => /\s/.test(m.text)).map((m) => m.end)),
  );
  for (const hit of hits) {
    // "Olympic Committee President Name": the title is the body's (org-offices.ts), not a state's
    if (!hit.country && BODY_TITLE_SET.has(hit.title) && orgEnds.has(hit.start - 1) && body[hit.start - 1] === ' ') continue;
    const office = hit.specific && hit.country ? addOffice(ctx, hit) : hit.specific ? addOffice(ctx, hit) : undefined;
    // (2) appositive: "Name Surname, the Title of Country"; it wins over a name after the
    // title's comma ("Name A, Under-Secretary, Name B, Director …": A holds the first title)
    // (a degree between name and comma is the name's: "Name Surname (PhD), Minister of …")
    const before = /([^\s(]\S*(?: [^\s(]\S*){0,5})(?: \((?:PhD|Ph\.D\.?|MD|MP)\))?,\s+(?:the\s+)?$/.exec(
      body.slice(Math.max(0, hit.start - 80), hit.start),
    );
    // the name is the longest run of name words that ends at the comma: the words before it
    // ("… and Name Surname, Minister of …", "officials Name Surname, …") are not part of it
    const nameEnd = before ? hit.start - before[0].length + before[1]!.length : 0;
    // "the President of Sierra Leone, the Emir": a country ending the title before is no name
    const named = before ? appositiveNameStart(body, hit.start - before[0].length, nameEnd) : undefined;
    // "the Minister of Agriculture, Name A, the Minister of Trade, Name B": in such a list the name before
    // this title follows the previous title's comma and is that title's; this title's name comes after it
    // (unless a name stands before that title too: "Name A, Title, Name B, Title" pairs each name with the title after it)
    const listed =
      named !== undefined &&
      hits.some(
        (h) =>
          h !== hit &&
          h.end <= named &&
          /^,\s+$/.test(body.slice(h.end, named)) &&
          !/\p{Lu}[\p{L}.’'-]*,\s+(?:the\s+)?$/u.test(body.slice(Math.max(0, h.start - 40), h.start)),
      );
    const nameStart = named !== undefined && !listed && !countryOf(body.slice(named, nameEnd)) ? named : undefined;
    // (1) name right after the title, or after its comma when a full name follows ("Brazil’s
    // president, Luiz Inácio Lula da Silva, and …"); an honorific ("Sheikh") is skipped
    const ws = AFTER_TITLE.exec(body.slice(hit.end, hit.end + 60));
    const at = hit.end + (ws ? ws[0].length : 0);
    const comma = ws?.[0].startsWith(',');
    const len = ws && !(comma && nameStart !== undefined) ? nameAt(body, at, comma ? 2 : 1) : 0;
    if (len > 0) {
      const tokens = body.slice(at, at + len).split(/\s+/).length;
      if (tokens >= 2) {
        const pid = addPerson(ctx, body.slice(at, at + len), at, len);
        bind(ctx, pid, hit, office, at + len);
        // "Deputy Prime Minister and Minister of Finance Name": the name holds both offices of the title
        const joined = hits.find((h) => h.end <= hit.start && /^\s+(?:and|&)\s+$/.test(body.slice(h.end, hit.start)));
        if (joined) bind(ctx, pid, joined, joined.specific ? addOffice(ctx, joined) : undefined, at + len, joined.start);
      } else pending.push({ hit, at, len });
      continue;
    }
    if (!before && hit.country) roleRefs.push({ hit, office });
    if (nameStart !== undefined) {
      const pid = addPerson(ctx, body.slice(nameStart, nameEnd), nameStart, nameEnd - nameStart);
      bind(ctx, pid, hit, office, hit.end, nameStart);
      // "Name, Minister of Foreign Affairs, on behalf of Ruritania": the country they act for
      const behalf = hit.country
        ? null
        : /^,?\s+on behalf of (?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,3})/u.exec(body.slice(hit.end, hit.end + 60));
      const country = behalf ? countryOf(behalf[1]!) : undefined;
      if (country) {
        const ev = [ctx.g.span(nameStart, hit.end + behalf![0].length)];
        const cid = ctx.g.entity('Country', country);
        ctx.g.relate('AFFILIATED_WITH', pid, cid, ev);
        if (office) ctx.g.relate('OFFICE_OF', office, cid, ev);
        const info = ctx.people.get(pid)!;
        if (!info.countries.includes(country)) info.countries.push(country);
      }
    }
  }
  // (3) counterparts ("his Japanese counterpart Name"), names under a plural title ("Presidents A
  // and B"); (4) names without a title
  findCounterparts(ctx, hits);
  findOfficeLists(ctx);
  findBodyOffices(ctx);
  findRoleNouns(ctx);
  findPluralTitles(ctx);
  findBareNames(ctx, hits);
  // single-token names after a title: an earlier/later full name with that surname, else new
  for (const p of pending) {
    const surname = body.slice(p.at, p.at + p.len);
    const known = [...ctx.people.values()].find((x) => x.surname === surname);
    // a monarch known by one name is called by title and name ("King Salman")
    const royal = !known && ROYAL_TITLES.has(p.hit.title);
    const pid =
      known?.id ??
      (royal
        ? addPerson(ctx, body.slice(p.hit.titleStart, p.at + p.len), p.hit.titleStart, p.at + p.len - p.hit.titleStart)
        : addPerson(ctx, surname, p.at, p.len));
    if (royal) ctx.people.get(pid)!.surname = ctx.people.get(pid)!.name; // "Salman" alone may be another person's
    const office = p.hit.specific ? entityId('Office', officeName(p.hit)) : undefined;
    bind(ctx, pid, p.hit, office, p.at + p.len);
  }
  resolveRoleRefs(ctx, roleRefs);
  addSurnameMentions(ctx);
}

/** Start of the longest name (two words or more) in [from, end) that ends exactly at `end`. */
function appositiveNameStart(body: string, from: number, end: number): number | undefined {
  for (let s = from; s < end; ) {
    // a word after a particle ("Sultan bin Saeed Al Mansoori") is inside a name begun earlier
    if (/(?:^|\s)(?:bin|bint|ibn|al|el|da|de|del|van|von)\s$/.test(body.slice(Math.max(0, s - 6), s))) {
      // … unless that earlier word is a given name that is also a title: "Sultan bin Saeed …"
      const given = /(?<!\p{L})(?:Sultan|Emir|Amir) (?:bin|ibn) $/u.exec(body.slice(Math.max(0, s - 14), s));
      return given && nameAt(body, s, 1) === end - s ? s - given[0].length : undefined;
    }
    if (nameAt(body, s, 2) === end - s) return s;
    const sp = body.indexOf(' ', s);
    if (sp < 0 || sp >= end) break;
    s = sp + 1;
  }
  return undefined;
}

/**
 * A nameless title with a country ("the Saudi crown prince", "the Kazakh president") refers to the
 * last person named before it under that bare title ("Crown Prince Mohammed …"): the phrase is a
 * mention of them and settles their country.
 */
function resolveRoleRefs(ctx: Ctx, refs: { hit: OfficeHit; office: string | undefined }[]): void {
  for (const { hit, office } of refs) {
    const title = hit.title.toLowerCase();
    const fits = (p: PersonInfo) =>
      p.titles.some((t) => t.toLowerCase() === title) && (!p.countries.length || p.countries.includes(hit.country!));
    const pid = lastNamed(ctx, hit.start, fits);
    if (!pid) continue;
    ctx.g.mention(pid, ctx.g.span(hit.start, hit.end));
    bind(ctx, pid, hit, office, hit.end);
  }
}

const BODY_TITLE_SET = new Set(BODY_TITLES);
const ROYAL_TITLES = new Set(['King', 'Queen', 'Emir', 'Sultan', 'Emperor']);
const LETTER = /\p{L}/u;
/** Is the code point ending just before `i` (or starting at `i`) a letter? Surrogate pairs count as one. */
const letterBefore = (s: string, i: number) =>
  i > 0 &&
  LETTER.test(
    String.fromCodePoint(s.codePointAt(i >= 2 && /[\uDC00-\uDFFF]/.test(s[i - 1]!) && /[\uD800-\uDBFF]/.test(s[i - 2]!) ? i - 2 : i - 1)!),
  );
const letterAt = (s: string, i: number) => i < s.length && LETTER.test(String.fromCodePoint(s.codePointAt(i)!));

/**
 * Every whole-word occurrence of an unambiguous surname is a mention of its person: the matches of
 * /(?<!\p{L})Surname(?!\p{L})/gu, found with indexOf (a RegExp per surname and article cost a
 * quarter of the extraction time: surnames differ from article to article, so none is cached).
 */
function addSurnameMentions(ctx: Ctx): void {
  const { body, g } = ctx;
  const bySurname = new Map<string, PersonInfo[]>();
  for (const p of ctx.people.values()) bySurname.set(p.surname, [...(bySurname.get(p.surname) ?? []), p]);
  for (const [surname, ps] of bySurname) {
    // ambiguous surnames stay unresolved; two letters are too short to trust ("Le", "Al") unless they open
    // a family-name-first name ("Wu Dalin" … "Wu said"), where they are the family name by construction
    if (ps.length !== 1 || (surname.length < 3 && !(FAMILY_NAME_FIRST.has(surname) && ps[0]!.name.startsWith(`${surname} `)))) continue;
    for (const form of new Set([surname, surname.charAt(0).toUpperCase() + surname.slice(1)])) addForm(form, ps[0]!.id);
  }
  function addForm(surname: string, id: string): void {
    for (let i = body.indexOf(surname); i >= 0; ) {
      const end = i + surname.length;
      if (!letterBefore(body, i) && !letterAt(body, end)) {
        g.mention(id, g.span(i, end));
        i = body.indexOf(surname, end);
      } else i = body.indexOf(surname, i + 1);
    }
  }
}
