// Facts the text implies rather than states:
// - a bare title ("President Moon Jae-in") gets a country when the text settles it: the
//   objective the person initiated, or, with two main countries, the one whose counterpart
//   holds the same title is not theirs;
// - "A and B intend/plan/agreed …" makes both countries party to the plans and owners of the
//   objectives in that sentence; "the two sides/both countries" refers to the main two.
import type { Ctx, PersonInfo } from '../context.ts';
import type { Span } from '../../model/extracted-graph.ts';
import { KNOWN_PEOPLE } from '../data/people.ts';
import { countryOf } from '../data/lexicon.ts';
import { dominantCountry } from '../mentions/goal-clauses.ts';

export function inferBareTitles(ctx: Ctx): void {
  const { g } = ctx;
  const main = mainCountries(ctx);
  for (const p of ctx.people.values()) {
    if (!p.bare.length) continue;
    // "Ruritania's Deputy Prime Minister and Minister of Finance Name": the second title is of the first's country
    if (p.countries.length === 1 && p.bare.some((b) => p.offices.some((o) => g.entities.get(o)?.name === b.title))) {
      giveBareTitleCountry(ctx, p, p.countries[0]!);
      continue;
    }
    if (p.countries.length) continue;
    let country: string | undefined;
    for (const r of g.relations.values()) {
      if (r.from !== p.id || (r.type !== 'INITIATED' && r.type !== 'PROPOSED')) continue;
      const own = [...g.relations.values()].find((o) => o.type === 'OBJECTIVE_OF' && o.from === r.to);
      if (own) country = g.entities.get(own.to)?.name;
    }
    const b = p.bare[0]!;
    country ??= KNOWN_PEOPLE[p.name];
    if (!country && main.length === 2) {
      const taken = [...ctx.people.values()].filter((q) => q.id !== p.id && q.titles.includes(b.title)).flatMap((q) => q.countries);
      const rest = main.filter((c) => !taken.includes(c));
      if (rest.length === 1 && taken.length) country = rest[0];
    }
    if (country) giveBareTitleCountry(ctx, p, country);
  }
}

/** The person's first bare title becomes `TITLE of COUNTRY`, held by them, their country implied; so do
 * titles joined to it before the same name ("Deputy Prime Minister and Minister of Finance Name"). */
export function giveBareTitleCountry(ctx: Ctx, p: PersonInfo, country: string): void {
  const { g } = ctx;
  const cid = g.entity('Country', country);
  // the titles before the first name-mention that has one, not titles met at other mentions
  const first = p.bare[0]!;
  for (const b of p.bare.filter((x) => x.evEnd === first.evEnd)) {
    // a countryless office already made for a portfolio title ("External Affairs Minister") is renamed
    const old = p.offices.find((o) => g.entities.get(o)?.name === b.title);
    const office = g.entity('Office', `${b.title} of ${country}`, g.span(b.start, b.end));
    if (old) {
      g.merge(old, office);
      p.offices.splice(p.offices.indexOf(old), 1);
    }
    const ev = [g.span(b.start, b.evEnd)];
    g.relate('HOLDS_OFFICE', p.id, office, ev);
    g.relate('OFFICE_OF', office, cid, ev, true);
    g.relate('AFFILIATED_WITH', p.id, cid, ev, true);
    if (!p.offices.includes(office)) p.offices.push(office);
  }
  if (!p.countries.includes(country)) p.countries.push(country);
}

/** The two most mentioned countries, when two stand out (bilateral articles). */
export function mainCountries(ctx: Ctx): string[] {
  const cs = [...ctx.g.entities.values()]
    .filter((e) => e.type === 'Country' && e.mentions.length)
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
  return cs.length >= 2 && (cs.length === 2 || cs[1]!.mentions.length > cs[2]!.mentions.length) ? [cs[0]!.name, cs[1]!.name] : [];
}

/** "A and B agreed …", "A and B have ratified a treaty", "A and B on Friday initialled three protocols": an
 * auxiliary and a short time phrase may stand before the verb; the signing verbs are those of an instrument */
const PAIR =
  /(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) and (\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) (?:(?:have|has|had|also|today|yesterday|on \p{Lu}\p{L}+|in \p{Lu}\p{L}+) )*(?:intend|plan|agreed|want|aim|seek|decided|have agreed|will|are|pledged|set|signed|inked|exchanged|concluded|initialed|initialled|formali[sz]ed|sealed|ratified|adopted)\b/gu;
const OF_TWO = /\b(?:of|between)\s+the\s+two\s+(?:countries|nations|sides|states|governments)\b/;
const TWO_SIDES = /\b(?:[Tt]he two|[Bb]oth) (?:sides|countries|parties|nations|states)\b|\bThe parties\b/;

