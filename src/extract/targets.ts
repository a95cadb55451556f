// Quantified targets ("bring bilateral trade to $200 billion by 2024"): a national objective
// whose value and year are attributes. Bilateral targets belong to both countries.
import type { Ctx } from './context.ts';

const VALUE = String.raw`(?:US\s?)?\$\s?\d[\d.,]*\s*(?:billion|million|trillion|bn)(?:\s+dollars)?|\d[\d.,]*\s*(?:billion|million|trillion)\s+(?:US\s+)?dollars`;
const TARGET = new RegExp(
  String.raw`\b(?:(?:bring|increas\w*|rais\w*|boost\w*|expand\w*|reach\w*|doubl\w*|tripl\w*|grow\w*|lift\w*)\s+(?:the\s+)?(?:volume\s+of\s+|annual\s+)?(?:bilateral\s+|mutual\s+|two-way\s+)?(?:trade(?:\s+turnover)?|turnover|trade\s+volume|investments?)\s+(?:to|of|up\s+to)\s+|(?:trade|turnover|investment)\s+target\s+of\s+|target\s+of\s+)(?:about\s+|around\s+|over\s+|more\s+than\s+|at\s+least\s+)?(${VALUE})(?:\s+(?:by|in|until)\s+((?:19|20)\d\d))?`,
  'g',
);

export function extractTargets(ctx: Ctx): void {
  const { body, g } = ctx;
  for (const m of body.matchAll(TARGET)) {
    const value = m[1]!;
    const year = m[2];
    const vStart = m.index! + m[0].lastIndexOf(value, m[0].length - (year ? year.length : 0));
    const name = `Trade target of ${value}${year ? ` by ${year}` : ''}`;
    const id = g.entity('NationalObjective', name, g.span(m.index!, m.index! + m[0].length));
    g.mention(id, g.span(vStart, m.index! + m[0].length));
    g.mention(id, g.span(vStart, vStart + value.length));
    g.attr(id, 'target', value);
    if (year) g.attr(id, 'year', year);
  }
}
