// Quantified goals after two more cues of intention (invented snippets): "one of the goals for
// this year is to VERB X to FIGURE" and "we hope (and pray) that we will be VERBing X up to FIGURE".
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex } from './helpers.ts';

const objMentions = (g: ExtractedGraph) =>
  g.entities.filter((e) => e.type === 'NationalObjective').flatMap((e) => e.mentions.map((m) => m.text));

describe('goal cues', () => {
  it('"one of the main goals for this year is to raise X to FIGURE"', () => {
    const g = ex(
      'Ghana’s tourism minister said one of the main goals for this year is to raise the number of cruise passengers to 2 million.',
    );
    expect(objMentions(g).some((m) => m.includes('raise the number of cruise passengers to 2 million'))).toBe(true);
  });
  it('"we hope and pray that we will be growing X up to N billion dollars"', () => {
    const g = ex('Ghana’s president said, “We hope and pray that we will be growing our cocoa exports up to 4 billion dollars soon.”');
    expect(objMentions(g).some((m) => m.includes('growing our cocoa exports up to 4 billion dollars'))).toBe(true);
  });
});
