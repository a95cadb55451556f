// Plans (bilateral instruments) and national objectives (a country's own projects, goals,
// programmes, targets). Sources: quoted names (“Nine Bridges”, “five-point plan”), counted or
// numbered lower-case names ("twelve national projects", "a five-year roadmap"), Title Case
// names ("Make in India initiative", "Comprehensive Strategic Partnership"), trade targets.
// A shorter name that ends a longer one of the same kind is a mention of it.
import type { Ctx } from '../context.ts';
import type { EntityLabel } from '../../model/vocabulary.ts';
import { PLAN_HEADS, OBJECTIVE_HEADS } from '../data/cues.ts';
import { alternation, countryOf, COUNTRY_RE } from '../data/lexicon.ts';
import { wordCount } from '../text/quotes.ts';
import { extractTargets, mergeSameTargets } from './targets.ts';
import { extractQuantifiedChanges } from './quantified-changes.ts';
import { extractListedInstruments } from './listed-instruments.ts';
import { extractPlanPhrases } from './plan-phrases.ts';
import { extractGoalClauses } from './goal-clauses.ts';
import { extractListedGoals } from './listed-goals.ts';
import { extractPlanLists } from './plan-lists.ts';
import { extractGoalObjectives, extractProgrammeNames } from './objective-goals.ts';
import { extractDatedNames } from './dated-names.ts';
import { extractPledges } from './pledges.ts';
import { extractNominalGoals } from './nominal-goals.ts';
import {
  extractProgrammeGoals,
  extractProgrammeDescriptors,
  extractVisionStatements,
  extractDeclaredGoals,
  extractFocusGoals,
} from './programme-goals.ts';
import { extractLegalActs } from './legal-acts.ts';
import { extractNamedWorks } from './named-works.ts';

interface Cand {
  type: EntityLabel;
  name: string;
  start: number;
  end: number;
  generic?: boolean;
}

const PLAN_HEAD = new RegExp(`\\b(?:${alternation(PLAN_HEADS)})$`, 'i');
const OBJ_HEAD = new RegExp(`(?:${alternation(OBJECTIVE_HEADS)})$`, 'i');
const NUM = '(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|\\d+)';
const COUNTED_OBJ = new RegExp(`\\b(?:${NUM}\\s+)?(?:${alternation(OBJECTIVE_HEADS)})\\b`, 'g');
const NUMBERED_PLAN = new RegExp(
  `\\b(?:${NUM}-(?:point|year|stage|step|pronged)|(?:19|20)\\d\\d)\\s+(?:(?!(?:to|towards?|our|the|their|its|his|her|of|for|in|and|with|on|at|by|from|an?|this|that)\\s)[a-z-]+\\s+){0,2}(?:${alternation(PLAN_HEADS)})\\b`,
  'g',
);
const TITLE_NAME =
  /(?<![\p{L}–-])((?:\p{Lu}[\p{L}-]*(?:[’'][\p{L}]+)?(?:–\p{Lu}[\p{L}-]*)?|\d{4}(?:[–-]\d{4})?)(?:\s+(?:(?:and|(?:of|for|in|on|to)(?:\s+the)?)\s+)?(?:\p{Lu}[\p{L}-]*(?:[’'][\p{L}]+)?(?:–\p{Lu}[\p{L}-]*)?|\d{4}(?:[–-]\d{4})?)){0,6})(?:\s+(initiative|programme|program|campaign|policy|strategy|plan|vision|project|mission|roadmap))?(?![\p{L}])/gu;
const TITLE_HEAD =
  /\b(Initiative|Plan|Programme|Program|Strategy|Agreement|Roadmap|Road Map|Treaty|Partnership|Vision|Corridor|Policy|Concept|Declaration|Memorandum|Campaign|Mission|Pact|Accord|Compact|Charter|Protocol|Framework|Deal|Agenda)(?:\s+\d{4}(?:[–-]\d{4})?)?$/;

const HEAD_THEN_PREPOSITION = new RegExp(`^(.*?${TITLE_HEAD.source.slice(0, -1)})\\s+(?:on|in|to|the)\\s`);
const INDEFINITE_PLAN =
  /\b(?:an?|new)\s+((?:(?:new|joint|comprehensive|detailed|bilateral|[a-z]+-year)\s+)*((?:action\s+)?(?:plan|roadmap|road map|programme|program|agreement|memorandum|strategy))((?:\s+(?:for|on)\s+[^,.;:“”]+?)?))(?=\s+(?:that|which|by|to be|was|were|will|is|are|in\s+(?:the\s+)?(?:near|coming|next)|soon)\b|[,.;:]|$)/gm;
