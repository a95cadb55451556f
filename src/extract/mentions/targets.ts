// Quantified targets ("bring bilateral trade to $200 billion by 2024"): a national objective
// whose value and year are attributes. Bilateral targets belong to both countries.
import type { Ctx } from '../context.ts';
import { COUNTRY_RE, countryOf } from '../data/lexicon.ts';
import { dominantCountry } from './goal-clauses.ts';
import { MONEY } from '../data/goal-words.ts';

// an amount in any currency ("$5 billion", "R1.2 trillion", "20 billion riyals")
const VALUE = String.raw`${MONEY}(?:\s+dollars)?`;
/** "between the (two) countries", "between Chile and Peru" after what is traded */
const BETWEEN = String.raw`(?:\s+between\s+(?:the\s+(?:two\s+)?(?:countries|sides|nations)|[A-Z][\w-]+\s+and\s+[A-Z][\w-]+))?`;
const TARGET = new RegExp(
  String.raw`\b(?:(?:bring|increas\w*|rais\w*|boost\w*|expand\w*|reach\w*|doubl\w*|tripl\w*|grow\w*|lift\w*|promot\w*|elevat\w*|enhanc\w*|push\w*|tak(?:e|es|ing)|scal(?:e|es|ing)\s+up|step(?:s|ped|ping)?\s+up)\s+(?:the\s+)?(?:(?:volume|level|value)\s+of\s+|annual\s+)?(?:bilateral\s+|mutual\s+|two-way\s+)?(?:trade(?:\s+turnover)?|turnover|trade\s+volume|investments?|exports?)${BETWEEN}\s+(?:to|of|up\s+to)\s+|(?:bilateral\s+|mutual\s+|two-way\s+)?(?:trade(?:\s+turnover)?|turnover|trade\s+volume)${BETWEEN}\s+(?:should|will|would|could|must|is\s+(?:expected|set|projected)\s+to|aims?\s+to)\s+(?:reach|hit|exceed|top|(?:grow|rise|increase)\s+to)\s+|(?:trade|turnover|investment)\s+target\s+of\s+|target\s+of\s+)(?:about\s+|around\s+|over\s+|more\s+than\s+|at\s+least\s+)?(${VALUE})(?:\s+(?:annual\s+)?(?:bilateral\s+|two-way\s+)?(?:trade|turnover|exports))?(?:\s+(?:by|in|until)\s+((?:19|20)\d\d))?`,
  'gi',
);

// A country's goal of becoming something by a year: "help India reach its goal of becoming a
// developed country by 2047". The country is the one named just before "its goal".
const GOAL =
  /\b(?:its|their|the)\s+(?:goal|aim|objective|ambition|target|vision)\s+of\s+((?:becoming|being|turning\s+into|achieving|reaching)\s+(?:(?:a|an|the)\s+)?([^,.;:“”]{3,60}?)\s+by\s+((?:19|20)\d\d))\b/g;

// An investment a country expects: "foreign investments expected at about $5 billion". The
// objective of the country it flows into ("in/into Ruritania"), else of the article's country.
const EXPECTED_INVESTMENT = new RegExp(
  String.raw`\b(?:(?:direct|foreign|new|additional|fresh)\s+)*investments?\s+(?:estimated|expected|projected|valued)\s+at\s+(?:about\s+|around\s+|over\s+|more\s+than\s+|some\s+)?(${VALUE})`,
  'gi',
);

// A macroeconomic target in percent: "a GDP growth target of 5.5 percent", "an inflation target of
// 3 percent", "aims to keep inflation within 4 percent". The objective of the article's country.
const PERCENT = String.raw`\d+(?:\.\d+)?(?:\s*[-–]\s*\d+(?:\.\d+)?)?\s*(?:percent|per\s+cent|%)`;
const PERCENT_TARGET = new RegExp(
  String.raw`\b(?:((?:GDP\s+|economic\s+)?growth|inflation|(?:budget\s+|fiscal\s+)?deficit|poverty(?:\s+rate)?|unemployment(?:\s+rate)?)\s+target\s+of\s+(?:about\s+|around\s+)?(${PERCENT})|(?:aims?|plans?|seeks?|intends?)\s+to\s+(?:keep|bring|hold|cut|reduce|lower)\s+((?:the\s+)?(?:inflation|(?:budget\s+|fiscal\s+)?deficit|poverty(?:\s+rate)?|unemployment(?:\s+rate)?))\s+((?:at|below|under|within|to)\s+${PERCENT}))`,
  'gi',
);

