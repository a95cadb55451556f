// Relation frames: listed signatories, parties a plan or event names itself, events inside
// larger events, and invitations. Each rule checked on an invented snippet (no evaluation text).
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, names, rel } from './helpers.ts';

const dump = (g: ExtractedGraph) =>
  g.relations.map((r) => `${r.type} ${g.entities.find((e) => e.id === r.from)?.name} -> ${g.entities.find((e) => e.id === r.to)?.name}`);

describe('plan agents', () => {
  it('signatories listed with appositions ("A\'s president, X, and B\'s president, Y, signed") all signed', () => {
    const g = ex(
      'Peru’s president, Maria Quispe Rojas, and Chile’s president, Tomas Varela Ortiz, signed on Monday a fisheries cooperation agreement.',
    );
    expect(rel(g, 'SIGNED', 'Tomas Varela Ortiz', 'fisheries cooperation agreement'), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'SIGNED', 'Maria Quispe Rojas', 'fisheries cooperation agreement'), dump(g).join('\n')).toBeDefined();
  });
  it('"PLAN was signed between A, TITLE, and B": both signed it', () => {
    const g = ex(
      "Chile and Norway signed a memorandum of understanding on salmon farming research. The memorandum was signed between Ana Ruiz, director-general at the ministry's fisheries bureau, and Lars Berg, head of the Norwegian fisheries agency.",
    );
    const plan = 'memorandum of understanding on salmon farming research';
    expect(rel(g, 'SIGNED', 'Ana Ruiz', plan), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'SIGNED', 'Lars Berg', plan), dump(g).join('\n')).toBeDefined();
  });
  it('a country that signed a plan is party to it, not its signatory', () => {
    const g = ex('Norway and Iceland have signed a Protocol on joint fishing quotas.');
    expect(rel(g, 'SIGNED', 'Norway', 'Protocol on joint fishing quotas')).toBeUndefined();
    expect(rel(g, 'PARTY_TO', 'Norway', 'Protocol on joint fishing quotas')).toBeDefined();
  });
});

describe('parties a plan or event names itself', () => {
  it('"A-B Agreement" with two known sides makes both party to it', () => {
    const g = ex('The ministers of Norway and the European Union met in Oslo. They discussed the EU-Norway Fisheries Agreement at length.');
    const plan = g.entities.find((e) => e.type === 'Plan' && e.name.includes('Fisheries Agreement'))?.name;
    expect(plan, dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PARTY_TO', 'European Union', plan!), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PARTY_TO', 'Norway', plan!)).toBeDefined();
  });
  it('an event "between A and B" has both sides as participants', () => {
    const g = ex(
      'Delegates of Peru and Chile gathered on Monday for the second forum of border cooperation between Peru and Chile in Arica.',
    );
    const ev = g.entities.find((e) => e.type === 'Event')?.name;
    expect(ev, dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Chile', ev!), dump(g).join('\n')).toBeDefined();
  });
});

describe('event frames', () => {
  it('an event organised during another is part of it', () => {
    const g = ex(
      'President Ana Duarte of Portugal paid a state visit to Ghana in May. At a business forum organised during the visit, Duarte praised Ghanaian investors.',
    );
    const evs = g.entities.filter((e) => e.type === 'Event');
    const forum = evs.find((e) => /forum/i.test(e.name));
    const visit = evs.find((e) => /visit/i.test(e.name));
    expect(forum && visit, dump(g).join('\n')).toBeTruthy();
    expect(rel(g, 'PART_OF', forum!.name, visit!.name), dump(g).join('\n')).toBeDefined();
  });
  it('"A extended an invitation to B to undertake a visit to C": A invited B, B is invited to the visit', () => {
    const g = ex(
      'Foreign Minister Tomas Varela of Chile met Foreign Minister Ines Okafor of Nigeria. Foreign Minister Varela extended an invitation to Foreign Minister Okafor to undertake a reciprocal visit to Chile.',
    );
    expect(rel(g, 'INVITED', 'Tomas Varela', 'Ines Okafor'), dump(g).join('\n')).toBeDefined();
    const visit = g.entities.find((e) => e.type === 'Event' && /visit/i.test(e.name))?.name;
    expect(rel(g, 'INVITED_TO', 'Ines Okafor', visit!), dump(g).join('\n')).toBeDefined();
  });
});

