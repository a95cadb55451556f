// National objectives stated as clauses, named national plans, expected investments and
// transformation goals: each rule checked on an invented snippet (no evaluation article text).
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, names, rel } from './helpers.ts';

const aliases = (g: ExtractedGraph, name: string) => g.entities.find((e) => e.name === name)?.aliases ?? [];

describe('quantified goals stated as promises', () => {
  const g = ex(
    'Peru’s finance minister spoke in Lima. “In our new Peru, the average wage will be at least $9,000, fewer jobs will be lost, ' +
      'and unemployment will be reduced to zero. Inflation will be kept below 3 percent and public debt will remain under 40 percent of GDP.” Peru wants growth.',
  );
  it('each "X will be (verb) COMPARATOR FIGURE" clause in a quotation is an objective of the article’s country', () => {
    const objs = names(g, 'NationalObjective');
    expect(objs).toEqual(
      expect.arrayContaining([
        'Average wage at least $9,000',
        'Unemployment reduced to zero',
        'Inflation kept below 3 percent',
        'Public debt under 40 percent of GDP',
      ]),
    );
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
    const g = ex(
      'Ghana’s president spoke. “A green and fair society will be built. We will achieve universal broadband coverage.” Ghana agreed.',
    );
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
    const g = ex(
      'The cabinet adopted the Peruvian Development Plan 2025-2030 on Monday. “We approved the Peruvian Development Plan for 2025 to 2030,” ' +
        'the president said, adding that the development plan for Peru is ready.',
    );
    expect(names(g, 'NationalObjective')).toContain('Peruvian Development Plan 2025-2030');
    expect(names(g, 'Plan')).toEqual([]);
    expect(aliases(g, 'Peruvian Development Plan 2025-2030')).toEqual(
      expect.arrayContaining(['Peruvian Development Plan for 2025', 'development plan for Peru']),
    );
    expect(rel(g, 'OBJECTIVE_OF', 'Peruvian Development Plan 2025-2030', 'Peru')).toBeTruthy();
  });
  it('a "Joint Development Plan" of two parties stays a plan', () => {
    const g = ex('Peru and Chile signed a Joint Development Plan on Monday.');
    expect(names(g, 'NationalObjective')).toEqual([]);
  });
});

describe('macroeconomic targets in percent', () => {
  it('"a GDP growth target of N percent" and "aims to keep inflation within N percent" are the country’s objectives', () => {
    const g = ex(
      'Chile’s cabinet set a GDP growth target of 4.5 percent for next year. The central bank aims to keep inflation within 3 percent.',
    );
    expect(names(g, 'NationalObjective')).toEqual(expect.arrayContaining(['4.5 percent GDP growth target', 'Inflation within 3 percent']));
    expect(rel(g, 'OBJECTIVE_OF', '4.5 percent GDP growth target', 'Chile')).toBeTruthy();
    expect(rel(g, 'OBJECTIVE_OF', 'Inflation within 3 percent', 'Chile')).toBeTruthy();
  });
});

