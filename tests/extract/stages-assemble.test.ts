// Stage 6 alone (stages/assemble.ts): the linked workspace of an invented snippet becomes the
// ExtractedGraph: the article's header, sentence spans, entities by first mention with sorted
// mentions, relations sorted by type, and nothing that only an implication reached.
import { describe, expect, it } from 'vitest';
import { assemble } from '../../src/extract/stages/assemble.ts';
import { findMentions } from '../../src/extract/stages/mentions.ts';
import { linkRelations } from '../../src/extract/stages/relations.ts';
import { resolveEntities } from '../../src/extract/stages/resolve.ts';
import { findStatements } from '../../src/extract/stages/statements.ts';
import { readText } from '../../src/extract/stages/text.ts';

const linked = () =>
  linkRelations(
    findStatements(
      resolveEntities(
        findMentions(
          readText(
            'Title: Fisheries\nDate: 2021-03-04\n\nThe Oslo Fisheries Centre opened on Monday. Ministers later flew to Oslo. ' +
              'Chilean President Tomas Varela arrived.',
          ),
        ),
      ),
    ),
  );

describe('graph stage', () => {
  const rel = linked();
  const g = assemble(rel);
  it('carries the header and the sentence spans', () => {
    expect(g.article).toEqual({ title: 'Fisheries', published: '2021-03-04', body: rel.ctx.body });
    expect(g.sentences.map((s) => [s.index, rel.ctx.body.slice(s.start, s.end)])).toEqual([
      [0, 'The Oslo Fisheries Centre opened on Monday.'],
      [1, 'Ministers later flew to Oslo.'],
      [2, 'Chilean President Tomas Varela arrived.'],
    ]);
  });
  it('orders entities by first mention and leaves out an entity never mentioned, with its relations', () => {
    expect(g.entities.map((e) => e.id)).toEqual([
      'organization:oslo-fisheries-centre',
      'place:oslo',
      'country:chile',
      'office:president-of-chile',
      'person:tomas-varela',
    ]);
    // Oslo's country is only implied (LOCATED_IN Norway): neither the country nor the relation is kept
    expect(rel.ctx.g.entities.has('country:norway')).toBe(true);
    expect(g.relations.some((r) => r.to === 'country:norway')).toBe(false);
    expect(g.relations.map((r) => r.type)).toEqual([...g.relations.map((r) => r.type)].sort());
  });
  it('is the same graph on every run', () => {
    expect(assemble(linked())).toEqual(g);
  });
});
