// Organisation names on invented snippets: two bodies joined by "and", each with a head noun of its
// own, are two organisations ("the Ministry of Trade and the Ministry of Finance"), while "Chamber of
// Commerce and Industry" stays one; a mixed-case acronym in brackets ("(IsDB)") names the body too.
import { describe, expect, it } from 'vitest';
import { ex, names } from './helpers.ts';

describe('coordinated organisations and acronyms', () => {
  it('"A Ministry and the B Association" are two bodies; "Chamber of Commerce and Industry" is one', () => {
    expect(names(ex('The Ministry of Trade and the Ministry of Finance signed the deal.'), 'Organization').sort()).toEqual([
      'Ministry of Finance',
      'Ministry of Trade',
    ]);
    expect(names(ex('The Chilean Chamber of Commerce and the Peruvian Export Association signed an MoU.'), 'Organization').sort()).toEqual([
      'Chilean Chamber of Commerce',
      'Peruvian Export Association',
    ]);
    expect(names(ex('The Chamber of Commerce and Industry of Peru spoke.'), 'Organization')).toEqual([
      'Chamber of Commerce and Industry of Peru',
    ]);
  });
  it('a mixed-case acronym in brackets is another name of the body, wherever it recurs', () => {
    const g = ex('The Islamic Development Bank (IsDB) pledged funds. The IsDB said the money would go to roads.');
    const bank = g.entities.find((e) => e.name === 'Islamic Development Bank')!;
    expect(bank.mentions.filter((m) => m.text === 'IsDB')).toHaveLength(2);
  });
});
