// Organizations: ministries ("Ministry of Economic Development of Russia"), Title Case names
// ending in an organization noun, and known acronyms of blocs. Ministries and national bodies
// are affiliated with their country. "Name (ABC)" makes ABC another name of the same body,
// wherever it recurs; known blocs and agencies are one entity under acronym and expansion.
import type { Ctx } from '../context.ts';
import { ORG_NOUNS, KNOWN_ORGS, ORG_COMMON, AGENCIES_IN_CONTEXT, LEGISLATURES } from '../data/organizations.ts';
import { alternation, countryOf, wordMatcher, COUNTRY_FORMS, COUNTRY_RE } from '../data/lexicon.ts';
import { SITTING_BODY, SITTING_ORDINAL } from '../data/event-heads.ts';

const NAMED = new RegExp(
  String.raw`(?<![\p{L}])(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s+(?:(?:of|and|for|on)\s+(?:the\s+)?)?){0,6}(?:${alternation(ORG_NOUNS)})(?:\s+(?:of|for|on)\s+(?:the\s+)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}[\p{L}-]*(?:(?:\s+and|,)?\s+\p{Lu}[\p{L}-]*){0,5})?)(?![\p{L}])`,
  'gu',
);
const LEAD_OF =
  /^(?:(?:[IVX]+|\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Joint|Annual|Extraordinary)\s+)*(?:Summit|Session|Meeting|Conference|Congress|Director|Director-General|Director General|Head|Chairman|Chair|Secretary-General|Secretary General|President|Minister|Ambassador)\s+of\s+(?:the\s+)?/u;
const ORG_HEAD = new RegExp(String.raw`(?<![\p{L}])(?:${alternation(ORG_NOUNS)})(?![\p{L}])`, 'u');
const NUMBERED_SITTING = new RegExp(String.raw`^${SITTING_ORDINAL}\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}${SITTING_BODY}$`, 'u');
const KNOWN = wordMatcher(Object.keys(KNOWN_ORGS));
const LEGISLATURE = wordMatcher(Object.keys(LEGISLATURES));
/** "the Polish parliament": a state's parliament by its demonym */
const DEMONYM_PARLIAMENT = /(?<![\p{L}])(\p{Lu}[\p{L}-]+)\s+parliament(?![\p{L}])/gu;
/** "the Parliament approved …", "the Government has considered …", "presented it to Parliament":
 * the one state's house or government
 * (not "the Unity Government", "the Government of X", "the Parliament Speaker") */