describe('goal clauses after a cue of intention (objective-goals.ts)', () => {
  it('"aims to raise X to FIGURE by YEAR" is an objective of the subject country', () => {
    const g = ex('Chile wants to raise non-mining exports to $50 billion by 2030, the ministry said.');
    expect(names(g, 'NationalObjective')).toContain('Raise non-mining exports to $50 billion by 2030');
    expect(rel(g, 'OBJECTIVE_OF', 'Raise non-mining exports to $50 billion by 2030', 'Chile')).toBeTruthy();
  });
  it('an adverb inside the cue, a share as the figure and words before the year are kept', () => {
    const g = ex('The Peruvian agency aims mainly to increase the share of solar power to two-thirds by 2040.');
    expect(names(g, 'NationalObjective')).toContain('Increase the share of solar power to two-thirds by 2040');
    expect(rel(g, 'OBJECTIVE_OF', 'Increase the share of solar power to two-thirds by 2040', 'Peru')).toBeTruthy();
  });
  it('"plans to double X by YEAR" needs no figure; "double efforts" is no goal', () => {
    const g = ex('Peru plans to double tourism revenues by 2028. Chile plans to double its efforts.');
    expect(names(g, 'NationalObjective')).toEqual(['Double tourism revenues by 2028']);
  });
  it('"seeks to attract $N in investment by YEAR": a figure as the object', () => {
    const g = ex('Ghana seeks to attract $10 billion in investment by 2030.');
    expect(names(g, 'NationalObjective')).toContain('Attract $10 billion in investment by 2030');
  });
  it('"targets cutting X by more than half" and a listed gerund goal in a sentence about goals', () => {
    const g = ex(
      'The Ghanaian programme targets cutting the number of jobless people by more than half. Its goals include achieving a literacy rate of 95 percent by 2035.',
    );
    expect(names(g, 'NationalObjective')).toEqual(
      expect.arrayContaining(['Cutting the number of jobless people by more than half', 'Achieving a literacy rate of 95 percent by 2035']),
    );
  });
  it('"our vision is to …" and "the plan for next year is to …" name the infinitive as the goal', () => {
    const g = ex(
      '“Our vision is to build a fair and prosperous nation,” the Peruvian president said. The government plan for next year is to grow the economy by 5 percent, but analysts doubt it.',
    );
    expect(names(g, 'NationalObjective')).toEqual(
      expect.arrayContaining(['Build a fair and prosperous nation', 'Grow the economy by 5 percent']),
    );
    expect(rel(g, 'OBJECTIVE_OF', 'Build a fair and prosperous nation', 'Peru')).toBeTruthy();
  });
  it('"aims to become a X country by YEAR" is a becoming goal', () => {
    const g = ex('Ghana aims to become an upper-middle-income country by 2040.');
    expect(names(g, 'NationalObjective')).toContain('Becoming an upper-middle-income country by 2040');
    expect(rel(g, 'OBJECTIVE_OF', 'Becoming an upper-middle-income country by 2040', 'Ghana')).toBeTruthy();
  });
  it('a goal of ending or achieving a state needs no figure; "achieve this" is no goal', () => {
    const g = ex(
      'The Chilean government vowed to eradicate extreme poverty by 2030. “We need to end hunger in Chile, not by begging.” Chile aims to achieve this.',
    );
    expect(names(g, 'NationalObjective')).toEqual(expect.arrayContaining(['Eradicate extreme poverty by 2030', 'End hunger in Chile']));
    expect(names(g, 'NationalObjective')).toHaveLength(2);
  });
  it('a bilateral goal belongs to both countries of the sentence', () => {
    const g = ex('Peru and Chile hope to lift two-way investment to $3 billion by 2029.');
    const o = names(g, 'NationalObjective')[0]!;
    expect(rel(g, 'OBJECTIVE_OF', o, 'Peru')).toBeTruthy();
    expect(rel(g, 'OBJECTIVE_OF', o, 'Chile')).toBeTruthy();
  });
});

describe('budget figures for headline indicators (objective-goals.ts)', () => {
  it('"a budget envisaging growth at N%, a deficit at N% of GDP and inflation at N%" are three objectives, aligned with the budget', () => {
    const g = ex(
      'The Peruvian government has prepared a draft budget envisaging economic growth at 3.5%, a fiscal deficit at 2.5% of GDP and inflation at 2%, the minister said.',
    );
    expect(names(g, 'NationalObjective')).toEqual(
      expect.arrayContaining(['Economic growth at 3.5%', 'Fiscal deficit at 2.5% of GDP', 'Inflation at 2%']),
    );
    expect(rel(g, 'OBJECTIVE_OF', 'Inflation at 2%', 'Peru')).toBeTruthy();
    const budget = names(g, 'Plan')[0]!;
    expect(rel(g, 'ALIGNED_WITH', budget, 'Economic growth at 3.5%')).toBeTruthy();
    expect(rel(g, 'ALIGNED_WITH', budget, 'Inflation at 2%')).toBeTruthy();
    expect(rel(g, 'PROPOSED', 'Peru', budget)).toBeTruthy();
  });
  it('a reported figure ("growth slowed to 2% last year") is not a goal', () => {
    const g = ex('Peru’s budget office said growth slowed to 2% last year and inflation stood at 6%.');
    expect(names(g, 'NationalObjective')).toEqual([]);
  });
});

