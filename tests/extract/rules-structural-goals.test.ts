// National objectives found by sentence structure (issue 17): budget allocations in any currency,
// aims with a government subject, quantified indicator targets with a deadline, "make X a hub",
// abstract development ends. Each rule checked on an invented snippet (no evaluation article text).
import { describe, expect, it } from 'vitest';
import { ex, names, rel } from './helpers.ts';

const objs = (body: string) => names(ex(body), 'NationalObjective');

describe('budget allocations', () => {
  it('each "FIGURE for PURPOSE" after a verb of allocating is an objective, in any currency', () => {
    const g = ex(
      'Peru’s finance minister presented the budget in Lima. The budget allocates PEN 15 billion for primary education and PEN 4 billion for rural roads.',
    );
    expect(names(g, 'NationalObjective')).toEqual(
      expect.arrayContaining(['PEN 15 billion for primary education', 'PEN 4 billion for rural roads']),
    );
    expect(rel(g, 'OBJECTIVE_OF', 'PEN 15 billion for primary education', 'Peru')).toBeTruthy();
  });
  it('a figure joined to its purpose by a participle of allocating', () => {
    expect(objs('In Ghana, 12 billion cedis have been set aside for housing schemes, the minister said.')).toContain(
      '12 billion cedis for housing schemes',
    );
    expect(objs('The Chilean government earmarked CLP900 million for digital services this year.')).toContain(
      'CLP900 million for digital services',
    );
  });
  it('a figure sent "to" a body, a figure "for the year" and aid to another country are not allocations', () => {
    expect(objs('The president presented an appropriation bill of N7.1 trillion to a joint session of the assembly in Nigeria.')).toEqual(
      [],
    );
    expect(objs('Ghana’s budget allocates 90 billion cedis for the year.')).toEqual([]);
    expect(objs('Japan’s budget allocates $2 billion for Ghana’s railways.').some((n) => /railways/.test(n))).toBe(false);
  });
  it('a gloss may stand between the figure and a passive verb of giving it to a purpose; the figure alone is a mention', () => {
    const g = ex('Another CLP 40 billion, 7.5% of total outlays, will be channelled into the water sector in Chile.');
    expect(names(g, 'NationalObjective')).toContain('CLP 40 billion for water sector');
    expect(g.entities.find((e) => e.name === 'CLP 40 billion for water sector')!.mentions.map((m) => m.text)).toContain('CLP 40 billion');
  });
  it('a figure without a verb or noun of spending is not an allocation', () => {
    expect(objs('Peru sold $3 billion of bonds for refinancing.')).toEqual([]);
  });
});

describe('money in any currency', () => {
  it('a currency code before the figure or a currency name after it is an amount in a goal clause', () => {
    expect(objs('Morocco aims to attract MAD 50 billion in investment by 2030.')).toContain('Attract MAD 50 billion in investment by 2030');
    expect(objs('Kenya will spend KES900 million on ICT labs, the minister said.')).toContain('KES900 million for ICT labs');
  });
});

describe('a government subject makes a modal a cue', () => {
  it('"COUNTRY will VERB X to FIGURE by YEAR" is the country’s objective', () => {
    const g = ex('Chile will lower its fiscal deficit to 2 percent of GDP by 2027, the minister said.');
    expect(names(g, 'NationalObjective')).toContain('Lower its fiscal deficit to 2 percent of GDP by 2027');
    expect(rel(g, 'OBJECTIVE_OF', 'Lower its fiscal deficit to 2 percent of GDP by 2027', 'Chile')).toBeTruthy();
    expect(objs('The Peruvian government would lift the minimum wage by 12 percent.')).toContain('Lift the minimum wage by 12 percent');
  });
  it('a modal whose subject is a measure or a person is no cue', () => {
    expect(objs('Copper prices will raise costs by 5 percent, traders in Chile said.')).toEqual([]);
  });
});

describe('making a place into what a country aims to become', () => {
  it('"aims to make PLACE a … hub by YEAR"', () => {
    const g = ex('Ghana aims to make Takoradi a West African shipping hub by 2040.');
    expect(names(g, 'NationalObjective')).toContain('Make Takoradi a West African shipping hub by 2040');
    expect(rel(g, 'OBJECTIVE_OF', 'Make Takoradi a West African shipping hub by 2040', 'Ghana')).toBeTruthy();
  });
  it('without a cue or a government subject, "make X a hub" is no goal', () => {
    expect(objs('Traders in Ghana say the port could make Takoradi a busy hub.')).toEqual([]);
  });
});