export function extractTargets(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  for (const m of body.matchAll(PERCENT_TARGET)) {
    const start = m.index! + (m[1] ? 0 : m[0].indexOf(m[3]!));
    const end = m.index! + m[0].length;
    const what = (m[1] ?? m[3]!)
      .replace(/^the\s+/i, '')
      .replace(/\s+/g, ' ')
      .replace(/\b(?!GDP\b)\w+/g, (w) => w.toLowerCase());
    const name = m[1] ? `${m[2]} ${what} target` : `${what.charAt(0).toUpperCase()}${what.slice(1)} ${m[4]!.replace(/\s+/g, ' ')}`;
    const id = g.entity('NationalObjective', name, g.span(start, end));
    g.attr(id, 'target', m[2] ?? m[4]!);
    const owner = possessorBefore(body, m.index!) ?? home;
    if (owner) g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(start, end)]);
  }
  for (const m of body.matchAll(EXPECTED_INVESTMENT)) {
    const end = m.index! + m[0].length;
    const id = g.entity('NationalObjective', `${m[1]!.replace(/\s+/g, ' ')} expected investment`, g.span(m.index!, end));
    g.attr(id, 'amount', m[1]!);
    const into = /^[^.;]{0,60}?\b(?:in|into)\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)/u.exec(body.slice(end, end + 80));
    const owner = (into && countryOf(into[1]!)) || home;
    if (owner) g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(m.index!, end)]);
  }
  for (const m of body.matchAll(GOAL)) {
    const whole = m.index! + m[0].length - m[1]!.length;
    const end = m.index! + m[0].length;
    const what = body.slice(end - m[2]!.length - m[3]!.length - 4, end);
    const id = g.entity('NationalObjective', what.charAt(0).toUpperCase() + what.slice(1), g.span(end - what.length, end));
    g.mention(id, g.span(whole, end));
    g.attr(id, 'year', m[3]!);
    const from = Math.max(0, m.index! - 40);
    const owner = [...body.slice(from, m.index!).matchAll(COUNTRY_RE)].pop();
    const country = owner && countryOf(owner[0]);
    if (country) g.relate('OBJECTIVE_OF', id, g.entity('Country', country), [g.span(from + owner.index!, end)]);
  }
  for (const m of body.matchAll(TARGET)) {
    const value = m[1]!;
    const year = m[2];
    const vStart = m.index! + m[0].lastIndexOf(value, m[0].length - (year ? year.length : 0));
    // named as a reader would: "$10 billion bilateral trade target by 2025"
    const what = /export/i.test(m[0])
      ? 'export'
      : /invest/i.test(m[0])
        ? 'investment'
        : /bilateral|two-way|mutual|between/i.test(m[0])
          ? 'bilateral trade'
          : 'trade';
    const name = `${value.replace(/\s+/g, ' ')} ${what} target${year ? ` by ${year}` : ''}`;
    const id = g.entity('NationalObjective', name, g.span(m.index!, m.index! + m[0].length));
    g.mention(id, g.span(vStart, m.index! + m[0].length));
    g.mention(id, g.span(vStart, vStart + value.length));
    g.attr(id, 'target', value);
    if (year) g.attr(id, 'year', year);
  }
}

/** "Ruritania's growth target …", "the Ruritanian government aims to …": the country just before. */
function possessorBefore(body: string, at: number): string | undefined {
  const hits = [...body.slice(Math.max(0, at - 40), at).matchAll(COUNTRY_RE)];
  return hits.length ? countryOf(hits[hits.length - 1]![0]) : undefined;
}

const AMOUNT_IN = new RegExp(MONEY, 'iu');
/** "R1.2 trillion" and "R 1.2 trillion" are one amount. */
const amountKey = (text: string): string | undefined => AMOUNT_IN.exec(text)?.[0].replace(/\s+/g, '').toLowerCase();

/**
 * One target found twice under two names ("its investment target of R1.2 trillion" by the rule
 * above, "the R 1.2 trillion target" by a named-goal rule): objectives whose names state the same
 * amount of money and say "target" are one, named as first found.
 */
export function mergeSameTargets(ctx: Ctx): void {
  const { g } = ctx;
  const byAmount = new Map<string, string>();
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'NationalObjective' || !/\btarget\b/i.test(e.name)) continue;
    const key = amountKey(e.name);
    if (!key) continue;
    const first = byAmount.get(key);
    if (first) g.merge(e.id, first);
    else byAmount.set(key, e.id);
  }
}
