// National objectives found by sentence structure (issue 17): budget allocations in any currency,
// aims with a government subject, quantified indicator targets with a deadline, "make X a hub",
// abstract development ends. Each rule checked on an invented snippet (no evaluation article text).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { names, rel } from './helpers.ts';

const ex = (body: string) => extractArticle(`Title: t\n\n${body}`);
const objs = (body: string) => names(ex(body), 'NationalObjective');

describe('budget allocations', () => {
  it('each "FIGURE for PURPOSE" after a verb of allocating is an objective, in any currency', () => {
    const g = ex('Peru’s finance minister presented the budget in Lima. The budget allocates PEN 15 billion for primary education and PEN 4 billion for rural roads.');
    expect(names(g, 'NationalObjective')).toEqual(expect.arrayContaining(['PEN 15 billion for primary education', 'PEN 4 billion for rural roads']));
    expect(rel(g, 'OBJECTIVE_OF', 'PEN 15 billion for primary education', 'Peru')).toBeTruthy();
  });
  it('a figure joined to its purpose by a participle of allocating', () => {
    expect(objs('In Ghana, 12 billion cedis have been set aside for housing schemes, the minister said.')).toContain('12 billion cedis for housing schemes');
    expect(objs('The Chilean government earmarked CLP900 million for digital services this year.')).toContain('CLP900 million for digital services');
  });
  it('a figure sent "to" a body, a figure "for the year" and aid to another country are not allocations', () => {
    expect(objs('The president presented an appropriation bill of N7.1 trillion to a joint session of the assembly in Nigeria.')).toEqual([]);
    expect(objs('Ghana’s budget allocates 90 billion cedis for the year.')).toEqual([]);
    expect(objs('Japan’s budget allocates $2 billion for Ghana’s railways.').some((n) => /railways/.test(n))).toBe(false);
  });
  it('a figure without a verb or noun of spending is not an allocation', () => {
    expect(objs('Peru sold $3 billion of bonds for refinancing.')).toEqual([]);
  });
});
