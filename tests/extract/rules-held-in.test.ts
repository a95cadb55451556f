// Where an occasion was held, read from the verb after it or the place hosting it
// (src/extract/relations/event-frames.ts heldAt, src/extract/mentions/countries.ts for "X hosted").
// Each rule checked on an invented snippet (no evaluation text).
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex } from './helpers.ts';

/** the places the one event named by `re` was held in */
const heldIn = (g: ExtractedGraph, re: RegExp): string[] => {
  const ev = g.entities.find((e) => e.type === 'Event' && re.test(e.name));
  const name = (id: string) => g.entities.find((e) => e.id === id)?.name;
  return g.relations.filter((r) => r.type === 'HELD_IN' && r.from === ev?.id).map((r) => name(r.to)!);
};

describe('held in', () => {
  it('"has been held in the Norwegian capital Oslo": the city after its description, not the demonym', () => {
    const g = ex('The 5th meeting of the Norway-Chile Joint Commission has been held in the Norwegian capital Oslo.');
    expect(heldIn(g, /5th meeting/)).toEqual(['Oslo']);
  });

  it('"ended in Santiago": a verb of closing places the occasion too', () => {
    const g = ex('The 7th session of the Norway-Chile Joint Commission ended in Santiago with the signing of five agreements.');
    expect(heldIn(g, /7th session/)).toEqual(['Santiago']);
  });

  it('"Oslo hosted the 3rd session of …": the capital hosting it is the city where it was held', () => {
    const g = ex('Oslo hosted the 3rd session of the Norway-Chile Joint Commission on Economic Cooperation.');
    expect(heldIn(g, /3rd session/)).toEqual(['Oslo']);
    expect(g.entities.find((e) => e.name === 'Oslo')?.type).toBe('Place');
  });
});
