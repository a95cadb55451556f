// Offices held in an organisation rather than a state: "NEDA Secretary Name" (the body's acronym
// before the title), "Name, Managing Director of the company" / "director-general at the Trade
// Bureau" (the body right after "of/at"; "the company" is the last company named before). The
// office is "TITLE of BODY", OFFICE_OF the body, and the person named with it holds it.
import type { Ctx } from '../context.ts';
import { BODY_TITLES } from '../data/offices.ts';
import { alternation } from '../data/lexicon.ts';
import { nameAt } from './names.ts';
import { addPerson } from './person-entities.ts';

const TITLE = `(?:(?:Deputy|Vice|Acting|Assistant)[ -])?(?:${alternation(BODY_TITLES)})`;
const ACR_TITLE = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Lu}\\p{N}&]{1,8}) (${TITLE})(?![\\p{L}])`, 'gu');
const TITLE_OF = new RegExp(`(?<![\\p{L}])(${TITLE}|${TITLE.toLowerCase()}) (?:of|at) (?:the )?(?:\\p{L}+[’']s )?`, 'gu');
const ORG_TITLE = new RegExp(`^ (${TITLE})(?= \\p{Lu}\\p{Ll})`, 'u');
/** A company by its legal or generic head noun, which "the company" may refer back to. */
const COMPANY = /\b(?:Company|Co\.|Ltd\.?|Limited|Inc\.?|Corporation|Corp\.?|Group|Holdings?)$/;

export function findBodyOffices(ctx: Ctx): void {
  const { body, g } = ctx;
  const orgs = [...g.entities.values()].filter((e) => e.type === 'Organization');
  const orgAt = (at: number) => orgs.find((e) => e.mentions.some((m) => m.start === at));
  for (const m of body.matchAll(ACR_TITLE)) {
    const org = orgAt(m.index!);
    if (!org) continue;
    const titleAt = m.index! + m[1]!.length + 1;
    add(ctx, m[2]!, org.id, org.name, m.index!, titleAt + m[2]!.length);
  }
  // "International Olympic Committee President Name": a body's full name right before a title
  for (const org of orgs) {
    if (!/\s/.test(org.name)) continue;
    for (const om of org.mentions) {
      const t = ORG_TITLE.exec(body.slice(om.end, om.end + 40));
      if (!t || !/\s/.test(om.text)) continue;
      const office = add(ctx, t[1]!, org.id, `the ${org.name}`, om.start, om.end + t[0].length);
      ctx.g.mention(office, ctx.g.span(om.start, om.end + t[0].length));
    }
  }
  for (const m of body.matchAll(TITLE_OF)) {
    const at = m.index! + m[0].length;
    let org = orgAt(at);
    let orgEnd = org?.mentions.find((x) => x.start === at)?.end;
    if (!org && /^company\b/.test(body.slice(at, at + 8))) {
      // "the company": the last company named before it
      org = orgs.filter((e) => COMPANY.test(e.name) && e.mentions.some((x) => x.end <= at)).sort((a, b) => last(b, at) - last(a, at))[0];
      orgEnd = at + 'company'.length;
    }
    if (!org || orgEnd === undefined) continue;
    add(ctx, m[1]!, org.id, org.name, m.index!, orgEnd);
  }
}

const last = (e: { mentions: { end: number }[] }, at: number) => Math.max(...e.mentions.filter((x) => x.end <= at).map((x) => x.end));

/** Office "TITLE of BODY" with the title as written as its mention; a name before ("Name, TITLE")
 * or after ("TITLE Name") holds it. */
function add(ctx: Ctx, written: string, orgId: string, orgName: string, start: number, end: number): string {
  const { body, g } = ctx;
  const title = written.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
  const titleAt = body.indexOf(written, start);
  const office = g.entity('Office', `${title} of ${orgName}`, g.span(titleAt, titleAt + written.length));
  g.relate('OFFICE_OF', office, orgId, [g.span(start, end)]);
  const after = / (?=\p{Lu})/uy;
  after.lastIndex = titleAt + written.length;
  const afterLen = after.test(body) ? nameAt(body, after.lastIndex, 2) : 0;
  if (afterLen > 0 && body.slice(after.lastIndex, after.lastIndex + afterLen).includes(' ')) {
    const pid = addPerson(ctx, body.slice(after.lastIndex, after.lastIndex + afterLen), after.lastIndex, afterLen);
    g.relate('HOLDS_OFFICE', pid, office, [g.span(start, after.lastIndex + afterLen)]);
    return office;
  }
  const before = /(\p{Lu}[\p{L}’'-]+(?: \p{Lu}[\p{L}’'-]+){1,3}), $/u.exec(body.slice(Math.max(0, start - 50), start));
  if (!before) return office;
  const nameStart = start - before[0].length;
  const pid = addPerson(ctx, before[1]!, nameStart, before[1]!.length);
  g.relate('HOLDS_OFFICE', pid, office, [g.span(nameStart, end)]);
  return office;
}