export function inferParties(ctx: Ctx): void {
  const { g, body } = ctx;
  const countryAt = (start: number, text: string): string | undefined =>
    [...g.entities.values()].find((e) => e.type === 'Country' && e.mentions.some((m) => m.start === start && m.text === text))?.id;
  const main = mainCountries(ctx);
  // the loop below only adds relations (and countries), so the plans' mentions are listed once
  const all = [...g.entities.values()]
    .filter((e) => e.type === 'Plan' || e.type === 'NationalObjective')
    .flatMap((e) => e.mentions.map((m) => ({ e, m })));
  for (const s of ctx.sentences) {
    const targets = all.filter(({ m }) => m.start >= s.start && m.end <= s.end);
    if (!targets.length) continue;
    for (const pm of s.text.matchAll(PAIR)) {
      const at = s.start + pm.index!;
      const a = countryAt(at, pm[1]!);
      const b = countryAt(at + pm[0].indexOf(` and ${pm[2]}`) + 5, pm[2]!);
      if (!a || !b || a === b) continue;
      for (const t of targets.filter((x) => x.m.start > at && bilateral(x.e)))
        link(ctx, [a, b], t.e.id, t.e.type, g.span(at, t.m.end), false);
    }
    // "the Memorandum on A, and the Memorandum on B of the two countries": the plan the phrase closes,
    // and the plans listed with it, belong to both main countries
    const of = OF_TWO.exec(s.text);
    if (of && main.length === 2) {
      const at = s.start + of.index;
      const plans = targets.filter((x) => x.e.type === 'Plan').sort((x, y) => y.m.start - x.m.start);
      let cur = plans.find(
        (x) =>
          x.m.end <= at + of[0].length &&
          at - x.m.end <= 60 &&
          !/[.;:]/.test(body.slice(x.m.end, at)) &&
          (x.m.end >= at || /^[\s\p{L}-]*$/u.test(body.slice(x.m.end, at))),
      );
      const ids = main.map((n) => g.entity('Country', n));
      while (cur) {
        link(ctx, ids, cur.e.id, 'Plan', g.span(cur.m.start, Math.max(cur.m.end, at + of[0].length)), false);
        const c: typeof cur = cur;
        cur = plans.find(
          (x) => x.m.end <= c.m.start && x.e.id !== c.e.id && /^,?\s+(?:and\s+)?(?:the\s+)?$/.test(body.slice(x.m.end, c.m.start)),
        );
      }
    }
    const two = TWO_SIDES.exec(s.text);
    if (two && main.length === 2) {
      const at = s.start + two.index;
      const ids = main.map((n) => g.entity('Country', n));
      const next = targets.filter((x) => x.m.start > at && bilateral(x.e)).sort((x, y) => x.m.start - y.m.start)[0];
      if (next) link(ctx, ids, next.e.id, next.e.type, g.span(at, next.m.end), true);
    }
  }
  void body;
  for (const e of g.entities.values()) {
    if (e.type !== 'NationalObjective' || !e.attributes?.target || !main.length) continue;
    if ([...g.relations.values()].some((r) => r.type === 'OBJECTIVE_OF' && r.from === e.id)) continue;
    const m = e.mentions[0]!;
    if (/bilateral|mutual|two-way/.test(body.slice(Math.max(0, m.start - 30), m.end)))
      link(
        ctx,
        main.map((n) => g.entity('Country', n)),
        e.id,
        e.type,
        m,
        true,
      );
  }
  inferOwners(ctx);
}

/**
 * An objective still without an owner: the country a copula names ("Vision 2050 is Ruritania's
 * long-term strategy"), else, when the article has one dominant country, that country — stated
 * when a mention is introduced as "the country's/nation's …" or "national …", implied otherwise.
 */
function inferOwners(ctx: Ctx): void {
  const { g, body } = ctx;
  const home = dominantCountry(ctx);
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'NationalObjective' || [...g.relations.values()].some((r) => r.type === 'OBJECTIVE_OF' && r.from === e.id)) continue;
    let done = false;
    for (const m of e.mentions) {
      const cop =
        /^[”’"]?\s+(?:is|was|remains|has\s+been)\s+(?:the\s+)?(\p{Lu}[\p{L}.-]*\p{L}\.?(?:\s\p{Lu}[\p{L}-]+)?)(?:[’']s|(?<=[s.])[’'])\s/u.exec(
          body.slice(m.end, m.end + 60),
        );
      const c = cop && countryOf(cop[1]!);
      if (c) {
        g.relate('OBJECTIVE_OF', e.id, g.entity('Country', c), [g.span(m.start, m.end + cop[0].length)]);
        done = true;
      }
    }
    if (done || !home) continue;
    const lead = (m: { start: number }): number => {
      const hit =
        /\b(?:the\s+(?:country|nation|kingdom|republic|government|state)[’']s|national)\s+(?:[\p{L}-]+\s+){0,4}?(?:[\p{L}-]+,?\s+)?[“‘"]?$/u.exec(
          body.slice(Math.max(0, m.start - 60), m.start),
        );
      return hit ? Math.max(0, m.start - 60) + hit.index : -1;
    };
    const own = e.mentions.find((m) => lead(m) >= 0);
    const m = own ?? e.mentions[0];
    if (m) g.relate('OBJECTIVE_OF', e.id, g.entity('Country', home), [g.span(own ? lead(own) : m.start, m.end)], !own);
  }
}

/** Plans are shared; of objectives only quantified bilateral targets are. */
const bilateral = (e: { type: string; attributes?: Record<string, string> }): boolean => e.type === 'Plan' || !!e.attributes?.target;

function link(ctx: Ctx, countries: string[], target: string, type: string, ev: Span, implicit: boolean): void {
  for (const c of countries) {
    if (type === 'Plan') ctx.g.relate('PARTY_TO', c, target, [ev], implicit);
    else ctx.g.relate('OBJECTIVE_OF', target, c, [ev], implicit);
  }
}
