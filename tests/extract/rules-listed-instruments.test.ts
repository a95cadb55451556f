// Instruments a signing lists one by one (src/extract/mentions/listed-instruments.ts), on invented snippets.
import { describe, expect, it } from 'vitest';
import { ex, names, rel } from './helpers.ts';

describe('listed instruments', () => {
  it('a semicolon list after "include": each item is a plan, part of the group', () => {
    const g = ex(
      'Norway and Chile signed several memoranda of understanding in Oslo. The MoUs signed include Fisheries Research; Maritime Training and the Exchange of Information; and Cooperation in the Field of Culture.',
    );
    const plans = names(g, 'Plan');
    expect(plans).toEqual(
      expect.arrayContaining([
        'Fisheries Research',
        'Maritime Training and the Exchange of Information',
        'Cooperation in the Field of Culture',
      ]),
    );
    const group = plans.find((p) => /memoranda/i.test(p))!;
    expect(rel(g, 'PART_OF', 'Fisheries Research', group)).toBeDefined();
  });

  it('"including: an MoU for A; an MoU for B … and Agreement on C": items sharing a head stay apart', () => {
    const g = ex(
      'The two presidents observed the signing of four Memoranda of Understanding including: an MoU for Cooperation in the Legal Field; an MoU for Cooperation in the Fields of Tourism and Business Events; an MoU for Cooperation in the Field of Education and Agreement on the Establishment of a Joint Committee.',
    );
    expect(names(g, 'Plan')).toEqual(
      expect.arrayContaining([
        'MoU for Cooperation in the Legal Field',
        'MoU for Cooperation in the Fields of Tourism and Business Events',
        'MoU for Cooperation in the Field of Education',
        'Agreement on the Establishment of a Joint Committee',
      ]),
    );
    expect(names(g, 'Plan')).not.toContain('MoU for Cooperation');
  });

  it('a comma list whose items are not noun phrases with an article is left alone', () => {
    const g = ex('The agreements signed at the meeting included ones on border protection, farming, defense, and customs cooperation.');
    expect(names(g, 'Plan')).not.toContain('Farming');
  });
});

describe('a group’s occasion is its items’', () => {
  it('instruments listed in a group signed at a ceremony are outcomes of that ceremony too', () => {
    const g = ex(
      'President Julius Maada Bio and Emir Sheikh Tamim bin Hamad Al Thani witnessed the signing of six memoranda of understanding in Doha on Monday. The MoUs signed include Fisheries Research; Maritime Training and the Exchange of Information; and Cooperation in the Field of Culture.',
    );
    const signing = names(g, 'Event').find((n) => /^Signing/.test(n))!;
    expect(rel(g, 'OUTCOME_OF', 'six memoranda of understanding', signing)).toBeDefined();
    expect(rel(g, 'OUTCOME_OF', 'Fisheries Research', signing)).toBeDefined();
    expect(rel(g, 'OUTCOME_OF', 'Cooperation in the Field of Culture', signing)).toBeDefined();
  });
});
