// Patterns added for unseen articles of the genre, checked on short snippets written for them
// (not taken from the seed or the test articles): counterparts, people without a title,
// demonstrative anaphora, portfolios in titles, and family-name order by country.
import { describe, expect, it } from 'vitest';
import { ex, names, rel, speakerOf } from './helpers.ts';

describe('patterns for unseen articles', () => {
  it('a counterpart holds the same office in the other country, and speaks', () => {
    const g = ex(
      'Vietnamese President Vo Van Thuong held talks with his Mongolian counterpart Ukhnaagiin Khurelsukh in Hanoi. Khurelsukh said that Mongolia would expand exports of coal.',
    );
    expect(rel(g, 'HOLDS_OFFICE', 'Ukhnaagiin Khurelsukh', 'President of Mongolia')).toBeDefined();
    expect(speakerOf(g, 'Mongolia would expand')).toBe('Ukhnaagiin Khurelsukh');
  });
  it('finds people without a title from a meeting verb or the gazetteer', () => {
    const g = ex('Sadyr Japarov met Emomali Rahmon in Dushanbe on Friday. Japarov told reporters that the border talks would continue.');
    expect(names(g, 'Person').sort()).toEqual(['Emomali Rahmon', 'Sadyr Japarov']);
    expect(g.entities.some((e) => e.type === 'Event')).toBe(true);
  });
  it('a demonstrative plan noun is the plan already named, never a plan called "This"', () => {
    const g = ex(
      'The two governments adopted a new action plan on energy. “This plan will double our gas supplies to the region”, the minister said.',
    );
    expect(names(g, 'Plan')).not.toContain('This');
  });
  it('a portfolio word never starts a name, and "Lin" is a given name outside East Asia', () => {
    const g = ex(
      'Kyrgyz Minister of Natural Resources Lin Ivanova said in Bishkek that the two countries would map new deposits together. Ivanova added that the survey would start in May.',
    );
    expect(names(g, 'Person')).toEqual(['Lin Ivanova']);
    expect(speakerOf(g, 'the two countries would map')).toBe('Lin Ivanova');
    expect(speakerOf(g, 'the survey would start')).toBe('Lin Ivanova');
  });
});
