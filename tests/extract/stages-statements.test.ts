// Stage 4 alone (stages/statements.ts): on the resolved entities of an invented snippet, a direct
// quote and a reported statement, each attributed to its resolved speaker.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/stages/mentions.ts';
import { resolveEntities } from '../../src/extract/stages/resolve.ts';
import { findStatements } from '../../src/extract/stages/statements.ts';
import { readText } from '../../src/extract/stages/text.ts';

const resolved = resolveEntities(
  findMentions(
    readText(
      'Title: t\n\nNorwegian Prime Minister Ingrid Dahlberg met Chilean President Tomas Varela in Oslo. ' +
        '“The roadmap will double our trade in salmon by 2025,” Dahlberg said. Varela said the talks had been very productive.',
    ),
  ),
);

describe('statement stage', () => {
  const s = findStatements(resolved);
  it('attributes the direct quote and the reported speech to their speakers', () => {
    expect(s.statements.map((x) => [x.speaker, x.direct, x.span.text])).toEqual([
      ['person:ingrid-dahlberg', true, 'The roadmap will double our trade in salmon by 2025'],
      ['person:tomas-varela', false, 'the talks had been very productive'],
    ]);
    for (const x of s.statements) expect(s.ctx.body.slice(x.span.start, x.span.end)).toBe(x.span.text);
  });
  it('keeps what the earlier stages found', () => {
    expect(s.events).toBe(resolved.events);
    expect(s.ctx).toBe(resolved.ctx);
  });
});
