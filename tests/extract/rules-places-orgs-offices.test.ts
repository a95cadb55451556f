// Offices held in organisations, lower-case units of a body, and landmark places, on made-up snippets.
import { describe, expect, it } from 'vitest';
import { ex, names, rel } from './helpers.ts';

describe('offices of organisations', () => {
  it('an acronym before a title is the body the office belongs to', () => {
    const g = ex('The Northern Trade Council (NTC) met on Monday. NTC Secretary Marta Kovalenko said exports would grow.');
    expect(names(g, 'Office')).toContain('Secretary of Northern Trade Council');
    expect(rel(g, 'HOLDS_OFFICE', 'Marta Kovalenko', 'Secretary of Northern Trade Council')).toBeDefined();
    expect(rel(g, 'OFFICE_OF', 'Secretary of Northern Trade Council', 'Northern Trade Council')).toBeDefined();
  });
  it('"Name, Managing Director of the company" refers back to the last company named', () => {
    const g = ex('Work began on the Lakeside Bottling Company plant. “We are ready,” Paul Oduro, Managing Director of the company said.');
    expect(rel(g, 'HOLDS_OFFICE', 'Paul Oduro', 'Managing Director of Lakeside Bottling Company')).toBeDefined();
  });
  it('an acronym that is not a known body makes no office', () => {
    const g = ex('The XYZ Secretary was not named in the report.');
    expect(names(g, 'Office')).toEqual([]);
  });
});

describe('units of a body', () => {
  it('a lower-case bureau named by a possessive is an organisation, and its director holds an office there', () => {
    const g = ex("The deal was signed by Lena Park, director-general at the ministry's regional planning bureau, on Friday.");
    expect(names(g, 'Organization')).toContain('Regional Planning Bureau');
    expect(names(g, 'Office')).toContain('Director-General of Regional Planning Bureau');
  });
  it('"ORG\'s bureau for X and Y" keeps its remit', () => {
    const g = ex("She heads the agency's bureau for research and learning.");
    expect(names(g, 'Organization')).toContain('Bureau for Research and Learning');
  });
});

describe('landmarks', () => {
  it('a capitalised name with a landmark head noun is a place', () => {
    const g = ex('The leaders met at the Marble Palace and later visited Harbour Stadium near the Old City.');
    expect(names(g, 'Place')).toEqual(expect.arrayContaining(['Marble Palace', 'Harbour Stadium', 'Old City']));
  });
  it('a lone head noun is not a place', () => {
    const g = ex('The city announced that the palace would reopen.');
    expect(names(g, 'Place')).toEqual([]);
  });
});

describe('organisation names end before a date (invented snippet)', () => {
  it('"the National Assembly on Friday" is the assembly, not "National Assembly on Friday"', () => {
    const g = ex('Prime Minister Ahmad Zaki tabled the budget at the National Assembly on Friday.');
    expect(names(g, 'Organization')).toEqual(['National Assembly']);
  });
});
