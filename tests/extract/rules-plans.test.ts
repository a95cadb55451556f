// Plans by head noun, national objectives from quoted names and quantified targets, and the
// precision of topics: each rule checked on an invented snippet (no evaluation article text).
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, names, rel } from './helpers.ts';

const aliases = (g: ExtractedGraph, name: string) => g.entities.find((e) => e.name === name)?.aliases ?? [];

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
    const g = ex(
      'The ministers approved an agreement to promote and protect cross-border investments. The minister presented the budget for FY31 in parliament.',
    );
    expect(names(g, 'Plan')).toEqual(
      expect.arrayContaining(['agreement to promote and protect cross-border investments', 'budget for FY31']),
    );
  });
  it('"the partnership to VERB …" after a named partnership is a purpose clause about it, not a new plan', () => {
    const g = ex(
      'Norway and Chile launched the Norway-Chile Green Shipping Partnership. The ministers want the partnership to create new jobs in ports.',
    );
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
    const g = ex(
      'The leaders discussed cooperation in areas such as fisheries, tourism, and mining, including the export of copper. They agreed to work in various economic fields, including shipping.',
    );
    const topics = names(g, 'Topic');
    expect(topics).not.toContain('Including');
    expect(topics.some((t) => /fields/i.test(t))).toBe(false);
  });
  it('a new clause ends a list ("…, while officials noted"), and "and" before the last item does not', () => {
    expect(names(ex('The memorandum covers fisheries and mining, while officials noted that trade grew.'), 'Topic')).not.toContain(
      'While officials noted',
    );
    expect(names(ex('They will cooperate in the fields of health, education and culture, officials said.'), 'Topic').sort()).toEqual([
      'Culture',
      'Education',
      'Health',
    ]);
  });
  it('a Title Case area mid-sentence is a portfolio, not a topic', () => {
    const g = ex('The talks were joined by the minister of Mines and Energy, Ana Souza.');
    expect(names(g, 'Topic')).not.toContain('Energy');
  });
});

describe('financial pledges as plans (pledges.ts)', () => {
  it('"announced a concessional credit of USD N billion": a plan the announcing country proposed (not a party to)', () => {
    const g = ex('Peru announced a concessional credit of USD 2 billion to the region in the next five years.');
    expect(names(g, 'Plan')).toContain('Concessional credit of USD 2 billion');
    expect(rel(g, 'PROPOSED', 'Peru', 'Concessional credit of USD 2 billion')).toBeTruthy();
    expect(rel(g, 'INITIATED', 'Peru', 'Concessional credit of USD 2 billion')).toBeFalsy();
    expect(rel(g, 'PARTY_TO', 'Peru', 'Concessional credit of USD 2 billion')).toBeFalsy();
  });
  it('"will offer a $N billion loan to <country>": proposed by the subject, proposed to the country', () => {
    const g = ex('Japan will offer a $2 billion loan to Peru.');
    const p = names(g, 'Plan')[0]!;
    expect(p).toBe('$2 billion loan to Peru');
    expect(rel(g, 'PROPOSED', 'Japan', p)).toBeTruthy();
    expect(rel(g, 'PROPOSED_TO', p, 'Peru')).toBeTruthy();
  });
  it('"would invest $N billion in <country>" is a pledge; a reported sum is not', () => {
    const g = ex('Officials said the fund would invest $5 billion in Chile. Exports reached $5 billion last year.');
    expect(names(g, 'Plan')).toEqual(['Invest $5 billion in Chile']);
  });
  it('"the package worth N" after a named package is that package', () => {
    const g = ex('The cabinet approved a comprehensive stimulus package on Friday. The package worth 3 trillion yen includes tax cuts.');
    expect(names(g, 'Plan')).toEqual(['comprehensive stimulus package']);
  });
});

