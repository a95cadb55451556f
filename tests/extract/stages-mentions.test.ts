// Stage 2 alone (stages/mentions.ts): typed mention candidates with spans in an invented snippet,
// before any resolution: no definite reference is a mention yet and no event is found.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/stages/mentions.ts';
import { readText } from '../../src/extract/stages/text.ts';

const t = readText(
  'Title: t\n\nNorwegian Prime Minister Ingrid Dahlberg met Chilean President Tomas Varela in Oslo on 3 March 2021. ' +
    'The two leaders signed a Roadmap for Fisheries Cooperation. “The roadmap will double our trade in salmon by 2025,” Dahlberg said.',
);

describe('mention stage', () => {
  const m = findMentions(t);
  const entities = [...m.ctx.g.entities.values()];
  const texts = (name: string) => entities.find((e) => e.name === name)?.mentions.map((x) => x.text);
  it('finds countries, places, offices, people and plans, each mention a slice of the body', () => {
    expect(entities.map((e) => `${e.type}:${e.name}`)).toEqual([
      'Country:Norway',
      'Country:Chile',
      'Place:Oslo',
      'Office:Prime Minister of Norway',
      'Person:Ingrid Dahlberg',
      'Office:President of Chile',
      'Person:Tomas Varela',
      'Plan:Roadmap for Fisheries Cooperation',
    ]);
    for (const e of entities) for (const x of e.mentions) expect(t.body.slice(x.start, x.end)).toBe(x.text);
  });
  it('strips the title from the name and ties person, office and country', () => {
    expect(texts('Ingrid Dahlberg')).toEqual(['Ingrid Dahlberg', 'Dahlberg', 'Dahlberg']);
    expect(texts('Prime Minister of Norway')).toEqual(['Norwegian Prime Minister']);
    const rels = [...m.ctx.g.relations.values()].map((r) => `${r.type} ${r.from} ${r.to}`);
    expect(rels).toContain('HOLDS_OFFICE person:ingrid-dahlberg office:prime-minister-of-norway');
    expect(rels).toContain('OFFICE_OF office:president-of-chile country:chile');
  });
  it('leaves "The roadmap" and the meeting to the next stage', () => {
    expect(texts('Roadmap for Fisheries Cooperation')).not.toContain('The roadmap');
    expect(entities.some((e) => e.type === 'Event')).toBe(false);
    expect('events' in m).toBe(false);
  });
});
