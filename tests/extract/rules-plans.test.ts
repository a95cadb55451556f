// Plans by head noun, national objectives from quoted names and quantified targets, and the
// precision of topics: each rule checked on an invented snippet (no evaluation article text).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { names, rel } from './helpers.ts';

const ex = (body: string) => extractArticle(`Title: t\n\n${body}`);
const aliases = (g: ReturnType<typeof ex>, name: string) => g.entities.find((e) => e.name === name)?.aliases ?? [];

describe('plans by head noun', () => {
  it('a noun phrase ending in a plan noun with an "on …" complement is a plan, and "the protocol" refers back', () => {
    const g = ex('Peru and Bolivia have signed a Protocol on joint border monitoring. The protocol was signed in La Paz.');
    expect(names(g, 'Plan')).toContain('Protocol on joint border monitoring');
    expect(aliases(g, 'Protocol on joint border monitoring')).toContain('protocol');
  });
  it('a memorandum of understanding keeps its core name and its acronym as mentions', () => {
    const g = ex('Chile and Norway signed a memorandum of understanding (MOU) on salmon farming research on Monday.');
    const plan = names(g, 'Plan').find((n) => n.startsWith('memorandum'));
    expect(plan).toBe('memorandum of understanding (MOU) on salmon farming research');
    expect(aliases(g, plan!)).toEqual(expect.arrayContaining(['memorandum of understanding', 'MOU']));
  });
  it('an "agreement to VERB …" complement and a "budget for …" complement are part of the name', () => {
    const g = ex('The ministers approved an agreement to promote and protect cross-border investments. The minister presented the budget for FY31 in parliament.');
    expect(names(g, 'Plan')).toEqual(expect.arrayContaining(['agreement to promote and protect cross-border investments', 'budget for FY31']));
  });
  it('"the partnership to VERB …" after a named partnership is a purpose clause about it, not a new plan', () => {
    const g = ex('Norway and Chile launched the Norway-Chile Green Shipping Partnership. The ministers want the partnership to create new jobs in ports.');
    expect(names(g, 'Plan')).toEqual(['Norway-Chile Green Shipping Partnership']);
    expect(aliases(g, 'Norway-Chile Green Shipping Partnership')).toContain('partnership');
  });
  it('coordinated heads are one set, and empty modifiers ("several") are left out of the name', () => {
    const g = ex('Ghana and Malta signed several agreements and memorandums of understanding on maritime safety.');
    expect(names(g, 'Plan')).toContain('agreements and memorandums of understanding on maritime safety');
  });
  it('a road map written in two words is a plan noun; adjectival plurals and counted projects are not plans', () => {
    const g = ex('Oman and Kenya adopted a joint trade road map. Both sides welcomed economic partnerships and 300 small projects.');
    expect(names(g, 'Plan')).toEqual(['joint trade road map']);
  });
  it('"plans to …" is an intention, and a participle verb is not part of the plan name', () => {
    const g = ex('Norway plans to export more fish. Estonia finalized two energy agreements.');
    expect(names(g, 'Plan')).toEqual(['two energy agreements']);
  });
});

describe('national objectives', () => {
  it('a Title Case policy or strategy of one party is a national objective', () => {
    const g = ex("The deal supports Mongolia's Green Steppe Policy and the Pacific Blue Strategy.");
    expect(names(g, 'NationalObjective')).toEqual(expect.arrayContaining(['Green Steppe Policy', 'Pacific Blue Strategy']));
    expect(rel(g, 'OBJECTIVE_OF', 'Green Steppe Policy', 'Mongolia')).toBeDefined();
  });
  it('a lower-case head ("Pacific Blue strategy") joins the Title Case objective of the same name', () => {
    const g = ex('Fiji backs the Pacific Blue strategy. The Pacific Blue Strategy started in 2019.');
    expect(names(g, 'NationalObjective')).toEqual(['Pacific Blue Strategy']);
  });
  it('a quoted Title Case name with a country in it, or followed by "policy", is a national objective', () => {
    const g = ex('The government plans a move to ‘Modern Peru’ after the ‘One Village, One Well’ policy ended.');
    expect(names(g, 'NationalObjective')).toEqual(expect.arrayContaining(['Modern Peru', 'One Village, One Well']));
  });
  it('a trade turnover target "between the two countries" is named by value and kind', () => {
    const g = ex('The sides discussed increasing trade turnover between the two countries to $7 billion by 2030.');
    expect(names(g, 'NationalObjective')).toContain('$7 billion bilateral trade target by 2030');
  });
  it('a "target of US $ N Billion annual two-way trade" is one objective whose mention keeps the trade words', () => {
    const g = ex('Both ministers aim to achieve the target of US $ 3 Billion annual two-way trade.');
    const o = g.entities.find((e) => e.type === 'NationalObjective');
    expect(o?.aliases).toContain('US $ 3 Billion annual two-way trade');
  });
});

describe('topic precision', () => {
  it('a list stops at "including …" and skips kinds of area and bare "cooperation"', () => {
    const g = ex('The leaders discussed cooperation in areas such as fisheries, tourism, and mining, including the export of copper. They agreed to work in various economic fields, including shipping.');
    const topics = names(g, 'Topic');
    expect(topics).not.toContain('Including');
    expect(topics.some((t) => /fields/i.test(t))).toBe(false);
  });
  it('a Title Case area mid-sentence is a portfolio, not a topic', () => {
    const g = ex('The talks were joined by the minister of Mines and Energy, Ana Souza.');
    expect(names(g, 'Topic')).not.toContain('Energy');
  });
});