describe('plan agents and purposes (plan-relations.ts)', () => {
  it('"filed/prepared/tabled X" proposes X; only the first plan after the verb is its object', () => {
    const g = ex('The Chilean government has tabled a draft budget envisaging inflation at 3%.');
    const budget = names(g, 'Plan')[0]!;
    expect(rel(g, 'PROPOSED', 'Chile', budget)).toBeTruthy();
    expect(rel(g, 'PROPOSED', 'Chile', 'Inflation at 3%')).toBeFalsy();
  });
  it('a plan then a purpose cue then an objective: the plan is aligned with it', () => {
    const g = ex('Peru and Chile signed a trade agreement to raise bilateral trade to $4 billion by 2030.');
    const plan = names(g, 'Plan')[0]!;
    const obj = names(g, 'NationalObjective')[0]!;
    expect(rel(g, 'ALIGNED_WITH', plan, obj)).toBeTruthy();
  });
  it('no cue, no alignment', () => {
    const g = ex('Peru signed a trade agreement on Monday; separately, Chile wants to raise exports to $4 billion by 2030.');
    const plan = names(g, 'Plan')[0]!;
    const obj = names(g, 'NationalObjective')[0]!;
    expect(rel(g, 'ALIGNED_WITH', plan, obj)).toBeFalsy();
  });
});

describe('plan phrases: names, parties and national plans (plan-phrases.ts, plans.ts, plan-relations.ts)', () => {
  it('"on Friday" after a plan is a date, not its topic', () => {
    const g = ex('The cabinet approved a comprehensive stimulus package on Friday.');
    expect(names(g, 'Plan')).toEqual(['comprehensive stimulus package']);
  });
  it('an objective in the complement ("an agreement to raise trade to $N") is served by the plan, named up to its head', () => {
    const g = ex('Peru and Chile signed a trade agreement to raise bilateral trade to $4 billion by 2030.');
    expect(names(g, 'Plan')).toEqual(['trade agreement']);
    expect(rel(g, 'PARTY_TO', 'Peru', 'trade agreement')).toBeTruthy();
  });
  it('a lower-case development plan of one country is a national objective; "the development plan" later refers to the named programme', () => {
    const g = ex('The commission introduced a ten years development plan. Chile and Peru adopted a joint development plan.');
    expect(names(g, 'NationalObjective')).toContain('ten years development plan');
    expect(names(g, 'Plan')).toEqual(['joint development plan']);
    const h = ex('Ghana adopted Vision 2060. Among the goals of the development plan is growth.');
    expect(names(h, 'NationalObjective')).toEqual(['Vision 2060']);
    expect(h.entities.find((e) => e.name === 'Vision 2060')?.aliases).toContain('development plan');
  });
  it('a coined hyphenated name before the head also names the plan alone', () => {
    const g = ex('The signing of the ANDES-Plus agreement in Lima was a milestone. Peru, Chile and Bolivia signed ANDES-Plus.');
    const p = g.entities.find((e) => e.name === 'ANDES-Plus agreement');
    expect(p?.aliases).toContain('ANDES-Plus');
  });
  it('"A, the B, C and D signed X": every listed country is a party, across unknown items', () => {
    const g = ex('Australia, the Cook Islands, Kiribati, Nauru, Atlantis and Tuvalu signed the trade agreement.');
    for (const c of ['Australia', 'Kiribati', 'Nauru', 'Tuvalu']) expect(rel(g, 'PARTY_TO', c, 'trade agreement')).toBeTruthy();
  });
  it('"the 14th five-year plan" and a "ten-year development plan" are a country’s own; a "five-year action plan" of two is a plan', () => {
    const g = ex('China’s 14th five-year plan sets goals.');
    expect(names(g, 'NationalObjective')).toEqual(['14th five-year plan']);
    expect(rel(g, 'OBJECTIVE_OF', '14th five-year plan', 'China')).toBeTruthy();
    const h = ex('Peru and Chile adopted a five-year action plan. Ghana launched a ten-year development plan.');
    expect(names(h, 'Plan')).toEqual(['Five-year action plan']);
    expect(names(h, 'NationalObjective')).toEqual(['Ten-year development plan']);
  });
});

describe('an indefinite plan in the words of one named before (plan-phrases.ts)', () => {
  it('"hoped to sign a free trade agreement" after the "A-B Free Trade Agreement" is that plan, unless another country is named', () => {
    const g = ex(
      'Peru and Chile launched talks on the Peru-Chile Free Trade Agreement. The two sides hoped to sign a free trade agreement soon. Ghana wants a free trade agreement.',
    );
    expect(
      g.entities.find((e) => e.name === 'Peru-Chile Free Trade Agreement')?.mentions.filter((m) => m.text === 'free trade agreement'),
    ).toHaveLength(1);
    expect(names(g, 'Plan')).toHaveLength(2);
  });
});

