// Stage 5 alone (stages/relations.ts): on the statements of invented snippets, stated relations
// (parties to a plan), what a statement is about, and a bare title's country inferred from context.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/stages/mentions.ts';
import { linkRelations } from '../../src/extract/stages/relations.ts';
import { resolveEntities } from '../../src/extract/stages/resolve.ts';
import { findStatements } from '../../src/extract/stages/statements.ts';
import { readText } from '../../src/extract/stages/text.ts';

const statementsOf = (raw: string) => findStatements(resolveEntities(findMentions(readText(`Title: t\n\n${raw}`))));
const relations = (s: ReturnType<typeof statementsOf>) => [...s.ctx.g.relations.values()].map((r) => `${r.type} ${r.from} ${r.to}`);

describe('relation stage', () => {
  it('"A and B agreed a PLAN" makes both parties; a statement mentioning the plan is about it', () => {
    const s = statementsOf(
      'Norwegian Prime Minister Ingrid Dahlberg met Chilean President Tomas Varela in Oslo. Chile and Norway agreed a Roadmap for Fisheries Cooperation. “The roadmap will double our trade in salmon by 2025,” Dahlberg said.',
    );
    const plan = 'plan:roadmap-for-fisheries-cooperation';
    const statement = s.statements[0]!.id;
    expect(relations(s)).not.toContain(`PARTY_TO country:chile ${plan}`);
    linkRelations(s);
    expect(relations(s)).toEqual(
      expect.arrayContaining([`PARTY_TO country:chile ${plan}`, `PARTY_TO country:norway ${plan}`, `ABOUT ${statement} ${plan}`]),
    );
  });
  it("a bare title in an article about one country is that country's office, implied", () => {
    const s = statementsOf('President Tomas Varela opened a port in Chile. Chile exports copper, and Chile imports oil.');
    expect(relations(s)).toEqual([]);
    linkRelations(s);
    const rels = [...s.ctx.g.relations.values()].map((r) => `${r.type} ${r.from} ${r.to}${r.implicit ? ' (implied)' : ''}`);
    expect(rels).toEqual([
      'HOLDS_OFFICE person:tomas-varela office:president-of-chile',
      'OFFICE_OF office:president-of-chile country:chile (implied)',
      'AFFILIATED_WITH person:tomas-varela country:chile (implied)',
    ]);
  });
});