describe('indicator targets', () => {
  it('an indicator at a figure by a year needs no cue', () => {
    expect(objs('The new plan puts per capita income at $6,500 by 2035 in Ghana.')).toContain('Per capita income at $6,500 by 2035');
    expect(objs('Ghana wants a budget deficit below 4 percent of GDP by 2028.')).toContain('Budget deficit below 4 percent of GDP by 2028');
  });
  it('a figure already reached is not a goal', () => {
    expect(objs('In Chile exports rose to $9 billion by 2019.')).toEqual([]);
  });
  it('an expectation is a goal only when the government holds it', () => {
    expect(objs('The Chilean government expects inflation to slow to 3 percent in 2026.')).toContain('Inflation at 3 percent in 2026');
    expect(objs('Bankers expect inflation to slow to 3 percent in 2026 in Chile.')).toEqual([]);
  });
});

describe('abstract development ends', () => {
  it('the object of a verb of furthering headed by an end is an objective; a plan before the verb is aligned with it', () => {
    const g = ex(
      'Ghana and Togo signed the Volta Corridor Agreement in Accra. The Volta Corridor Agreement will enable the creation of rural jobs in Ghana.',
    );
    expect(names(g, 'NationalObjective')).toContain('Creation of rural jobs in Ghana');
    expect(rel(g, 'OBJECTIVE_OF', 'Creation of rural jobs in Ghana', 'Ghana')).toBeTruthy();
  });
  it('coordinated ends are one objective; naming it again adds a mention, not an entity', () => {
    const g = ex(
      'The plan will foster inclusive growth and sustainable development in Chile. It will promote sustainable development further, the Chilean minister said.',
    );
    const o = names(g, 'NationalObjective');
    expect(o).toContain('Inclusive growth and sustainable development in Chile');
    expect(o.filter((n) => /development/i.test(n))).toHaveLength(1);
  });
  it('a bare head, a noun "support for", the development of cooperation and an agenda are no ends', () => {
    expect(objs('Japan supports the development of mutually beneficial cooperation with Chile.')).toEqual([]);
    expect(objs('Chile thanked Peru for its support for infrastructure development.')).toEqual([]);
    expect(objs('Chile will support the reform agenda for the wellbeing of the nation.')).toEqual([]);
    expect(objs('The council will oversee relations between Chile and Peru and ensure their ongoing development.')).toEqual([]);
  });
});

describe('a national programme named in quotes after its noun', () => {
  it('the quoted words are the name; the description at the noun folds into it', () => {
    const g = ex('Peru approved the national programme “Clean Rivers for Everyone” on Monday.');
    expect(names(g, 'NationalObjective')).toEqual(['Clean Rivers for Everyone']);
    expect(rel(g, 'OBJECTIVE_OF', 'Clean Rivers for Everyone', 'Peru')).toBeTruthy();
  });
  it('a joint programme in quotes is not a national objective', () => {
    expect(objs('Peru and Chile launched a joint programme “Andes Water”.')).toEqual([]);
  });
});

describe('plans aligned with national objectives', () => {
  it('a plan before a purpose word and an objective in the same sentence is aligned with it', () => {
    const g = ex(
      'Ghana and Togo signed the Volta Trade Agreement in Accra. The Volta Trade Agreement will help raise bilateral trade to $2 billion by 2030.',
    );
    const o = names(g, 'NationalObjective').find((n) => /\$2 billion/.test(n));
    expect(o).toBeTruthy();
    expect(rel(g, 'ALIGNED_WITH', 'Volta Trade Agreement', o!)).toBeTruthy();
  });
  it('an objective after "in line with" aligns the plan named after it', () => {
    const g = ex('In line with the national programme “Green Ghana”, Ghana and Togo signed the Volta Forest Agreement.');
    expect(rel(g, 'ALIGNED_WITH', 'Volta Forest Agreement', 'Green Ghana')).toBeTruthy();
  });
});

describe('verb phrases under a programme’s aim', () => {
  it('a participle clause after the goal ("…, including …", "…, underscoring …") is no goal of its own', () => {
    const got = objs(
      'The strategy aims to address the needs of rural districts, including farmers, fishers and traders, underscoring that growth must be shared.',
    );
    expect(got).toContain('Address the needs of rural districts');
    expect(got.filter((n) => /^(?:Including|Underscoring)/.test(n))).toEqual([]);
  });
  it('verbs of the same form after a comma are each a goal', () => {
    expect(objs('The national programme aims to modernise the ports, expand the railways and build new schools.')).toEqual(
      expect.arrayContaining(['Modernise the ports', 'Expand the railways', 'Build new schools']),
    );
  });
});