describe('more plan heads (plans.ts, plan-nouns.ts)', () => {
  it('a "comprehensive strategic alliance", a Title Case "Compact YEAR" and a "joint monitoring mechanism" are plans', () => {
    const g = ex(
      'Peru and Chile agreed to upgrade ties to a comprehensive strategic alliance. The Andean Compact 2030 was signed. The two created a joint monitoring mechanism.',
    );
    expect(names(g, 'Plan')).toEqual(
      expect.arrayContaining(['Comprehensive strategic alliance', 'Andean Compact 2030', 'joint monitoring mechanism']),
    );
    expect(rel(g, 'PARTY_TO', 'Peru', 'Comprehensive strategic alliance')).toBeTruthy();
  });
  it('a Title Case "X Alliance" is a bloc and a summit theme is no plan', () => {
    const g = ex('The Pacific Alliance met. The summit ran under the theme: ‘Towards a Dynamic Development Agenda’.');
    expect(names(g, 'Plan')).toEqual([]);
    expect(names(g, 'NationalObjective')).toEqual([]);
  });
});

describe('agents in the present tense and in relative clauses (plan-relations.ts)', () => {
  it('"<country> introduces a ten-year development plan" initiates it', () => {
    const g = ex('Peru introduces a ten-year development plan.');
    expect(rel(g, 'INITIATED', 'Peru', 'Ten-year development plan')).toBeTruthy();
  });
  it('"the X model, which <country> has strongly advocated" was proposed by that country', () => {
    const g = ex('Leaders should adopt the Sun-Wind-Water economic model, which Chile has strongly advocated.');
    expect(rel(g, 'PROPOSED', 'Chile', 'Sun-Wind-Water economic model')).toBeTruthy();
  });
});

describe('"plans to VERB" after a noun is a verb (plan-phrases.ts)', () => {
  it('"the government plans to raise …" makes no plan; "government plans for housing" is one', () => {
    const g = ex(
      'The minister said the government plans to raise tax revenue to 18 percent of GDP by 2027. The new government plans for housing were praised.',
    );
    expect(names(g, 'Plan')).toEqual(['government plans for housing']);
    expect(names(g, 'NationalObjective')).toEqual(['Raise tax revenue to 18 percent of GDP by 2027']);
  });
});