describe('leaders and chairs', () => {
  it('"a meeting co-chaired by A and B": each co-chairs it', () => {
    const g = ex(
      'Foreign Minister Ines Okafor of Nigeria and Foreign Minister Tomas Varela of Chile held talks in Lagos. The talks, co-chaired by Okafor and Varela, covered fisheries.',
    );
    const talks = g.entities.find((e) => e.type === 'Event')?.name;
    expect(rel(g, 'CO_CHAIRS', 'Ines Okafor', talks!), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'CO_CHAIRS', 'Tomas Varela', talks!), dump(g).join('\n')).toBeDefined();
  });
  it('"a visit led by A": A leads it', () => {
    const g = ex('Trade Minister Ines Okafor of Nigeria arrived in Chile. The visit, led by Okafor, ended on Friday.');
    const visit = g.entities.find((e) => e.type === 'Event')?.name;
    expect(rel(g, 'LEADS', 'Ines Okafor', visit!), dump(g).join('\n')).toBeDefined();
  });
});

describe('larger events, co-chairs and invitations (invented snippets)', () => {
  it('"During the visit, A met B and attended a forum": both are part of the visit', () => {
    const g = ex(
      'Chilean President Gabriel Rojas paid a state visit to Norway. During the visit, Rojas met Prime Minister Lars Dahl and attended a business forum in Oslo.',
    );
    const evs = g.entities.filter((e) => e.type === 'Event');
    const visit = evs.find((e) => /visit/i.test(e.name))!;
    const meeting = evs.find((e) => /meeting/i.test(e.name));
    const forum = evs.find((e) => /forum/i.test(e.name));
    expect(meeting && forum, dump(g).join('\n')).toBeTruthy();
    expect(rel(g, 'PART_OF', meeting!.name, visit.name), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PART_OF', forum!.name, visit.name)).toBeDefined();
  });
  it('"A met B on the sidelines of the summit": the meeting is part of the summit', () => {
    const g = ex('Foreign Minister Aino Lehto met her Peruvian counterpart Pedro Araya on the sidelines of the G20 summit in Rome.');
    const meeting = g.entities.find((e) => e.type === 'Event' && /meeting/.test(e.name))!;
    const summit = g.entities.find((e) => e.type === 'Event' && /summit/i.test(e.name))!;
    expect(rel(g, 'PART_OF', meeting.name, summit.name), dump(g).join('\n')).toBeDefined();
  });
  it('"the opening session of the X Forum" is part of the forum', () => {
    const g = ex('The minister addressed the opening session of the Nordic Energy Forum in Oslo.');
    const session = g.entities.find((e) => e.type === 'Event' && /session/i.test(e.name));
    const forum = g.entities.find((e) => e.type === 'Event' && e.name === 'Nordic Energy Forum');
    expect(session && forum, dump(g).join('\n')).toBeTruthy();
    expect(rel(g, 'PART_OF', session!.name, forum!.name)).toBeDefined();
  });
  it('"A and B co-chaired the meeting": each co-chairs it', () => {
    const g = ex(
      'Trade Minister Ines Okafor and Commerce Minister Tomas Varela co-chaired the ninth Joint Trade Commission meeting in Lagos.',
    );
    const ev = g.entities.find((e) => e.type === 'Event')?.name;
    expect(rel(g, 'CO_CHAIRS', 'Ines Okafor', ev!), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'CO_CHAIRS', 'Tomas Varela', ev!), dump(g).join('\n')).toBeDefined();
  });
  it('"X arrived for a visit at the invitation of Y": Y invited X to the visit', () => {
    const g = ex(
      'Nigerian President Ines Okafor arrived in Santiago on Monday for a state visit at the invitation of President Gabriel Rojas.',
    );
    const visit = g.entities.find((e) => e.type === 'Event' && /visit/i.test(e.name))?.name;
    expect(rel(g, 'INVITED', 'Gabriel Rojas', 'Ines Okafor'), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'INVITED_TO', 'Ines Okafor', visit!), dump(g).join('\n')).toBeDefined();
  });
  it('a body named earlier in the clause is not what a titled meeting belongs to', () => {
    const g = ex("The ministers signed the Joint Trade Commission's memorandum at the G7 Ministerial Meeting in Osaka.");
    const ev = g.entities.find((e) => e.type === 'Event')?.name;
    expect(ev, dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PART_OF', ev!, 'Joint Trade Commission'), dump(g).join('\n')).toBeUndefined();
  });
});

