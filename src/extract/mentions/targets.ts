// Quantified targets ("bring bilateral trade to $200 billion by 2024"): a national objective
// whose value and year are attributes. Bilateral targets belong to both countries.
import type { Ctx } from '../context.ts';
import { COUNTRY_RE, countryOf } from '../data/lexicon.ts';

const VALUE = String.raw`(?:US\s?)?\$\s?\d[\d.,]*\s*(?:billion|million|trillion|bn)(?:\s+dollars)?|\d[\d.,]*\s*(?:billion|million|trillion)\s+(?:US\s+)?dollars`;
const TARGET = new RegExp(
  String.raw`\b(?:(?:bring|increas\w*|rais\w*|boost\w*|expand\w*|reach\w*|doubl\w*|tripl\w*|grow\w*|lift\w*)\s+(?:the\s+)?(?:volume\s+of\s+|annual\s+)?(?:bilateral\s+|mutual\s+|two-way\s+)?(?:trade(?:\s+turnover)?|turnover|trade\s+volume|investments?|exports?)(?:\s+between\s+(?:the\s+two\s+(?:countries|sides|nations)|[A-Z][\w-]+\s+and\s+[A-Z][\w-]+))?\s+(?:to|of|up\s+to)\s+|(?:bilateral\s+|mutual\s+|two-way\s+)?(?:trade(?:\s+turnover)?|turnover|trade\s+volume)\s+(?:should|will|would|could|must|is\s+(?:expected|set|projected)\s+to|aims?\s+to)\s+(?:reach|hit|exceed|top|(?:grow|rise|increase)\s+to)\s+|(?:trade|turnover|investment)\s+target\s+of\s+|target\s+of\s+)(?:about\s+|around\s+|over\s+|more\s+than\s+|at\s+least\s+)?(${VALUE})(?:\s+(?:annual\s+)?(?:bilateral\s+|two-way\s+)?(?:trade|turnover|exports))?(?:\s+(?:by|in|until)\s+((?:19|20)\d\d))?`,
  'gi',
);

// A country's goal of becoming something by a year: "help India reach its goal of becoming a
// developed country by 2047". The country is the one named just before "its goal".
const GOAL = /\b(?:its|their|the)\s+(?:goal|aim|objective|ambition|target|vision)\s+of\s+((?:becoming|being|turning\s+into|achieving|reaching)\s+(?:(?:a|an|the)\s+)?([^,.;:“”]{3,60}?)\s+by\s+((?:19|20)\d\d))\b/g;

export function extractTargets(ctx: Ctx): void {
  const { body, g } = ctx;
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
    const what = /export/i.test(m[0]) ? 'export' : /invest/i.test(m[0]) ? 'investment' : /bilateral|two-way|mutual|between/i.test(m[0]) ? 'bilateral trade' : 'trade';
    const name = `${value.replace(/\s+/g, ' ')} ${what} target${year ? ` by ${year}` : ''}`;
    const id = g.entity('NationalObjective', name, g.span(m.index!, m.index! + m[0].length));
    g.mention(id, g.span(vStart, m.index! + m[0].length));
    g.mention(id, g.span(vStart, vStart + value.length));
    g.attr(id, 'target', value);
    if (year) g.attr(id, 'year', year);
  }
}