describe('acts, national plans and budgets in programme articles', () => {
  it('"Decision No. N/XX" is a plan; one "approving" a programme is aligned with it, and its signer initiated the programme', () => {
    const g = ex(
      'Prime Minister Maria Lopez has signed Decision No. 212/QD-CP approving the national water security programme until 2030. Chile welcomed it.',
    );
    expect(names(g, 'Plan')).toContain('Decision No. 212/QD-CP');
    expect(rel(g, 'SIGNED', 'Maria Lopez', 'Decision No. 212/QD-CP')).toBeTruthy();
    const prog = names(g, 'NationalObjective').find((n) => /water security programme/.test(n))!;
    expect(rel(g, 'ALIGNED_WITH', 'Decision No. 212/QD-CP', prog)).toBeTruthy();
    expect(rel(g, 'INITIATED', 'Maria Lopez', prog)).toBeTruthy();
  });
  it('"the draft resolution on the approval of X" is a plan aligned with X', () => {
    const g = ex(
      'The assembly passed the draft resolution on the approval of Chile’s “Vision-2040”. The draft resolution had been amended.',
    );
    expect(names(g, 'Plan')).toEqual(['Draft resolution']);
    expect(rel(g, 'ALIGNED_WITH', 'Draft resolution', 'Vision-2040')).toBeTruthy();
  });
  it('an ordinal before a Title Case plan and its bracketed acronym belong to it; a "Mid-Term Review of" it is an objective too', () => {
    const g = ex('The Ruritanian budget follows the Mid-Term Review of the 9th Ruritania Plan (9RP).');
    const objs = names(g, 'NationalObjective');
    expect(objs).toEqual(expect.arrayContaining(['9th Ruritania Plan', 'Mid-Term Review of the 9th Ruritania Plan']));
  });
  it('in an article about one country, a programme or framework naming no other party is a national objective; budgets stay plans', () => {
    const g = ex(
      'Ghana’s finance minister tabled the 2025 Budget in Accra. The 2025 Budget will also witness the integration of policies through the Green Industry Master Plan 2035 and the Coastal Recovery Framework in line with the Inclusive Economy framework. ' +
        'This will be the third national budget tabled by the government.',
    );
    expect(names(g, 'Plan')).toEqual(['2025 Budget']);
    expect(aliases(g, '2025 Budget')).toContain('national budget');
    const objs = names(g, 'NationalObjective');
    expect(objs).toEqual(
      expect.arrayContaining(['Green Industry Master Plan 2035', 'Coastal Recovery Framework', 'Inclusive Economy framework']),
    );
    expect(rel(g, 'ALIGNED_WITH', '2025 Budget', 'Green Industry Master Plan 2035')).toBeTruthy();
    expect(rel(g, 'ALIGNED_WITH', '2025 Budget', 'Inclusive Economy framework')).toBeTruthy();
    expect(rel(g, 'ALIGNED_WITH', 'Green Industry Master Plan 2035', 'Inclusive Economy framework')).toBeFalsy();
    expect(rel(g, 'PROPOSED', 'Ghana', '2025 Budget') ?? rel(g, 'PARTY_TO', 'Ghana', '2025 Budget')).toBeTruthy();
  });
  it('a credit programme offered to others stays a plan, and so does any plan in an article with two countries', () => {
    const g = ex('Ghana will expand its ongoing credit programme for farmers.');
    expect(names(g, 'NationalObjective').some((n) => /credit/.test(n))).toBe(false);
    const h = ex('Ghana and Togo launched the Coastal Recovery Framework.');
    expect(names(h, 'Plan')).toContain('Coastal Recovery Framework');
  });
  it('a budget "to actualise" or that must "anchor on" a plan is aligned with it; "will be tabling" proposes', () => {
    const g = ex(
      'President Ama Mensah will be tabling the 2026 budget in Accra. “The 2026 budget will build on the previous budgets to actualise the rural growth recovery plan,” she said. ' +
        'The speaker said the implementation of the budget must anchor on the #BuyGhanaian project.',
    );
    expect(rel(g, 'PROPOSED', 'Ama Mensah', '2026 budget')).toBeTruthy();
    expect(rel(g, 'ALIGNED_WITH', '2026 budget', 'rural growth recovery plan')).toBeTruthy();
    expect(names(g, 'NationalObjective')).toContain('rural growth recovery plan');
  });
  it('a "joint declaration on … between A and B" is a plan whose name keeps the parties; "no signed joint declaration" is none', () => {
    const g = ex(
      'The presidents adopted a joint declaration on trade cooperation between Peru and Chile. They also signed a number of sectoral agreements in energy and transport. There was no signed joint declaration on security.',
    );
    expect(names(g, 'Plan')).toEqual(
      expect.arrayContaining(['joint declaration on trade cooperation between Peru and Chile', 'sectoral agreements']),
    );
    expect(names(g, 'Plan').filter((n) => /declaration/.test(n))).toHaveLength(1);
    expect(rel(g, 'PARTY_TO', 'Peru', 'joint declaration on trade cooperation between Peru and Chile')).toBeTruthy();
  });
});

describe('parties of plans named with "the two countries"', () => {
  it('"the Memorandum on A, and the Memorandum on B of the two countries": both plans belong to the two main countries', () => {
    const g = ex(
      'Peru’s president met Chile’s president in Lima. Peru and Chile witnessed the signing of the Memorandum of Understanding on Fisheries, and the Memorandum of Understanding on Customs Training of the two countries. Chile thanked Peru.',
    );
    expect(rel(g, 'PARTY_TO', 'Peru', 'Memorandum of Understanding on Fisheries')).toBeTruthy();
    expect(rel(g, 'PARTY_TO', 'Chile', 'Memorandum of Understanding on Fisheries')).toBeTruthy();
    const second = names(g, 'Plan').find((n) => /Customs Training/.test(n))!;
    expect(rel(g, 'PARTY_TO', 'Chile', second)).toBeTruthy();
  });
  it('a sentence opening with "The two countries" makes them party to the plan it names', () => {
    const g = ex(
      'Peru’s president visited Chile. The two countries had earlier signed 12 other sectoral agreements, Chile said. Peru agreed.',
    );
    const p = names(g, 'Plan').find((n) => /sectoral agreements/.test(n))!;
    expect(rel(g, 'PARTY_TO', 'Peru', p)).toBeTruthy();
    expect(rel(g, 'PARTY_TO', 'Chile', p)).toBeTruthy();
  });
});