describe('named national programmes (objective-goals.ts)', () => {
  it('"Digital <country>", "New <country> YEAR", "Agenda YEAR" and "<country> YEAR vision" are objectives', () => {
    const g = ex('Peru unveiled New Peru 2040 and Digital Peru. Officials discussed the Chile 2050 vision.');
    expect(names(g, 'NationalObjective')).toEqual(expect.arrayContaining(['New Peru 2040', 'Digital Peru', 'Chile 2050 Vision']));
    expect(names(g, 'Plan')).toEqual([]);
    expect(rel(g, 'OBJECTIVE_OF', 'Digital Peru', 'Peru')).toBeTruthy();
  });
  it('a year after a place name is no programme', () => {
    const g = ex('New Zealand 2020 results were announced in Lima.');
    expect(names(g, 'NationalObjective')).toEqual([]);
  });
});

describe('owners of objectives (inference.ts)', () => {
  it('"X is <country>’s long-term strategy" states the owner', () => {
    const g = ex('Leaders met in Accra and Lima. Horizon 2060 is Ghana’s long-term development strategy. Peru and Ghana talked.');
    expect(rel(g, 'OBJECTIVE_OF', 'Horizon 2060', 'Ghana')).toBeFalsy(); // not a programme name by itself
    const h = ex('Vision 2060 is Ghana’s long-term development strategy, officials in Accra said.');
    expect(rel(h, 'OBJECTIVE_OF', 'Vision 2060', 'Ghana')).toBeTruthy();
  });
  it('"the country’s growth strategy, Vision YEAR" belongs to the article’s dominant country', () => {
    const g = ex(
      'Ghana’s president spoke in Accra. Ghana has grown. He urged citizens to look to the country’s long term growth strategy, Vision 2045.',
    );
    const r = rel(g, 'OBJECTIVE_OF', 'Vision 2045', 'Ghana');
    expect(r).toBeTruthy();
    expect(r?.implicit).toBeFalsy();
  });
  it('the U.S.’ strategy (a bare apostrophe after "U.S.") is the United States’ objective', () => {
    const g = ex("The two will cooperate under the U.S.' Indo-Pacific strategy.");
    expect(rel(g, 'OBJECTIVE_OF', 'Indo-Pacific Strategy', 'United States')).toBeTruthy();
  });
});

describe('figures as goals and unquantified trade goals (objective-goals.ts)', () => {
  it('"targets $N in exports by YEAR", "eyes N% growth next year" and "a $N export target"', () => {
    const g = ex(
      'Ghana targets $10 billion in exports by 2030. Peru eyes 5% growth next year. Chile approved a $50 billion export target.',
    );
    expect(names(g, 'NationalObjective')).toEqual(
      expect.arrayContaining(['$10 billion in exports by 2030', '5% growth next year', '$50 billion export target']),
    );
    expect(rel(g, 'OBJECTIVE_OF', '$10 billion in exports by 2030', 'Ghana')).toBeTruthy();
    expect(rel(g, 'OBJECTIVE_OF', '5% growth next year', 'Peru')).toBeTruthy();
  });
  it('"exports are expected to reach $N by YEAR" keeps its subject; without a year it is a forecast', () => {
    const g = ex('Peru’s exports are expected to reach $30 billion by 2027. Chile’s imports will reach $9 billion, analysts said.');
    expect(names(g, 'NationalObjective')).toEqual(['Exports reach $30 billion by 2027']);
  });
  it('"aims to become carbon neutral by YEAR" and "aims to reach $N in bilateral trade"', () => {
    const g = ex('Chile aims to become carbon neutral by 2050. Peru and Chile aim to reach $5 billion in bilateral trade.');
    expect(names(g, 'NationalObjective')).toEqual(
      expect.arrayContaining(['Becoming carbon neutral by 2050', 'Reach $5 billion in bilateral trade']),
    );
  });
  it('"increase mutual investment" and "higher bilateral trade volume" are one objective per kind, of both countries', () => {
    const g = ex(
      'Peru and Chile agreed to increase mutual investment. The deal will lead to higher bilateral trade volume and boost bilateral trade.',
    );
    expect(names(g, 'NationalObjective').sort()).toEqual(['Increased bilateral trade', 'Increased mutual investment']);
    expect(rel(g, 'OBJECTIVE_OF', 'Increased mutual investment', 'Peru')).toBeTruthy();
    expect(rel(g, 'OBJECTIVE_OF', 'Increased mutual investment', 'Chile')).toBeTruthy();
  });
  it('"expand the bilateral trade relationship" is about relations, not a goal', () => {
    const g = ex('Peru and Chile want to expand the bilateral trade relationship.');
    expect(names(g, 'NationalObjective')).toEqual([]);
  });
});