const OWN_PLANS =
  /(\p{Lu}[\p{L}-]+)[’']s\s+(((?:plans?|programmes?|programs?|strategy|goals?|objectives?|priorities)\s+(?:for|of|on)\s+(?:the\s+)?[\p{L}-]+(?:\s+(?:of\s+)?(?:the\s+)?[\p{L}-]+){0,4}))/gu;
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

export function extractPlans(ctx: Ctx): void {
  const { body, g } = ctx;
  const cands: Cand[] = [];
  // quoted names
  for (const q of ctx.quotes) {
    const t = body.slice(q.start, q.end);
    const n = wordCount(t);
    if (n < 1 || n > 7 || /[.!?,;]$/.test(t)) continue;
    const type = classify(t, true);
    if (type) {
      cands.push({ type, name: cap(t), start: q.start, end: q.end });
      continue;
    }
    if (ownQuoted(body, q.open, q.close, t)) {
      cands.push({ type: 'NationalObjective', name: t, start: q.start, end: q.end });
      continue;
    }
    const head = new RegExp(`^[”’"]\\s+(?:[a-z-]+\\s+){0,2}?(?:${alternation(PLAN_HEADS)})\\b`).exec(body.slice(q.end, q.end + 60));
    if (head && /^\p{Lu}/u.test(t)) {
      const kind = possessor(ctx, q.open) ? 'NationalObjective' : 'Plan';
      cands.push({ type: kind, name: t, start: q.start, end: q.end });
      cands.push({ type: kind, name: t, start: q.open, end: q.end + head[0].length });
    }
  }
  for (const m of body.matchAll(COUNTED_OBJ)) {
    const generic = !/^\S+\s+national/.test(m[0]) || !new RegExp(`^${NUM}\\s`).test(m[0]);
    cands.push({ type: 'NationalObjective', name: cap(m[0]), start: m.index!, end: m.index! + m[0].length, generic });
  }
  for (const m of body.matchAll(INDEFINITE_PLAN)) {
    const s = m.index! + m[0].indexOf(m[1]!);
    cands.push({ type: 'Plan', name: cap(`${m[2]}${m[3] ?? ''}`.trim()), start: s, end: s + m[1]!.length });
  }
  for (const m of body.matchAll(OWN_PLANS)) {
    const s = m.index! + m[0].length - m[2]!.length;
    if (countryOf(m[1]!))
      cands.push({
        type: 'NationalObjective',
        name: cap(m[3]!.replace(/^(?:plans?|programmes?|programs?)\s+for\s+/, '')),
        start: s,
        end: s + m[2]!.length,
      });
  }
  for (const m of body.matchAll(/\b(?:(?:[a-z]+\s+and\s+)?[a-z]+\s+)?strategic\s+(?:partnership|alliance)\b/g)) {
    const text = m[0].replace(/^(?:the|a|an|our|its|their)\s+/, '');
    const start = m.index! + m[0].length - text.length;
    cands.push({ type: 'Plan', name: cap(text), start, end: start + text.length });
  }
  for (const m of body.matchAll(NUMBERED_PLAN)) {
    // "the 14th five-year plan", "Ruritania's five-year development plan": a country's own plan
    const before = body.slice(Math.max(0, m.index! - 30), m.index!);
    const own =
      (/\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|next|new)\s+$/i.test(before) &&
        !/\b(?:joint|action|cooperation)\b/i.test(m[0])) ||
      (/\b(?:development|national|economic)\b/i.test(m[0]) && !/\b(?:joint|action|cooperation|bilateral)\b/i.test(m[0])) ||
      (!!possessor(ctx, m.index!) && /-year\b/.test(m[0]) && !/\b(?:joint|action|cooperation)\b/i.test(m[0]));
    const ordinal =
      /\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+$/i.exec(before)?.[0] ?? '';
    const start = m.index! - ordinal.length;
    cands.push({ type: own ? 'NationalObjective' : 'Plan', name: cap(`${ordinal}${m[0]}`), start, end: m.index! + m[0].length });
  }
  for (const m of body.matchAll(TITLE_NAME)) {
    // "Uzbekistan’s Development Strategy": the possessor is not part of the name
    // a sentence-initial "The" and a possessor ("Uzbekistan’s") are not part of the name
    const own = /^(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)[’']s\s+/u.exec(m[1]!);
    // a determiner never names a plan: "This roadmap" is an anaphor (anaphora.ts)
    const the = /^(?:The|This|That|These|Those|Such|Our|Its|Their|Each|Every|Any|Another)(?:\s+|$)/.exec(m[1]!);
    const skip = own && countryOf(own[1]!) ? own[0].length : the ? the[0].length : 0;
    // "… Development Plan 2025-2030 on Monday": a run that goes past its head ends at the head
    const run = m[1]!.slice(skip);
    const name = !m[2] && !TITLE_HEAD.test(run) ? (HEAD_THEN_PREPOSITION.exec(run)?.[1] ?? run) : run;
    const cut = name !== run;
    if (!name) continue;
    if (!m[2] && !TITLE_HEAD.test(name)) continue;
    // a summit's theme or slogan ("under the theme: ‘Towards a … Agenda’") names no plan
    if (/\b(?:theme|themed|slogan|motto)\b[^.;]{0,80}$/i.test(body.slice(Math.max(0, m.index! - 80), m.index!))) continue;
    const words = name.split(/\s+/);
    if (words.every((w) => countryOf(w) || /^(?:the|of|and|in|for|on|to)$/i.test(w))) continue;
    if (!m[2] && words.length < 2) continue;
    // "Indo-Pacific strategy" is the "Indo-Pacific Strategy" named elsewhere: the head stays in the name
    const withHead = m[2] && ownHead(`${name} ${cap(m[2])}`) ? `${name} ${cap(m[2])}` : undefined;
    const type = (own && skip) || withHead || ownHead(name) ? 'NationalObjective' : (classify(name, !!m[2]) ?? 'Plan');
    const start = m.index! + skip;
    const end = m.index! + m[0].length;
    if (!withHead) cands.push({ type, name, start, end: m[2] || cut ? start + name.length : end });
    if (m[2]) cands.push({ type, name: withHead ?? name, start, end }); // "Make in India initiative" as a surface form too
  }
  // longest names first so shorter ones can fold into them
  cands.sort((a, b) => wordCount(b.name) - wordCount(a.name) || a.start - b.start);
  const kept: { type: EntityLabel; id: string; words: string[] }[] = [];
  for (const c of cands) {
    const words = norm(c.name);
    // "2050 vision" ends "Ruritania 2050 Vision": a plan-shaped tail of an objective's name is that objective
    const host =
      kept.find((k) => (k.type === c.type || (c.type === 'Plan' && k.type === 'NationalObjective')) && endsWith(k.words, words)) ??
      (c.generic ? kept.find((k) => k.type === c.type && kept.filter((x) => x.type === c.type).length === 1) : undefined);
    if (host) {
      g.mention(host.id, g.span(c.start, c.end));
      continue;
    }
    if (c.generic && !possessor(ctx, c.start)) continue; // "national goals" alone names nothing
    const id = g.entity(c.type, c.generic ? `${c.name} of ${possessor(ctx, c.start)}` : c.name, g.span(c.start, c.end));
    kept.push({ type: c.type, id, words });
  }
  extractProgrammeNames(ctx);
  extractTargets(ctx);
  extractGoalClauses(ctx);
  extractGoalObjectives(ctx);
  extractNominalGoals(ctx);
  extractProgrammeGoals(ctx);
  extractDeclaredGoals(ctx);
  extractVisionStatements(ctx);
  extractFocusGoals(ctx);
  extractListedGoals(ctx);
  extractProgrammeDescriptors(ctx);
  extractLegalActs(ctx);
  extractPlanPhrases(ctx);
  extractPlanLists(ctx);
  extractListedInstruments(ctx);
  extractNamedWorks(ctx);
  extractPledges(ctx);
  extendOrdinals(ctx);
  extractReviews(ctx);
  extractQuantifiedChanges(ctx);
  // after every plan and goal finder: a dated name is what none of them took
  extractDatedNames(ctx);
  mergeSameTargets(ctx);
  nationalise(ctx);
  regionalise(ctx);
  linkPossessors(ctx);
}

// "the 12th Ruritania Plan (12RP)": an ordinal before a Title Case plan's name belongs to it, and
// a bracketed acronym after it is one more name
function extendOrdinals(ctx: Ctx): void {
  const { g, body } = ctx;
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'Plan' && e.type !== 'NationalObjective') continue;
    for (const m of [...e.mentions]) {
      if (!/^\p{Lu}/u.test(m.text)) continue;
      const ord =
        /(?<![\p{L}\d])(\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth)\s+$/u.exec(
          body.slice(Math.max(0, m.start - 14), m.start),
        );
      if (!ord) continue;
      const start = m.start - ord[0].length;
      if (e.name === m.text) e.name = body.slice(start, m.end);
      g.mention(e.id, g.span(start, m.end));
      const acr = /^\s+\((\d*\p{Lu}[\p{Lu}\d]+)\)/u.exec(body.slice(m.end, m.end + 14));
      if (acr) g.mention(e.id, g.span(m.end + acr[0].indexOf(acr[1]!), m.end + acr[0].indexOf(acr[1]!) + acr[1]!.length));
    }
  }
}