describe('counted commitments', () => {
  it('"agreed to honour 40 commitments" is a plan; "climate commitments" and "our commitment" are not', () => {
    const g = ex(
      'Peru and Chile signed 9 agreements, and it was agreed to honour 40 commitments. Both keep their climate commitments and our commitment to peace.',
    );
    expect(names(g, 'Plan')).toEqual(expect.arrayContaining(['40 commitments']));
    expect(names(g, 'Plan').some((n) => /climate|commitment to/.test(n))).toBe(false);
  });
});

describe('plans named by their field', () => {
  it('"an MoU in the field of X" and "an agreement in the area of Y" take the field into their names', () => {
    const g = ex('Chile and Peru signed a memorandum of understanding in the field of mining and an agreement in the area of fisheries.');
    const plans = names(g, 'Plan');
    expect(plans).toEqual(
      expect.arrayContaining(['memorandum of understanding in the field of mining', 'agreement in the area of fisheries']),
    );
  });
});

describe('plan phrases: counted occasions and sides of several words', () => {
  it('"the Protocol of the 9th meeting of X": the ordinal counts the meeting, not a day; the protocol is its outcome', () => {
    const g = ex('Ali Asadov and Irakli Garibashvili signed the Protocol of the 9th meeting of the joint commission.');
    expect(names(g, 'Plan')).toContain('Protocol of the 9th meeting of the joint commission');
    expect(
      rel(g, 'OUTCOME_OF', 'Protocol of the 9th meeting of the joint commission', '9th meeting of the joint commission'),
    ).toBeDefined();
  });
  it('"an MOU between A and B" with sides of several words names the plan; its sides are parties', () => {
    const g = ex(
      'Kenya concluded an MOU between the Kenya Medicines Board and the Indonesia Food and Drug Authority, which will help trade.',
    );
    const mou = 'MOU between the Kenya Medicines Board and the Indonesia Food and Drug Authority';
    expect(names(g, 'Plan')).toContain(mou);
    expect(rel(g, 'PARTY_TO', 'Kenya Medicines Board', mou)).toBeDefined();
  });
  it('a second plan of a list is no side, and the name before "between" is a mention of its own', () => {
    const g = ex(
      'They signed the Memorandum of Understanding of Academic Cooperation between the Ministry of Defense of Paraguay and the Ministry of Security of Panama and the Memorandum of Understanding between the Intelligence Secretary of Paraguay and the Security Council of Panama.',
    );
    const academic = g.entities.find((e) => e.type === 'Plan' && e.name.startsWith('Memorandum of Understanding of Academic'));
    expect(academic?.name).toBe(
      'Memorandum of Understanding of Academic Cooperation between the Ministry of Defense of Paraguay and the Ministry of Security of Panama',
    );
    expect(academic?.mentions.map((m) => m.text)).toContain('Memorandum of Understanding of Academic Cooperation');
    expect(names(g, 'Plan')).toContain(
      'Memorandum of Understanding between the Intelligence Secretary of Paraguay and the Security Council of Panama',
    );
  });
  it('a side cut short by a possessive is no side: "a framework between A and Ruritania’s B"', () => {
    expect(names(ex('The MOU sets up a framework between Kenya Biovax and Indonesia’s BioFarma for vaccines.'), 'Plan')).not.toContain(
      'framework between Kenya Biovax and Indonesia',
    );
  });
});

describe('a bloc’s programme', () => {
  it('a vision or agenda a body’s name opens is a Plan; a country’s own stays a national objective', () => {
    const g = ex(
      'The plan is aligned with the African Union Agenda 2063 and the ASEAN Community Vision 2025, and with Ruritania Vision 2040.',
    );
    expect(names(g, 'Plan')).toEqual(expect.arrayContaining(['African Union Agenda 2063', 'ASEAN Community Vision 2025']));
    expect(names(g, 'NationalObjective')).toContain('Ruritania Vision 2040');
  });
  it('a goal a body’s name opens that is no named programme stays an objective', () => {
    expect(names(ex('EU exports to Ruritania could increase by 4.5 billion euros a year.'), 'Plan')).toEqual([]);
  });
});