describe('possessive programmes, transformation goals and repeated figures (objective-goals.ts)', () => {
  it('"<country>’s export strategy" is that country’s objective; a bare "<country>’s plan" is nothing', () => {
    const g = ex('Peru’s export strategy was praised. Ghana’s plan was late.');
    expect(names(g, 'NationalObjective')).toEqual(['Export strategy']);
    expect(rel(g, 'OBJECTIVE_OF', 'Export strategy', 'Peru')).toBeTruthy();
  });
  it('a possessive description of a programme named beside it is not one more', () => {
    const g = ex('Vision 2050 is Chile’s long term development strategy.');
    expect(names(g, 'NationalObjective')).toEqual(['Vision 2050']);
    expect(rel(g, 'OBJECTIVE_OF', 'Vision 2050', 'Chile')).toBeTruthy();
  });
  it('"aims to diversify its economy" is a transformation goal, cut before "away from"', () => {
    const g = ex('Peru aims to diversify its economy away from mining. Chile aims to achieve its goals.');
    expect(names(g, 'NationalObjective')).toEqual(['Diversify its economy']);
  });
  it('the same figure for the same year stated twice is one goal', () => {
    const g = ex(
      'Peru and Chile aim for $20 billion in trade by 2028. Lima and Santiago intend to bring bilateral trade to $20 billion by 2028.',
    );
    expect(names(g, 'NationalObjective')).toHaveLength(1);
  });
});

describe('noun-phrase goals and accession bids (nominal-goals.ts)', () => {
  it('"the main goal is NP" and "aims at NP" take the noun phrase as the objective', () => {
    const g = ex(
      'Peru’s main goal is regional economic integration in the Andes. The plan aims at the modernisation of agriculture and fisheries.',
    );
    expect(names(g, 'NationalObjective')).toEqual(
      expect.arrayContaining(['Regional economic integration in the Andes', 'Modernisation of agriculture and fisheries']),
    );
    expect(rel(g, 'OBJECTIVE_OF', 'Regional economic integration in the Andes', 'Peru')).toBeTruthy();
  });
  it('a one-word or pronoun goal names nothing', () => {
    const g = ex('Peru said its aim is this. The aim is growth.');
    expect(names(g, 'NationalObjective')).toEqual([]);
  });
  it('"<country>’s EU accession" and "<country>’s bid to join the OECD" are goals; membership alone is not', () => {
    const g = ex('Serbia’s EU accession is a priority. Hungary’s membership in the EU helps. Peru’s bid to join the OECD advanced.');
    expect(names(g, 'NationalObjective').sort()).toEqual(["Peru's OECD accession", "Serbia's EU accession"]);
    expect(rel(g, 'OBJECTIVE_OF', "Serbia's EU accession", 'Serbia')).toBeTruthy();
  });
});

describe('listed goals, future shares and fronted years (objective-goals.ts)', () => {
  it('each verb of a list after a cue is a goal of its own', () => {
    const g = ex(
      'The Peruvian plan aims to reduce reliance on mining, raise the private sector’s share of GDP to 65 percent and increase exports to $9 billion.',
    );
    expect(names(g, 'NationalObjective')).toContain('Raise the private sector’s share of GDP to 65 percent');
    expect(g.entities.some((e) => e.aliases.includes('increase exports to $9 billion'))).toBe(true);
  });
  it('a gerund clause after a comma does not continue the list', () => {
    const g = ex('“To help, Peru will offer loans,” the minister said, adding Peru will also offer a grant of USD 60 million.');
    expect(names(g, 'NationalObjective')).toEqual([]);
  });
  it('"the digital economy will account for N% of GDP by YEAR" and "By YEAR, N percent of X will …"', () => {
    const g = ex(
      'In Chile the digital economy will account for 20 percent of GDP by 2025. By 2030, 80 percent of adults will have a bank account.',
    );
    expect(names(g, 'NationalObjective')).toEqual(
      expect.arrayContaining(['Digital economy account for 20 percent of GDP by 2025', '80 percent of adults have a bank account by 2030']),
    );
  });
  it('"expects to have N million tourists by YEAR"', () => {
    const g = ex('Peru expects to have 30 million tourists by 2030.');
    expect(names(g, 'NationalObjective')).toEqual(['Have 30 million tourists by 2030']);
  });
});