// "the Mid-Term Review of the Ruritania Plan": a review of a national plan is a programme of its own
function extractReviews(ctx: Ctx): void {
  const { g, body } = ctx;
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'Plan' && e.type !== 'NationalObjective') continue;
    for (const m of [...e.mentions]) {
      const r = /(?<![\p{L}])((?:Mid-?[Tt]erm|Midterm|Annual|Final|Comprehensive)\s+Review|Review)\s+of\s+(?:the\s+)?$/u.exec(
        body.slice(Math.max(0, m.start - 30), m.start),
      );
      if (!r) continue;
      const start = m.start - r[0].length;
      g.entity('NationalObjective', body.slice(start, m.end), g.span(start, m.end));
    }
  }
}

// In an article about one country, a programme, plan, roadmap or framework that names no other
// party is that country's own: a national objective, not an instrument between parties. Budgets,
// bills, packages, acts and pledges stay plans.
const OWN_PLAN_HEAD =
  /\b(?:plan|programme|program|project|roadmap|road\s+map|framework|strategy|initiative|agenda|policy)(?:\s+(?:19|20)\d\d(?:[–-]\d{2,4})?)?$/i;
const SHARED =
  /\b(?:joint|bilateral|multilateral|cooperation|partnership|between|agreements?|memorand\w*|trade|with|regional|international|action|investment|infrastructure|construction|pilot|credit|loans?|aid|assistance|grants?|funds?|scholarships?|exchanges?|single|government)\b|[-–]\p{Lu}/iu;
