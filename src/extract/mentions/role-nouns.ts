// A person named after a lower-case role noun: "the opposition party's leader Dr. Name Surname",
// "ACRONYM leader Name", "his media aide Name". What comes before the noun says whose role it
// is: an organisation named there (its acronym or name) or a country (demonym, possessive) gives
// the office "Role of BODY"; "his/her" gives "Role to OFFICE" of the person last named before.
import type { Ctx } from '../context.ts';
import { ROLE_NOUNS } from '../data/offices.ts';
import { alternation, countryOf } from '../data/lexicon.ts';
import { COUNTRIES } from '../data/countries.ts';
import { nameAt } from './names.ts';
import { addPerson } from './person-entities.ts';
import { lastNamed } from '../resolve/coref.ts';

const demonyms = COUNTRIES.flatMap((c) => c.demonyms ?? []);
const countryNames = COUNTRIES.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
const ROLE_RE = new RegExp(
  `(?<![\\p{L}])(?:(?<owner>\\p{Lu}[\\p{Lu}\\p{N}&]{1,8}|${alternation(demonyms)}|(?:${alternation(countryNames)})[’']s|[Hh]is|[Hh]er)\\s+)(?<role>${alternation(ROLE_NOUNS)})\\s+(?:(?:Dr\\.?|Mr\\.?|Mrs\\.?|Ms\\.?|Prof\\.?|Chief)\\s+)?(?=\\p{Lu})`,
  'gu',
);

const cap = (s: string) => s.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());

export function findRoleNouns(ctx: Ctx): void {
  const { body, g } = ctx;
  const orgs = [...g.entities.values()].filter((e) => e.type === 'Organization');
  for (const m of body.matchAll(ROLE_RE)) {
    const at = m.index! + m[0].length;
    const len = nameAt(body, at, 2);
    if (!len || !body.slice(at, at + len).includes(' ')) continue;
    const { owner, role } = m.groups!;
    const roleAt = m.index! + m[0].indexOf(role!, owner!.length);
    let office: string | undefined;
    let bodyId: string | undefined;
    const org = orgs.find((e) => e.mentions.some((x) => x.start === m.index! && x.end === m.index! + owner!.length));
    const country = !org && !/^[Hh](?:is|er)$/.test(owner!) ? countryOf(owner!.replace(/[’']s$/, '')) : undefined;
    if (/^[Hh](?:is|er)$/.test(owner!)) {
      const principal = lastNamed(ctx, m.index!, (p) => p.offices.length > 0);
      const pOffice = principal ? ctx.people.get(principal)!.offices[0] : undefined;
      const pName = pOffice ? g.entities.get(pOffice)?.name : undefined;
      if (pName) office = g.entity('Office', `${cap(role!)} to the ${pName}`, g.span(roleAt, roleAt + role!.length));
    } else if (org) {
      bodyId = org.id;
      office = g.entity('Office', `${cap(role!)} of the ${org.name}`, g.span(m.index!, roleAt + role!.length));
    } else if (country) {
      bodyId = g.entity('Country', country);
      office = g.entity('Office', `${cap(role!)} of ${country}`, g.span(m.index!, roleAt + role!.length));
    } else continue;
    const pid = addPerson(ctx, body.slice(at, at + len), at, len);
    const ev = [g.span(m.index!, at + len)];
    if (office) {
      if (bodyId) g.relate('OFFICE_OF', office, bodyId, ev);
      g.relate('HOLDS_OFFICE', pid, office, ev);
      const info = ctx.people.get(pid)!;
      if (!info.offices.includes(office)) info.offices.push(office);
    }
    if (country) {
      g.relate('AFFILIATED_WITH', pid, bodyId!, ev);
      const info = ctx.people.get(pid)!;
      if (!info.countries.includes(country)) info.countries.push(country);
    }
  }
}