describe('who leads a body (invented snippets)', () => {
  it('"the BODY under the leadership of X": X leads it', () => {
    const g = ex(
      'Prime Minister Ali Hamid spoke. It is the second budget tabled by the Coalition Government under the leadership of Hamid.',
    );
    expect(rel(g, 'LEADS', 'Ali Hamid', 'Coalition Government'), dump(g).join('\n')).toBeDefined();
  });
  it('"X, deputy premier, and chairman of the COUNCIL": X leads the council', () => {
    const g = ex(
      'Crown Prince Fahd Bin Nasser, deputy premier, minister of defense, and chairman of the Council of Economic and Planning Affairs (CEPA), said the programs worked.',
    );
    expect(rel(g, 'LEADS', 'Fahd Bin Nasser', 'Council of Economic and Planning Affairs'), dump(g).join('\n')).toBeDefined();
  });
});

describe('mixed parties', () => {
  it('a body and a country that signed together are both party to the plan', () => {
    const g = ex('The African Union and Chile signed a free trade agreement on Sunday.');
    expect(rel(g, 'PARTY_TO', 'African Union', 'free trade agreement'), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PARTY_TO', 'Chile', 'free trade agreement'), dump(g).join('\n')).toBeDefined();
  });
});

describe('who proposed a plan', () => {
  it('"A, on Wednesday, presented the plan": a time phrase between the agent and the verb', () => {
    const g = ex('Minister of Planning Tomas Varela Ortiz, on Wednesday, presented the National Development Plan to Parliament.');
    const plan = g.entities.find((e) => /National Development Plan/.test(e.name))?.name;
    expect(plan, dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PROPOSED', 'Tomas Varela Ortiz', plan!), dump(g).join('\n')).toBeDefined();
  });
  it('"A gave a picture of the economy during the presentation of the budget": the subject proposed it', () => {
    const g = ex(
      'Finance Minister Maria Quispe Rojas gave a picture of the economy of the future during the presentation of the budget for FY26 in parliament on Thursday.',
    );
    const plan = g.entities.find((e) => e.type === 'Plan' && /budget/i.test(e.name))?.name;
    expect(plan, dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PROPOSED', 'Maria Quispe Rojas', plan!), dump(g).join('\n')).toBeDefined();
  });
  it('a name inside a clause before the presentation is no subject ("After talks with A, officials …")', () => {
    const g = ex('After talks with Maria Quispe Rojas, officials praised the presentation of the budget for 2025.');
    const plan = g.entities.find((e) => e.type === 'Plan' && /budget/i.test(e.name))?.name;
    expect(plan, dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PROPOSED', 'Maria Quispe Rojas', plan!)).toBeUndefined();
  });
});

describe('"between the two countries" names the article’s two main countries', () => {
  it('an event or a plan "between the two countries" has both as its sides', () => {
    const g = ex(
      'Peru and Chile signed twelve accords in Lima. The accords cover fishing and mining, and form part of the third binational summit between the two countries. Chile buys copper from Peru.',
    );
    const summit = names(g, 'Event').find((n) => /summit/i.test(n))!;
    expect(rel(g, 'PARTICIPATED_IN', 'Peru', summit)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Chile', summit)).toBeDefined();
  });
});