function nationalise(ctx: Ctx): void {
  const { g } = ctx;
  const countries = [...g.entities.values()].filter((e) => e.type === 'Country' && e.mentions.length);
  if (countries.length > 1) return;
  for (const e of [...g.entities.values()]) {
    if (
      e.type !== 'Plan' ||
      e.attributes?.kind ||
      ![e.name, ...e.mentions.map((m) => m.text)].some((t) => OWN_PLAN_HEAD.test(t.replace(/\s*\([^)]*\)$/, '')))
    )
      continue;
    if (e.mentions.some((m) => SHARED.test(m.text)) || SHARED.test(e.name)) continue;
    // a count of plans ("three projects") or a bare head is not one programme
    if (/^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s/i.test(e.name) || !e.mentions.some((m) => /\s/.test(m.text)))
      continue;
    const id = g.entity('NationalObjective', e.name);
    g.merge(e.id, id);
  }
}

/** A vision or agenda a body's name opens ("African Union Agenda 2063", "the UN Sustainable Development Goals")
 * is the bloc's programme, shared by its members: a Plan, not one country's national objective. */
const PROGRAMME_NAME = /\b(?:Vision|Agenda|Goals|Strategy|Programme|Program|Plan|Framework|Blueprint)(?:\s+\d{4}(?:[–-]\d{2,4})?)?$/;
function regionalise(ctx: Ctx): void {
  const { g } = ctx;
  const bodies = [...g.entities.values()].filter((e) => e.type === 'Organization').flatMap((e) => e.mentions);
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'NationalObjective' || !PROGRAMME_NAME.test(e.name)) continue;
    if (!e.mentions.some((m) => bodies.some((b) => b.start === m.start && b.end < m.end))) continue;
    g.merge(e.id, g.entity('Plan', e.name));
  }
}

// A policy, strategy or vision of one party is that country's own ("New Southern Policy");
// a bilateral one names both parties ("India–Japan Vision 2025").
const OWN_HEAD = /\b(?:Policy|Strategy|Vision|Campaign|Mission|Concept)(?:\s+\d{4}(?:[–-]\d{2,4})?)?$/;
// and a country's own development or national plan is its national programme ("Ruritanian
// Development Plan 2024-2029", "National Energy Strategy")
const NATIONAL_PLAN =
  /^(?:(\p{Lu}[\p{L}-]+)\s+)?(?:National|Development)\b.*\b(?:Plan|Programme|Program|Agenda)(?:\s+\d{4}(?:[–-]\d{2,4})?)?$/u;
function nationalPlan(name: string): boolean {
  const m = NATIONAL_PLAN.exec(name);
  return !!m && (!m[1] || !!countryOf(m[1]));
}
function ownHead(name: string): boolean {
  return (OWN_HEAD.test(name) || nationalPlan(name)) && !/\band\b/.test(name) && [...name.matchAll(COUNTRY_RE)].length < 2;
}