describe('goals listed under a national programme', () => {
  it('a ranking target ("top N countries in the X Index") in a sentence of aims is an objective, named "Top N in the X Index"', () => {
    const g = ex(
      'Chile’s new strategy aims to put Chile among the world’s top 20 countries in the Open Data Readiness Index (ODRI). ' +
        'Chile is also expected to enter the top 15 regarding the Regional Logistics Index and become one of the 10 leading countries in the Clean Air Index.',
    );
    const objs = names(g, 'NationalObjective');
    expect(objs).toEqual(
      expect.arrayContaining([
        'Top 20 in the Open Data Readiness Index',
        'Top 15 in the Regional Logistics Index',
        'Top 10 in the Clean Air Index',
      ]),
    );
    expect(aliases(g, 'Top 10 in the Clean Air Index')).toContain('one of the 10 leading countries in the Clean Air Index');
    expect(rel(g, 'OBJECTIVE_OF', 'Top 20 in the Open Data Readiness Index', 'Chile')).toBeTruthy();
  });
  it('a rank reported as a fact is no target', () => {
    const g = ex('Chile ranks among the top 40 countries in the Open Data Readiness Index, a survey found.');
    expect(names(g, 'NationalObjective')).toEqual([]);
  });
  it('after a goal cue each "N% of X …" item is a share target, and "N% of those …" continues the item before it', () => {
    const g = ex(
      'Ghana’s government has set a goal of having 70% of land titles (including leases) issued digitally, and 60% of tax returns at the national level and 50% of those at the local level filed online by 2027.',
    );
    const objs = names(g, 'NationalObjective');
    expect(objs).toContain('70% of land titles issued digitally by 2027');
    expect(objs).toContain('60% of tax returns at the national level and 50% of those at the local level filed online by 2027');
    expect(aliases(g, '70% of land titles issued digitally by 2027')).toContain('70% of land titles');
    expect(rel(g, 'OBJECTIVE_OF', '70% of land titles issued digitally by 2027', 'Ghana')).toBeTruthy();
  });
  it('"all X are set to be Y" is a target, and "In addition, all X will be completed and linked" continues a list of targets', () => {
    const g = ex(
      'Ghana’s government has set a goal of having 70% of land titles issued digitally by 2027. ' +
        'In addition, all regional registries on land and water, will be completed and linked nationwide. ' +
        'By 2030, all land titles are set to be available via mobile phones, including basic handsets.',
    );
    const objs = names(g, 'NationalObjective');
    expect(objs).toContain('All land titles are set to be available via mobile phones');
    expect(objs).toContain('Complete and link regional registries');
    expect(aliases(g, 'Complete and link regional registries')).toContain('all regional registries on land and water');
  });
  it('"all X will be …" without a list of targets before it is no objective', () => {
    const g = ex('Ghana’s minister spoke. In addition, all regional offices will be closed on Friday.');
    expect(names(g, 'NationalObjective')).toEqual([]);
  });
  it('the verb phrases a programme or its country aims or plans to carry out are objectives, split where a new verb starts', () => {
    const g = ex(
      'Ghana has adopted a national farming programme. The programme aims to steadily modernise rural roads, rural markets, and rural schools and create jobs for young farmers. ' +
        'Under the programme, Ghana also plans to expand irrigation to northern districts.',
    );
    const objs = names(g, 'NationalObjective');
    expect(objs).toEqual(
      expect.arrayContaining([
        'Modernise rural roads, rural markets, and rural schools',
        'Create jobs for young farmers',
        'Expand irrigation to northern districts',
      ]),
    );
    expect(rel(g, 'OBJECTIVE_OF', 'Create jobs for young farmers', 'Ghana')).toBeTruthy();
  });
  it('in an article between two countries, what one plans to do is not read as a national goal', () => {
    const g = ex(
      'Ghana and Togo held talks. Ghana plans to export more cocoa products to Togo. Togo welcomed Ghana’s offer. Ghana and Togo agreed.',
    );
    expect(names(g, 'NationalObjective').some((n) => /cocoa/.test(n))).toBe(false);
  });
  it('"By YEAR, COUNTRY will be a “…” country": a vision statement, its quoted phrase a short name', () => {
    const g = ex('The plan states: “By 2045, Chile will be a “green hydrogen country” for the whole region”.');
    const o = names(g, 'NationalObjective').find((n) => /^Chile a green hydrogen country/.test(n));
    expect(o).toBe('Chile a green hydrogen country for the whole region by 2045');
    expect(aliases(g, o!)).toContain('green hydrogen country');
    expect(rel(g, 'OBJECTIVE_OF', o!, 'Chile')).toBeTruthy();
  });
  it('"Vision-2045" is a vision like "Vision 2045", and "the long-term development policy (document)" next to it is that vision', () => {
    const g = ex('Parliament debated the long-term development policy of Chile “Vision-2045”. The long term policy document was amended.');
    expect(names(g, 'NationalObjective')).toEqual(['Vision-2045']);
    expect(aliases(g, 'Vision-2045')).toEqual(
      expect.arrayContaining(['long-term development policy of Chile', 'long-term development policy', 'long term policy document']),
    );
    expect(rel(g, 'OBJECTIVE_OF', 'Vision-2045', 'Chile')).toBeTruthy();
  });
  it('"declared that COUNTRY will abolish …" is a goal the speaker proposed, and "as part of the abolition of …" the wider one', () => {
    const g = ex(
      'President Gabriel Boric declared that Chile will abolish entry fees for Peruvian tourists as part of the abolition of fees for Andean visitors. He met reporters.',
    );
    const objs = names(g, 'NationalObjective');
    expect(objs).toEqual(expect.arrayContaining(['Abolish entry fees for Peruvian tourists', 'Abolition of fees for Andean visitors']));
    expect(rel(g, 'PROPOSED', 'Gabriel Boric', 'Abolish entry fees for Peruvian tourists')).toBeTruthy();
    expect(rel(g, 'OBJECTIVE_OF', 'Abolish entry fees for Peruvian tourists', 'Chile')).toBeTruthy();
    expect(rel(g, 'OBJECTIVE_OF', 'Abolish entry fees for Peruvian tourists', 'Peru')).toBeFalsy();
  });
  it('"the programmes of realizing the country’s Vision 2040" are an objective of their own', () => {
    const g = ex('Officials in Oman said the programmes of realizing Oman’s Vision 2040 made progress. Oman is proud.');
    expect(names(g, 'NationalObjective')).toContain('Programmes of realizing Oman’s Vision 2040');
  });
  it('"the diversification of the economy" is an objective, and "we must grow our economy …" in a quotation is the same goal; "the need to increase X" another', () => {
    const g = ex(
      'Ghana’s finance minister spoke on the diversification of the economy. He said: “We must grow our economy beyond gold as well as the need to increase non-tax revenue collection.”',
    );
    const objs = names(g, 'NationalObjective');
    expect(objs).toEqual(expect.arrayContaining(['Diversification of the economy', 'Increase non-tax revenue collection']));
    expect(aliases(g, 'Diversification of the economy')).toContain('grow our economy beyond gold');
  });
});

describe('what a named programme will focus on', () => {
  it('"the Vision’s focus in its next phase will be on X, Y and Z": one objective, each gerund item a mention', () => {
    const g = ex(
      'Oman’s Vision 2040 made progress. The Vision’s focus so far was on building roads, while its focus in its next phase will be on speeding up delivery and further widening the role of the private sector.',
    );
    const o = names(g, 'NationalObjective').find((n) => /next phase/.test(n))!;
    expect(o).toBe('Vision 2040 next phase: speeding up delivery and further widening the role of the private sector');
    expect(aliases(g, o)).toEqual(expect.arrayContaining(['speeding up delivery', 'further widening the role of the private sector']));
    expect(rel(g, 'OBJECTIVE_OF', o, 'Oman')).toBeTruthy();
  });
  it('a past focus ("was on") is no goal', () => {
    const g = ex('Oman’s Vision 2040 made progress. The Vision’s focus was on building roads.');
    expect(names(g, 'NationalObjective').some((n) => /next phase|roads/.test(n))).toBe(false);
  });
});
