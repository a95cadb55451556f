// Offices described in lower case ("the minister responsible for cooperation with Russia in
// the economic sphere"): held by the speaker when inside their quote or their attribution,
// else by whoever "the minister" resolves to; implicitly of that person's country. A person's
// descriptive offices are one office written several ways.
import type { Ctx } from '../context.ts';
import type { StatementRec } from '../statements/statements.ts';
import { DESCRIPTIVE_OFFICE } from '../data/offices.ts';
import { resolvePerson } from '../resolve/coref.ts';

export function extractDescriptiveOffices(ctx: Ctx, statements: readonly StatementRec[]): void {
  const { body, g } = ctx;
  const byPerson = new Map<string, string>();
  for (const m of body.matchAll(DESCRIPTIVE_OFFICE)) {
    const start = m.index!;
    const end = start + m[0].trimEnd().length;
    const inQuote = statements.find((s) => s.direct && start >= s.span.start && end <= s.span.end);
    const theStart = /\bthe\s+$/.test(body.slice(start - 4, start)) ? start - 4 : start;
    const holder = inQuote?.speaker ?? resolvePerson(ctx, theStart, start + m[1]!.length);
    if (!holder) continue;
    const span = g.span(start, end);
    let office = byPerson.get(holder);
    if (office) g.mention(office, span);
    else {
      office = g.entity('Office', m[0].trim().charAt(0).toUpperCase() + m[0].trim().slice(1), span);
      byPerson.set(holder, office);
    }
    const as = /\b[Aa]s\s+the\s+$/.exec(body.slice(start - 7, start));
    const ev = g.span(as ? start - as[0].length : theStart, end);
    g.relate('HOLDS_OFFICE', holder, office, [ev]);
    const country = ctx.people.get(holder)?.countries[0];
    if (country) g.relate('OFFICE_OF', office, g.entity('Country', country), [ev], true);
  }
}
