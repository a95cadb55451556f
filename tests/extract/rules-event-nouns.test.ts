// Event nouns on invented snippets: two event nouns in a row are one phrase headed by the second
// ("the signing ceremony", "a summit meeting"), a courtesy call is an occasion, and the countries
// that held or marked an occasion ("held a videoconference", "marked the anniversary") took part.
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, names, ofType, rel } from './helpers.ts';

const events = (g: ExtractedGraph) => ofType(g, 'Event');

describe('event nouns', () => {
  it('"the signing ceremony" is one event its witnesses took part in', () => {
    const g = ex(
      'Chile and Peru signed six MoUs on Tuesday. President Ana Quispe and Prime Minister Tomas Rojas witnessed the signing ceremony.',
    );
    const ev = events(g);
    expect(ev.flatMap((e) => e.mentions.map((m) => m.text))).toContain('the signing ceremony');
    expect(rel(g, 'PARTICIPATED_IN', 'Ana Quispe', ev[0]!.name)).toBeDefined();
  });
  it('a courtesy call is an occasion of the one who paid it; a wake-up call is not', () => {
    const g = ex('Chilean President Tomas Rojas paid a courtesy call on the Peruvian president on Monday.');
    expect(events(g)).toHaveLength(1);
    expect(rel(g, 'PARTICIPATED_IN', 'Tomas Rojas', events(g)[0]!.name)).toBeDefined();
    expect(events(ex('The floods were a wake-up call for Chilean President Tomas Rojas.'))).toEqual([]);
  });
  it('countries that held "a videoconference" or marked "the anniversary" took part; launching a mission sends it', () => {
    const held = ex('Chile and Peru held a videoconference on trade.');
    expect(rel(held, 'PARTICIPATED_IN', 'Peru', events(held)[0]!.name)).toBeDefined();
    const marked = ex('Chile and Peru marked the 50th anniversary of diplomatic relations.');
    expect(rel(marked, 'PARTICIPATED_IN', 'Chile', events(marked)[0]!.name)).toBeDefined();
    const mission = ex('Chile launched a trade mission to Peru.');
    expect(rel(mission, 'PARTICIPATED_IN', 'Chile', events(mission)[0]!.name)).toBeUndefined();
  });
});

describe('a courtesy call is paid on someone', () => {
  it('"paid a courtesy call on Crown Prince X in CITY": X takes part, the call is held there', () => {
    const g = ex('Prime Minister Hun Sen paid a courtesy call on Crown Prince Naruhito in Tokyo on Tuesday.');
    const call = names(g, 'Event')[0]!;
    expect(call).toMatch(/^Courtesy call on/);
    expect(rel(g, 'PARTICIPATED_IN', 'Naruhito', call)).toBeDefined();
    expect(rel(g, 'HELD_IN', call, 'Tokyo')).toBeDefined();
  });
});
