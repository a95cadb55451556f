// The scorer's rules on made-up graphs: what matches strictly, what only partially, how implicit
// gold relations and spans count.
import { describe, expect, it } from 'vitest';
import { scoredGraph } from '../../src/eval/documents.ts';
import { norm } from '../../src/eval/normalize.ts';
import { scoreGraph } from '../../src/eval/score.ts';

const g = (x: unknown) => scoredGraph.parse(x);
const gold = g({
  entities: [
    { id: 'p1', type: 'Person', name: 'Ana Silva', mentions: ['Ana Silva', 'Silva'] },
    { id: 'c1', type: 'Country', name: 'Chile', mentions: ['Chile', 'Chilean'] },
    { id: 'pl1', type: 'Plan', name: 'Green Hydrogen Roadmap', mentions: ['Green Hydrogen Roadmap'] },
    { id: 'ev1', type: 'Event', name: 'Silva–Tan talks in Santiago', mentions: ['the talks'] },
  ],
  relations: [
    { type: 'proposed', from: 'p1', to: 'pl1' },
    { type: 'party_to', from: 'c1', to: 'pl1', implicit: true },
    { type: 'participated_in', from: 'p1', to: 'ev1' },
  ],
});

describe('scoreGraph', () => {
  it('normalises names: case, quotes, dashes, punctuation, articles', () => {
    expect(norm('The “Eight-Point” Plan.')).toBe('eight point plan');
    expect(norm('Côte d’Ivoire')).toBe('côte divoire');
  });

  it('matches on a shared name or alias; a description counts only in the partial figure', () => {
    const pred = g({
      entities: [
        { id: 'a', type: 'Person', name: 'Silva', mentions: [{ start: 0, end: 5, text: 'Silva' }] },
        { id: 'b', type: 'Plan', name: 'the green hydrogen roadmap' },
        { id: 'c', type: 'Event', name: 'talks in Santiago' },
        { id: 'd', type: 'Topic', name: 'energy' },
      ],
      relations: [
        { type: 'PROPOSED', from: 'a', to: 'b' },
        { type: 'participated_in', from: 'a', to: 'c' },
        { type: 'covers', from: 'b', to: 'd' },
      ],
    });
    const s = scoreGraph(gold, pred);
    expect(s.entities.Person).toMatchObject({ tp: 1, pred: 1, gold: 1 });
    expect(s.entities.Plan).toMatchObject({ tp: 1 });
    expect(s.entities.Event).toMatchObject({ tp: 0, pred: 1 });
    expect(s.entities_partial.Event).toMatchObject({ tp: 1 }); // {talks, santiago} ⊂ {silva, tan, talks, santiago}
    expect(s.entities.Topic).toBeUndefined(); // types the gold does not annotate are not scored
    expect(s.entities_all).toMatchObject({ tp: 2, pred: 3, gold: 4 });
    expect(s.relations_stated).toMatchObject({ tp: 1, pred: 2, gold: 2 }); // the unmatched event's relation counts as wrong
    expect(s.relations_stated_partial).toMatchObject({ tp: 2, pred: 2, gold: 2 });
    expect(s.relations_stated_partial.f1).toBe(1);
  });

  it('does not count a relation matching an implicit gold one as wrong, nor as found when stated only', () => {
    const pred = g({
      entities: [
        { id: 'x', type: 'Country', name: 'Chile' },
        { id: 'y', type: 'Plan', name: 'Green Hydrogen Roadmap' },
      ],
      relations: [
        { type: 'party_to', from: 'x', to: 'y' },
        { type: 'proposed_to', from: 'y', to: 'x' },
      ],
    });
    const s = scoreGraph(gold, pred);
    expect(s.relations_stated).toMatchObject({ tp: 0, pred: 1, gold: 2 });
    expect(s.relations_all).toMatchObject({ tp: 1, pred: 2, gold: 3 });
  });

  it('lists what was missed and invented, and each missed stated relation with how many endpoints were found', () => {
    const pred = g({
      entities: [
        { id: 'x', type: 'Country', name: 'Chile' },
        { id: 'y', type: 'Plan', name: 'Green Hydrogen Roadmap' },
        { id: 'z', type: 'Event', name: 'Lima forum' },
        { id: 't', type: 'Topic', name: 'energy' },
      ],
      relations: [],
    });
    const { misses } = scoreGraph(gold, pred);
    expect(misses.missed).toEqual([
      { type: 'Person', name: 'Ana Silva' },
      { type: 'Event', name: 'Silva–Tan talks in Santiago' },
    ]);
    expect(misses.spurious).toEqual([{ type: 'Event', name: 'Lima forum' }]); // Topic is not annotated, so not counted
    expect(misses.relations).toEqual([
      { type: 'proposed', from: 'Ana Silva', to: 'Green Hydrogen Roadmap', found: 1 },
      { type: 'participated_in', from: 'Ana Silva', to: 'Silva–Tan talks in Santiago', found: 0 },
    ]); // the implicit party_to is not listed
  });

  it('checks each predicted span against the body', () => {
    const body = 'Ana Silva met Tan.';
    const pred = g({
      entities: [
        {
          id: 'a',
          type: 'Person',
          name: 'Ana Silva',
          mentions: [
            { start: 0, end: 9, text: 'Ana Silva' },
            { start: 1, end: 9, text: 'Ana Silva' },
          ],
        },
      ],
      relations: [{ type: 'participated_in', from: 'a', to: 'a', evidence: { start: 0, end: 17, text: 'Ana Silva met Tan' } }],
    });
    expect(scoreGraph(gold, pred, body).spans).toEqual({ valid: 2, total: 3 });
  });

  it('matches statements by overlapping words and speaker when the gold has quote text', () => {
    const withQuotes = g({
      entities: [...gold.entities, { id: 's1', type: 'Statement', name: 's1', mentions: ['We will build the hydrogen plants by 2030'] }],
      relations: [...gold.relations, { type: 'said', from: 'p1', to: 's1' }],
    });
    const pred = g({
      entities: [
        { id: 'a', type: 'Person', name: 'Ana Silva' },
        { id: 's', type: 'Statement', name: 'x', mentions: [{ start: 0, end: 1, text: 'we will build hydrogen plants by 2030' }] },
      ],
      relations: [{ type: 'said', from: 'a', to: 's' }],
    });
    const s = scoreGraph(withQuotes, pred);
    expect(s.entities.Statement).toMatchObject({ tp: 1, pred: 1, gold: 1 });
    expect(s.direct_quotes_by_speaker).toEqual({ p1: { gold: 1, pred: 1 } });
  });
});
