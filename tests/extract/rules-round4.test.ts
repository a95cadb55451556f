// Round-4 rules on invented snippets: remarks to the press and interviews with an outlet as events,
// numbered anniversaries, bare "discussions with", "with X urging" as no complement, short family
// names, every stop of a tour, letters of intent, outcomes named by a copula, events "both countries
// held", more signing verbs for two named parties, dated programme names, rates of growth, a budget's
// allocations, a dateline with an agency code, cups and olympics as events.
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, names, ofType, rel } from './helpers.ts';

const events = (g: ExtractedGraph) => ofType(g, 'Event');

describe('remarks to the press and to legislators', () => {
  it('a participle opening the sentence takes the subject after it; a finite verb the one before it', () => {
    const g = ex(
      'Speaking to journalists in Oslo, Norwegian Trade Minister Ingrid Dahl said exports would grow. Dahl later briefed lawmakers on Thursday.',
    );
    expect(names(g, 'Event')).toEqual(expect.arrayContaining(["Dahl's remarks to the press", "Dahl's briefing to lawmakers"]));
    expect(rel(g, 'PARTICIPATED_IN', 'Ingrid Dahl', "Dahl's remarks to the press")).toBeDefined();
    expect(rel(g, 'HELD_IN', "Dahl's remarks to the press", 'Oslo')).toBeDefined();
    expect(
      events(g)
        .find((e) => e.name === "Dahl's briefing to lawmakers")!
        .mentions.map((m) => m.text),
    ).toContain('briefed lawmakers on Thursday');
  });
  it('two speakers giving remarks to newsmen both take part; telling farmers is no occasion', () => {
    const g = ex(
      'Chilean President Tomas Rojas and Peruvian President Ana Quispe gave joint remarks to newsmen. Rojas told farmers to be patient.',
    );
    const ev = events(g);
    expect(ev).toHaveLength(1);
    expect(rel(g, 'PARTICIPATED_IN', 'Ana Quispe', ev[0]!.name)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Tomas Rojas', ev[0]!.name)).toBeDefined();
  });
});

describe('interviews and anniversaries', () => {
  it('"X told an outlet in an interview" is an interview of X by that outlet', () => {
    const g = ex('Peruvian Foreign Minister Ana Quispe told Reuters in an interview that trade would grow.');
    const [ev] = events(g);
    expect(rel(g, 'PARTICIPATED_IN', 'Ana Quispe', ev!.name)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Reuters', ev!.name)).toBeDefined();
  });
  it('a numbered anniversary of something is an occasion the two countries mark; a bare anniversary is not', () => {
    const g = ex(
      'Norway and Chile want more trade. Norway hopes Chile will invest. The two countries will mark the 50th anniversary of diplomatic relations next year. It was the anniversary of his birth.',
    );
    expect(names(g, 'Event')).toEqual(['50th anniversary of diplomatic relations']);
    expect(rel(g, 'PARTICIPATED_IN', 'Chile', '50th anniversary of diplomatic relations')).toBeDefined();
  });
});

describe('meetings and visits', () => {
  it('"held bilateral discussions with" a president is a meeting of both', () => {
    const g = ex('Ghanaian President Kojo Mensah held bilateral discussions with Kenyan President Peter Otieno at State House.');
    const [ev] = events(g);
    expect(rel(g, 'PARTICIPATED_IN', 'Peter Otieno', ev!.name)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Kojo Mensah', ev!.name)).toBeDefined();
  });
  it('"with X urging …" after an event is an absolute clause: no new meeting, X takes no part', () => {
    const g = ex(
      'Peruvian President Ana Quispe opened the Lima Summit on Monday. Energy topped the agenda of the summit with Bolivian Minister Tomas Rojas urging lower tariffs.',
    );
    expect(events(g)).toHaveLength(1);
    expect(g.relations.some((r) => r.type === 'PARTICIPATED_IN' && r.from === g.entities.find((e) => e.name === 'Tomas Rojas')?.id)).toBe(
      false,
    );
  });
  it('a two-letter family name written first is the person when used alone later', () => {
    const g = ex('French Foreign Minister Paul Morel met Chinese Premier Wu Dalin in Beijing. Morel met Wu again on Friday.');
    const wu = g.entities.find((e) => e.name === 'Wu Dalin')!;
    expect(wu.mentions.map((m) => m.text)).toContain('Wu');
  });
  it('a tour of several countries is held in each of them and in the region it names', () => {
    const g = ex('Indian Prime Minister Rahul Mehta will tour Peru, Chile and Bolivia next month on his first trip to South America.');
    const [trip] = events(g);
    for (const c of ['Peru', 'Chile', 'Bolivia']) expect(rel(g, 'HELD_IN', trip!.name, c)).toBeDefined();
  });
  it('arriving on a weekday in a city for a visit places the visit in the city too', () => {
    const g = ex('Kenyan President Peter Otieno is due to arrive Sunday in Doha, for a three-day official visit to Qatar.');
    const [visit] = events(g);
    expect(rel(g, 'HELD_IN', visit!.name, 'Doha')).toBeDefined();
    expect(rel(g, 'HELD_IN', visit!.name, 'Qatar')).toBeDefined();
  });
  it('an event both countries held has the two main countries as participants', () => {
    const g = ex(
      'Norway and Chile want more trade. Norway hopes Chile will invest. The fisheries protocol came as a direct result of the bilateral consultations both countries held in March.',
    );
    const [ev] = events(g);
    expect(rel(g, 'PARTICIPATED_IN', 'Norway', ev!.name)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Chile', ev!.name)).toBeDefined();
    expect(rel(g, 'OUTCOME_OF', 'fisheries protocol', ev!.name)).toBeDefined();
  });
  it('an event the sides merely welcomed gets no participants from "both countries"', () => {
    const g = ex(
      'Norway and Chile want more trade. Norway hopes Chile will invest. The bilateral consultations, which both countries welcomed, ended.',
    );
    const [ev] = events(g);
    expect(rel(g, 'PARTICIPATED_IN', 'Norway', ev!.name)).toBeUndefined();
  });
});

describe('named sporting events', () => {
  it('a title-case name ending in Cup or Olympics is an event; a cup of tea is not', () => {
    const g = ex('Kenya hopes to host the Africa Cup of Nations and the Summer Olympics. Officials shared a cup of tea.');
    expect(names(g, 'Event')).toEqual(['Africa Cup of Nations', 'Summer Olympics']);
  });
});

describe('plans and their parties', () => {
  it('a letter of intent is a plan; a letter to a person is not', () => {
    const g = ex('Peru and Norway signed a Letter of Intent on fisheries. The minister wrote a letter to the president.');
    expect(names(g, 'Plan')).toEqual(['Letter of Intent on fisheries']);
    expect(rel(g, 'PARTY_TO', 'Norway', 'Letter of Intent on fisheries')).toBeDefined();
  });
  it('two countries that initialled or ratified an instrument, after an auxiliary or a day, are parties to it', () => {
    const g = ex(
      'Peru and Chile on Friday initialled a protocol on fisheries. Norway and Iceland have ratified a treaty on fishing quotas.',
    );
    expect(rel(g, 'PARTY_TO', 'Chile', 'protocol on fisheries')).toBeDefined();
    expect(rel(g, 'PARTY_TO', 'Iceland', 'treaty on fishing quotas')).toBeDefined();
  });
  it('"a single plan" names no plan', () => {
    const g = ex('Officials said all agencies should work to a single plan.');
    expect(names(g, 'Plan')).toEqual([]);
  });
});

describe('national objectives', () => {
  it('a title-case name ending in a target year is a programme; an expo, a month or a budget is not', () => {
    const g = ex(
      'Ruritanian President Olga Berg said the budget serves Ruritania Rising 2040. The Lima Expo 2027 opens in March 2026. The Ruritania Forward 2031 Budget was passed.',
    );
    expect(names(g, 'NationalObjective')).toEqual(['Ruritania Rising 2040']);
  });
  it('a measure "of each household" projected to grow by a rate every year is a goal', () => {
    const g = ex('Under the plan, the income of each household is projected to grow by 4 percent a year.');
    expect(names(g, 'NationalObjective').some((n) => /income of each household/i.test(n) && /4 percent/.test(n))).toBe(true);
  });
  it('the allocations of an article about one budget are lines of that budget; with two budgets none is guessed', () => {
    const one = ex(
      'Kenyan Finance Minister Ruth Wanjiku presented the 2025 budget to Parliament on Thursday. About $4 billion is earmarked for road construction. A further $1 billion will be channelled into rural clinics.',
    );
    expect(rel(one, 'ALIGNED_WITH', '2025 budget', '$4 billion for road construction')).toBeDefined();
    expect(rel(one, 'ALIGNED_WITH', '2025 budget', '$1 billion for rural clinics')).toBeDefined();
    const two = ex(
      'Kenyan Finance Minister Ruth Wanjiku compared the 2025 budget with the 2024 budget on Thursday. About $4 billion is earmarked for road construction.',
    );
    expect(two.relations.some((r) => r.type === 'ALIGNED_WITH')).toBe(false);
  });
});

describe('places', () => {
  it('a dateline city followed by its country and an agency code is a place in that country', () => {
    const g = ex('SANTA ELENA, Belize, BNA – Belizean Prime Minister Raj Patel presented a budget on Tuesday.');
    expect(rel(g, 'LOCATED_IN', 'Santa Elena', 'Belize')).toBeDefined();
  });
});
