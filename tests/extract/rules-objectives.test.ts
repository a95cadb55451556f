// National objectives stated as clauses, named national plans, expected investments and
// transformation goals: each rule checked on an invented snippet (no evaluation article text).
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { names, rel } from './helpers.ts';

const ex = (body: string) => extractArticle(`Title: t\n\n${body}`);
const aliases = (g: ReturnType<typeof ex>, name: string) => g.entities.find((e) => e.name === name)?.aliases ?? [];

describe('quantified goals stated as promises', () => {
  const g = ex('Peru’s finance minister spoke in Lima. “In our new Peru, the average wage will be at least $9,000, fewer jobs will be lost, '
    + 'and unemployment will be reduced to zero. Inflation will be kept below 3 percent and public debt will remain under 40 percent of GDP.” Peru wants growth.');
  it('each "X will be (verb) COMPARATOR FIGURE" clause in a quotation is an objective of the article’s country', () => {
    const objs = names(g, 'NationalObjective');
    expect(objs).toEqual(expect.arrayContaining(['Average wage at least $9,000', 'Unemployment reduced to zero',
      'Inflation kept below 3 percent', 'Public debt under 40 percent of GDP']));
    expect(aliases(g, 'Inflation kept below 3 percent')).toContain('Inflation will be kept below 3 percent');
    expect(rel(g, 'OBJECTIVE_OF', 'Inflation kept below 3 percent', 'Peru')).toBeTruthy();
  });
  it('a clause without a figure is not a target', () => {
    expect(names(g, 'NationalObjective').some((n) => /jobs/i.test(n))).toBe(false);
  });
  it('a forecast outside a quotation and without "our/target/goal" is not an objective', () => {
    const f = ex('Analysts in Lima said inflation will be below 3 percent next year in Peru.');
    expect(names(f, 'NationalObjective')).toEqual([]);
  });
  it('"N percent of people will be below the poverty line" names the share and the line', () => {
    const p = ex('Chile’s minister said: “Less than 2 percent of people will be below the poverty line by 2040.” Chile agreed.');
    expect(names(p, 'NationalObjective')).toContain('Less than 2 percent of people below the poverty line');
  });
});

describe('promised societies and named growth models', () => {
  it('"a X society will be created" and "we will achieve X" in a quotation are objectives', () => {
    const g = ex('Ghana’s president spoke. “A green and fair society will be built. We will achieve universal broadband coverage.” Ghana agreed.');
    expect(names(g, 'NationalObjective')).toEqual(expect.arrayContaining(['Green and fair society', 'Universal broadband coverage']));
    expect(rel(g, 'OBJECTIVE_OF', 'Green and fair society', 'Ghana')).toBeTruthy();
  });
  it('a hyphenated Title Case "economic model" is the objective of the country advocating it', () => {
    const g = ex('The minister urged partners to adopt the Sun-Wind-Water economic model, which Chile has long advocated.');
    expect(names(g, 'NationalObjective')).toContain('Sun-Wind-Water economic model');
    expect(rel(g, 'OBJECTIVE_OF', 'Sun-Wind-Water economic model', 'Chile')).toBeTruthy();
  });
});

describe('transformation goals and expected investments', () => {
  it('"reviving the <demonym> economy" and "the industrialization of <country>" are that country’s goals', () => {
    const g = ex('The president toured the Gulf in hopes of reviving the Peruvian economy. He pledged the industrialization of Chile.');
    expect(names(g, 'NationalObjective')).toEqual(expect.arrayContaining(['Reviving the Peruvian economy', 'Industrialization of Chile']));
    expect(rel(g, 'OBJECTIVE_OF', 'Reviving the Peruvian economy', 'Peru')).toBeTruthy();
    expect(rel(g, 'OBJECTIVE_OF', 'Industrialization of Chile', 'Chile')).toBeTruthy();
  });
  it('"foreign investments expected at about $N" is an objective of the country it flows into', () => {
    const g = ex('Officials said partners will bring foreign investments expected at about $4 billion into Ghana next year.');
    expect(names(g, 'NationalObjective')).toContain('$4 billion expected investment');
    expect(rel(g, 'OBJECTIVE_OF', '$4 billion expected investment', 'Ghana')).toBeTruthy();
  });
});

describe('national development plans', () => {
  it('"<demonym> Development Plan" is a national objective and its longer and lower-case forms are mentions of it', () => {
    const g = ex('The cabinet adopted the Peruvian Development Plan 2025-2030 on Monday. “We approved the Peruvian Development Plan for 2025 to 2030,” '
      + 'the president said, adding that the development plan for Peru is ready.');
    expect(names(g, 'NationalObjective')).toContain('Peruvian Development Plan 2025-2030');
    expect(names(g, 'Plan')).toEqual([]);
    expect(aliases(g, 'Peruvian Development Plan 2025-2030')).toEqual(expect.arrayContaining(['Peruvian Development Plan for 2025', 'development plan for Peru']));
    expect(rel(g, 'OBJECTIVE_OF', 'Peruvian Development Plan 2025-2030', 'Peru')).toBeTruthy();
  });
  it('a "Joint Development Plan" of two parties stays a plan', () => {
    const g = ex('Peru and Chile signed a Joint Development Plan on Monday.');
    expect(names(g, 'NationalObjective')).toEqual([]);
  });
});

describe('macroeconomic targets in percent', () => {
  it('"a GDP growth target of N percent" and "aims to keep inflation within N percent" are the country’s objectives', () => {
    const g = ex('Chile’s cabinet set a GDP growth target of 4.5 percent for next year. The central bank aims to keep inflation within 3 percent.');
    expect(names(g, 'NationalObjective')).toEqual(expect.arrayContaining(['4.5 percent GDP growth target', 'Inflation within 3 percent']));
    expect(rel(g, 'OBJECTIVE_OF', '4.5 percent GDP growth target', 'Chile')).toBeTruthy();
    expect(rel(g, 'OBJECTIVE_OF', 'Inflation within 3 percent', 'Chile')).toBeTruthy();
  });
});
