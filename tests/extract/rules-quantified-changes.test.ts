// Quantified goals phrased as an expected or intended change (src/extract/mentions/quantified-changes.ts).
// Each rule checked on an invented snippet (no evaluation text).
import { describe, expect, it } from 'vitest';
import { ex, names, ofType } from './helpers.ts';

const target = (body: string) => ofType(ex(body), 'NationalObjective').map((e) => ({ name: e.name, target: e.attributes?.target }));

describe('quantified changes', () => {
  it('the measure as the object: "could lift exchanges between the two by 30 percent within a decade"', () => {
    expect(
      target(
        'Norway and Chile signed a free trade agreement which Oslo says can lift exchanges between the two by 30 percent within a decade.',
      ),
    ).toContainEqual({ name: 'Lift exchanges between the two by 30 percent within a decade', target: '30 percent' });
  });

  it('modifiers before the measure: "could increase bilateral non-oil trade to US$10 billion within five years"', () => {
    expect(target('The minister said the deal could increase bilateral non-oil trade to US$10 billion within five years.')).toContainEqual({
      name: 'Increase bilateral non-oil trade to US$10 billion within five years',
      target: 'US$10 billion',
    });
  });

  it('the measure as the subject: "Norwegian exports to the region could increase by 4.5 billion euros a year"', () => {
    const found = target('According to officials, Norwegian exports to the region could increase by 4.5 billion euros a year.');
    expect(found.map((t) => t.name)).toContain('Norwegian exports to the region could increase by 4.5 billion euros a year');
  });

  it('an aim named by amount and deadline: "aiming for a USD 40,000 per capita rate by 2050"', () => {
    expect(target('The ministry said it was aiming for a USD 40,000 per capita rate by 2050.').map((t) => t.name)).toContain(
      'USD 40,000 per capita rate by 2050',
    );
  });

  it('a past change is a fact, not a goal: "trade increased by 12 percent in 2019"', () => {
    expect(
      names(ex('Bilateral trade between Norway and Chile increased by 12 percent in 2019 to $3 billion.'), 'NationalObjective'),
    ).toEqual([]);
  });
});