const BARE_BODY =
  /(?<=\b(?:[Tt]he|to|before|in|by|from)\s)(Parliament|Government|Cabinet|parliament)(?!\s+(?:of\b|\p{Lu}))(?![\p{L}’'-])/gu;
/** "the Lao government", "Laos' National Assembly", "the Japanese Cabinet": a state's body by its
 * demonym or possessive, named as "Government of Laos" (the words as written stay its mention) */
const STATE_BODY =
  /(?<![\p{L}-])(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)(?:['’]s?)?\s+(government|Government|parliament|Parliament|National\s+Assembly|Cabinet|cabinet|Senate)(?![\p{L}’'-])(?!\s+(?:of\b|\p{Lu}))/gu;
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1).replace(/\s+/g, ' ');
// a lower-case body keeps its remit and parties: "joint commission on trade between A and B"
const COMMON = new RegExp(
  String.raw`\b(?:(?:joint|new|bilateral)\s+)?(?:${alternation(ORG_COMMON)})(?:\s+(?:on|for)\s+[a-z]+(?:\s+[a-z]+){0,3}?\s+between\s+\p{Lu}[\p{L}-]*\s+and\s+\p{Lu}[\p{L}-]*)?(?![\p{L}])`,
  'gu',
);
const AGENCY = new RegExp(
  String.raw`(?<=\(|^|\s)(${alternation(AGENCIES_IN_CONTEXT)})(?=\)|\s+(?:news agency|reports|reported|said|quoted|cited))`,
  'gmu',
);
/** "(ECOWAS)", "(IsDB)", "(AfDB)": capitals, digits and joins, or a mixed-case code with two capitals at least */
const ACRONYM_AFTER = /^(?:['’]s)?\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9}|\p{Lu}(?=[\p{L}\p{N}&-]*\p{Lu})[\p{L}\p{N}&-]{1,7})\)/u;
const COORDINATED = /^(.+?)\s+and\s+(?:the\s+)?(\p{Lu}.*)$/u;
/** "the foreign ministry", "Seoul's finance ministry": the ministry of the country named before it. */
const GENERIC_MINISTRY = /\b(foreign|finance|trade|economy|defen[cs]e|commerce|industry|energy|health|education|agriculture) ministry\b/g;
const MINISTRY_NAME: Record<string, string> = { foreign: 'Foreign Affairs', defence: 'Defence', defense: 'Defense' };

/** A lower-case unit of a body named by its possessive: "the ministry's development cooperation
 * bureau", "USAID's bureau for policy and learning" (not "office": too often a room or a post). */
const UNIT =
  /[’']s(?: \(\p{Lu}+\))? ((?:[a-z]+ ){1,3}(?:bureau|department|division|directorate)|(?:bureau|department|division|directorate) (?:for|of) [a-z]+(?:,? (?:and )?[a-z]+){0,4})(?![\p{L}])/gu;

export function extractOrganizations(ctx: Ctx): void {
  const { body, g } = ctx;
  for (const m of body.matchAll(UNIT)) {
    const at = m.index! + m[0].length - m[1]!.length;
    const name = m[1]!.replace(/(^|\s)(?!(?:for|of|and)\b)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
    g.entity('Organization', name, g.span(at, at + m[1]!.length));
  }
  for (const m of body.matchAll(NAMED)) {
    // a sentence-initial "The" is not part of the name; a dotted "U.S." before it is
    let name = m[1]!.trim().replace(/^The\s+/, '');
    let start = m.index! + m[0].indexOf(name);
    const dotted = /(?:U\.S\.|U\.K\.|U\.N\.)\s+$/.exec(body.slice(Math.max(0, start - 6), start));
    if (dotted) [start, name] = [start - dotted[0].length, body.slice(start - dotted[0].length, start + name.length)];
    // "IV Summit of the Community of …", "Director of the Tourism Department": an event or a post
    // held in the body is not its name; the body is what follows "of (the)"
    const lead = LEAD_OF.exec(name);
    if (lead && ORG_HEAD.test(name.slice(lead[0].length)) && /\s/.test(name.slice(lead[0].length))) {
      start += lead[0].length;
      name = name.slice(lead[0].length);
    }
    // "…States, CELAC": an acronym after a comma is another name of the body
    const tailAcr = /,\s+(\p{Lu}[\p{Lu}\p{N}&]{1,8})$/u.exec(name);
    if (tailAcr) name = name.slice(0, tailAcr.index);
    if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length < 2) continue;
    // "the Second Binational Cabinet", "II Joint Commission": a numbered sitting is an event (events.ts)
    if (NUMBERED_SITTING.test(name)) continue;
    // "the Ministry of Trade and the Ministry of Finance": two bodies, each named with a head of its own
    const pair = COORDINATED.exec(name);
    if (pair && ORG_HEAD.test(pair[1]!) && ORG_HEAD.test(pair[2]!) && /\s/.test(pair[1]!) && /\s/.test(pair[2]!)) {
      addNamed(ctx, pair[1]!, start);
      const second = start + name.length - pair[2]!.length;
      const id = addNamed(ctx, pair[2]!, second);
      const acr = ACRONYM_AFTER.exec(body.slice(start + name.length));
      if (acr) addAcronym(ctx, id, acr[1]!);
      continue;
    }
    const id = addNamed(ctx, name, start);
    const acr = ACRONYM_AFTER.exec(body.slice(start + name.length));
    if (acr) addAcronym(ctx, id, acr[1]!);
    if (tailAcr) addAcronym(ctx, id, tailAcr[1]!);
  }
  for (const m of body.matchAll(COMMON)) {
    const name = m[0].replace(/^(?:new|bilateral)\s+/, '');
    const start = m.index! + m[0].length - name.length;
    g.entity('Organization', name.charAt(0).toUpperCase() + name.slice(1), g.span(start, start + name.length));
  }
  for (const m of body.matchAll(KNOWN)) {
    g.entity('Organization', KNOWN_ORGS[m[0]]!, g.span(m.index!, m.index! + m[0].length));
  }
  for (const m of body.matchAll(AGENCY)) g.entity('Organization', m[1]!, g.span(m.index!, m.index! + m[1]!.length));
  for (const m of body.matchAll(LEGISLATURE)) {
    const span = g.span(m.index!, m.index! + m[0].length);
    const id = g.entity('Organization', m[0], span);
    g.relate('AFFILIATED_WITH', id, g.entity('Country', LEGISLATURES[m[0]]!), [span], true);
  }
  for (const m of body.matchAll(DEMONYM_PARLIAMENT)) {
    const hit = COUNTRY_FORMS.get(m[1]!);
    if (hit?.form !== 'demonym') continue;
    const span = g.span(m.index!, m.index! + m[0].length);
    g.relate('AFFILIATED_WITH', g.entity('Organization', m[0], span), g.entity('Country', hit.country), [span]);
  }
  const home = soleCountry(ctx);
  if (home) {
    for (const m of body.matchAll(BARE_BODY)) {
      const span = g.span(m.index!, m.index! + m[1]!.length);
      const id = g.entity('Organization', `${capitalised(m[1]!)} of ${home}`, span);
      g.relate('AFFILIATED_WITH', id, g.entity('Country', home), [span], true);
    }
  }
  for (const m of body.matchAll(STATE_BODY)) {
    // "The Japanese government": the country may be the second of the two words
    const last = m[1]!.split(' ').pop()!;
    const whole = countryOf(m[1]!);
    const country = whole ?? countryOf(last);
    if (!country) continue;
    const [start, end] = [whole ? m.index! : m.index! + m[1]!.length - last.length, m.index! + m[0].length];
    const id = g.entity('Organization', `${capitalised(m[2]!)} of ${country}`, g.span(start, end));
    // the body another finder made of the same words ("Laos' National Assembly") is this one
    for (const e of [...g.entities.values()])
      if (
        (e.type === 'Organization' || e.type === 'Place') &&
        e.id !== id &&
        e.mentions.some((x) => x.start >= m.index! && x.end <= end && x.end > end - m[2]!.length)
      )
        g.merge(e.id, id);
    g.relate('AFFILIATED_WITH', id, g.entity('Country', country), [g.span(start, end)]);
  }
  for (const m of body.matchAll(GENERIC_MINISTRY)) {
    // the country is the last one named in the 80 characters before ("Seoul's foreign ministry")
    const from = Math.max(0, m.index! - 80);
    const before = [...body.slice(from, m.index!).matchAll(COUNTRY_RE)].pop();
    const country = before && countryOf(before[0]);
    if (!country) continue;
    const field = MINISTRY_NAME[m[1]!] ?? m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
    const id = g.entity('Organization', `Ministry of ${field} of ${country}`, g.span(m.index!, m.index! + m[0].length));
    g.relate('AFFILIATED_WITH', id, g.entity('Country', country), [g.span(from + before.index!, m.index! + m[0].length)]);
  }
}

/** The state an article is about when it names one only (or one far more than any other): whose
 * "the Parliament" and "the Government" it means. */
function soleCountry(ctx: Ctx): string | undefined {
  const counts = [...ctx.g.entities.values()]
    .filter((e) => e.type === 'Country')
    .map((e) => [e.name, e.mentions.length] as const)
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = counts;
  return first && (first[1] >= 2 || !second) && (!second || first[1] >= 3 * second[1]) ? first[0] : undefined;
}

/** Every occurrence of an acronym introduced in parentheses names the same body. */
function addAcronym(ctx: Ctx, id: string, acronym: string): void {
  for (const m of ctx.body.matchAll(wordMatcher([acronym]))) ctx.g.mention(id, ctx.g.span(m.index!, m.index! + acronym.length));
}

/** A named body, affiliated with the state its name names ("Ministry of Economy of Japan"). */
function addNamed(ctx: Ctx, name: string, start: number): string {
  const { g } = ctx;
  const id = g.entity('Organization', KNOWN_ORGS[name] ?? name, g.span(start, start + name.length));
  // "Latin American", "Central Asian": a region's adjective names no state
  const country = [...name.replace(/\b(?:Latin|South|North|Central)\s+(?:American|Asian|African)\b/g, '').matchAll(/\p{Lu}[\p{L}-]+/gu)]
    .map((w) => countryOf(w[0]))
    .find(Boolean);
  if (country && !/\b(?:and|between)\b/.test(name.replace(/ of [\s\S]*/, ''))) {
    g.relate('AFFILIATED_WITH', id, g.entity('Country', country), [g.span(start, start + name.length)]);
  }
  return id;
}