// A quoted Title Case name is a country's own programme when it names that country
// (‘Digital Bangladesh’), is followed by a programme noun (‘…’ policy) or is introduced as a
// name ("termed ‘…’").
const QUOTED_TITLE = /^\p{Lu}[\p{L}\d-]*(?:,?\s+(?:(?:of|and|in|for|the|on|to)\s+)?\p{Lu}[\p{L}\d-]*){0,5}$/u;
function ownQuoted(body: string, open: number, close: number, t: string): boolean {
  if (!QUOTED_TITLE.test(t) || /\b(?:and|with)\b/.test(t)) return false;
  const countries = new Set([...t.matchAll(COUNTRY_RE)].map((x) => countryOf(x[0])));
  if (countries.size === 1 && !/\s(?:Agreement|Treaty|Accord|Memorandum|Protocol)$/.test(t)) return true;
  if (/^.\s+(?:policy|scheme|campaign|vision|agenda|drive|mission|programme|program)\b/i.test(body.slice(close, close + 20))) return true;
  return /\b(?:termed|called|dubbed|named|known as|branded)\s+$/.test(body.slice(Math.max(0, open - 20), open));
}

function classify(t: string, lowerHeadOk: boolean): EntityLabel | undefined {
  if (OBJ_HEAD.test(t) || /\bnational\b/i.test(t)) return 'NationalObjective';
  const hasCountry = [...t.matchAll(COUNTRY_RE)].some(
    (m) => countryOf(m[0]) && !/-/.test(t.slice(m.index! + m[0].length, m.index! + m[0].length + 1)),
  );
  if (/^\p{Lu}/u.test(t) && hasCountry && !/\b(?:and|with)\b/.test(t) && / in /.test(t)) return 'NationalObjective';
  if (PLAN_HEAD.test(t) && (lowerHeadOk || /^\p{Lu}/u.test(t))) return 'Plan';
  return undefined;
}

const norm = (s: string): string[] =>
  s
    .toLowerCase()
    .replace(/[’'“”‘",]/g, '')
    .split(/[\s-]+/)
    .filter((w) => w && w !== 'the');
const endsWith = (long: string[], short: string[]): boolean =>
  short.length <= long.length && short.every((w, i) => long[long.length - short.length + i] === w);

/** Country named just before a mention: "Russia’s “twelve national projects”", "India's". */
function possessor(ctx: Ctx, start: number): string | undefined {
  const m = /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?)(?:[’']s)?\s+[“‘"]?$/u.exec(ctx.body.slice(Math.max(0, start - 40), start));
  return m ? countryOf(m[1]!) : undefined;
}

function linkPossessors(ctx: Ctx): void {
  const { g, body } = ctx;
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'Plan' && e.type !== 'NationalObjective') continue;
    for (const m of e.mentions) {
      // "Make in India" is India's; the "India-Japan … Partnership" is both countries'
      // … but not the country a goal is for: "abolish visas for Ruritanian citizens"
      const named = [...m.text.matchAll(COUNTRY_RE)].filter(
        (x) => e.type !== 'NationalObjective' || !/\b(?:for|to|towards|with|from)\s+(?:the\s+)?$/.test(m.text.slice(0, x.index!)),
      );
      for (const c of new Set(named.map((x) => countryOf(x[0])).filter((x): x is string => !!x))) {
        if (e.type === 'NationalObjective') g.relate('OBJECTIVE_OF', e.id, g.entity('Country', c), [m], true);
        else if (e.attributes?.kind !== 'pledge') g.relate('PARTY_TO', g.entity('Country', c), e.id, [m], true);
      }
      // "the U.S.' Indo-Pacific strategy": a name ending in "s" or "." takes a bare apostrophe
      const pm = /(\p{Lu}[\p{L}.-]*\p{L}\.?(?: \p{Lu}[\p{L}-]+)?)([’']s|(?<=[s.])[’'])?\s+[“‘"]?$/u.exec(
        body.slice(Math.max(0, m.start - 40), m.start),
      );
      const country = pm ? countryOf(pm[1]!) : undefined;
      if (!country || !pm) continue;
      let end = m.end;
      if (/[”’"]/.test(body[end] ?? '')) end++;
      const ev = g.span(m.start - pm[0].length, end);
      const c = g.entity('Country', country);
      if (e.type === 'NationalObjective') g.relate('OBJECTIVE_OF', e.id, c, [ev]);
      else if (pm[2]) g.relate('PARTY_TO', c, e.id, [ev]);
    }
  }
}
