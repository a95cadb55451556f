// Event rules (area D) on invented snippets: event noun phrases with their complements,
// visit verbs, back-references to one occasion, and plans that came out of an event.
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, names, ofType, rel } from './helpers.ts';

const events = (g: ExtractedGraph) => ofType(g, 'Event');

describe('events as noun phrases', () => {
  it('a possessive visit to a country, and "the visit" later is the same occasion', () => {
    const g = ex('Kenyan President Daniel Mwangi began his third visit to Norway on Monday. Trade dominated the visit, officials said.');
    const [ev, ...rest] = events(g);
    expect(rest).toHaveLength(0);
    expect(ev!.name).toBe("Mwangi's third visit to Norway");
    expect(ev!.mentions.map((m) => m.text)).toContain('the visit');
    expect(rel(g, 'HELD_IN', ev!.name, 'Norway')).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Daniel Mwangi', ev!.name)).toBeDefined();
  });
  it('a press conference is named after the person who spoke at it', () => {
    const g = ex('“Prices will fall,” Prime Minister Olga Lindqvist told a press conference.');
    expect(names(g, 'Event')).toContain('Lindqvist press conference');
  });
  it('talks with a party and a meeting "today with" a minister take their participants from the complement', () => {
    const g = ex(
      'Peruvian Foreign Minister Carla Ruiz held a meeting today with Trade Minister Ivan Petrov. Both sides praised the talks.',
    );
    const ev = events(g);
    expect(ev).toHaveLength(1);
    expect(ev[0]!.mentions.map((m) => m.text)).toContain('the talks');
    expect(rel(g, 'PARTICIPATED_IN', 'Ivan Petrov', ev[0]!.name)).toBeDefined();
  });
  it('an ordinal starts a new occasion and "would take place in" gives its place', () => {
    const g = ex('The negotiations with Canada began in 2019. Officials said the first meeting would take place in Ottawa.');
    const first = events(g).find((e) => e.mentions.some((m) => m.text.startsWith('the first meeting')))!;
    expect(events(g).length).toBe(2);
    expect(g.relations.some((r) => r.type === 'HELD_IN' && r.from === first.id && r.to === 'place:ottawa')).toBe(true);
  });
  it('a bare "a visit" with nothing to place it is no event', () => {
    const g = ex('Finnish Minister Anna Virtanen said the ministers discussed preparations for a visit.');
    expect(events(g)).toHaveLength(0);
  });
  it('a titled forum name keeps its digits and its "of" part', () => {
    const g = ex('The ministers met at the G7 Summit. They also prepared the III Forum of Regional Cooperation between Chile and Peru.');
    expect(names(g, 'Event')).toEqual(expect.arrayContaining(['G7 Summit', 'III Forum of Regional Cooperation between Chile and Peru']));
  });
});

describe('events as verbs', () => {
  it('"X visited COUNTRY" is a visit, and a plan signed "during the visit" is its outcome', () => {
    const g = ex(
      'Polish President Jan Nowak visited Vietnam today. During the visit, the two sides signed a memorandum of understanding on shipbuilding.',
    );
    const ev = events(g);
    expect(ev).toHaveLength(1);
    expect(ev[0]!.name).toBe("Nowak's visit to Vietnam");
    expect(ev[0]!.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['visited Vietnam', 'the visit']));
    expect(g.relations.some((r) => r.type === 'OUTCOME_OF' && r.to === ev[0]!.id)).toBe(true);
  });
  it('"X called on Y" is a meeting of both', () => {
    const g = ex('Visiting Foreign Minister Tomas Berg called on President Lucia Vargas at the presidential palace.');
    const ev = events(g)[0]!;
    expect(ev.name).toBe('Berg–Vargas meeting');
    expect(rel(g, 'PARTICIPATED_IN', 'Tomas Berg', ev.name)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Lucia Vargas', ev.name)).toBeDefined();
  });
});

// Rules added for held-out generalisation: meeting verbs, party premodifiers, bodies that meet,
// parts of larger events, place-and-date phrases folded into their event. All snippets invented.
const evNamed = (g: ExtractedGraph, re: RegExp) => events(g).find((e) => re.test(e.name));
const dumpEv = (g: ExtractedGraph) =>
  [
    ...events(g).map((e) => `EVENT ${e.name} ${JSON.stringify(e.mentions.map((m) => m.text))}`),
    ...g.relations.map(
      (r) => `${r.type} ${g.entities.find((e) => e.id === r.from)?.name} -> ${g.entities.find((e) => e.id === r.to)?.name}`,
    ),
  ].join('\n');

describe('meetings named by a verb', () => {
  it('"A received B at PLACE on WEEKDAY" is a meeting of both, held there', () => {
    const g = ex('Estonian President Karin Tamm received Moroccan Foreign Minister Youssef Alami at Kadriorg Palace on Wednesday.');
    const ev = evNamed(g, /meeting/);
    expect(ev?.name, dumpEv(g)).toBe('Tamm–Alami meeting in Kadriorg Palace');
    expect(rel(g, 'PARTICIPATED_IN', 'Karin Tamm', ev!.name)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Youssef Alami', ev!.name)).toBeDefined();
    expect(rel(g, 'HELD_IN', ev!.name, 'Kadriorg Palace')).toBeDefined();
  });
  it('"met with" a counterpart; "the meeting" later is the same occasion', () => {
    const g = ex(
      'Finnish Foreign Minister Aino Lehto met with her Chilean counterpart Pedro Araya on Monday. The meeting lasted two hours.',
    );
    expect(events(g), dumpEv(g)).toHaveLength(1);
    expect(events(g)[0]!.name).toBe('Lehto–Araya meeting');
    expect(events(g)[0]!.mentions.map((m) => m.text)).toContain('The meeting');
  });
  it('"Title, A, met with his counterpart, B in PLACE": the apposition\'s commas do not hide the meeting', () => {
    const g = ex(
      'The President of the Republic of Estonia, Karin Tamm, met with her Chilean counterpart, Pedro Araya in the Kadriorg Palace on Monday.',
    );
    const ev = evNamed(g, /meeting/);
    expect(ev, dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Karin Tamm', ev!.name)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Pedro Araya', ev!.name)).toBeDefined();
    expect(rel(g, 'HELD_IN', ev!.name, 'Kadriorg Palace')).toBeDefined();
  });
  it('"talks with the Emir of C, Sheikh A at the X Palace in CITY": held at the venue and in the city past the apposition', () => {
    const g = ex(
      'President Karin Tamm held bilateral discussions with the Emir of the State of Qatar, Sheikh Tamim bin Hamad Al Thani at the Emir’s Palace in Doha.',
    );
    const ev = ofType(g, 'Event')[0];
    expect(ev, dumpEv(g)).toBeDefined();
    expect(rel(g, 'HELD_IN', ev!.name, 'Doha'), dumpEv(g)).toBeDefined();
    expect(rel(g, 'HELD_IN', ev!.name, 'Emir’s Palace'), dumpEv(g)).toBeDefined();
    expect(rel(g, 'LOCATED_IN', 'Emir’s Palace', 'Doha')).toBeDefined();
  });
  it('"met" with no person after it ("met the target") is no meeting', () => {
    const g = ex('Finance Minister Aino Lehto met the deficit target set by parliament.');
    expect(events(g), dumpEv(g)).toHaveLength(0);
  });
  it('"A and B met in PLACE" is a meeting of both', () => {
    const g = ex('Prime Minister Lars Dahl of Norway and President Ana Silva of Portugal met in Lisbon on Friday.');
    const ev = evNamed(g, /meeting/);
    expect(ev?.name, dumpEv(g)).toBe('Dahl–Silva meeting in Lisbon');
  });
  it('"spoke by phone with" and "held a phone call with" are phone calls', () => {
    const g = ex(
      'Prime Minister Lars Dahl spoke by phone with President Ana Silva. Separately, Chancellor Eva Brandt held a phone call with President Jon Moe.',
    );
    expect(evNamed(g, /Dahl–Silva phone call/), dumpEv(g)).toBeDefined();
    expect(evNamed(g, /Brandt–Moe phone call/), dumpEv(g)).toBeDefined();
  });
  it('"A will hold talks with B in PLACE and attend …": the talks end with their place', () => {
    const g = ex('President Ana Silva will hold talks with Chancellor Eva Brandt in Berlin and attend a trade fair.');
    const ev = evNamed(g, /talks/);
    expect(
      ev?.mentions.map((m) => m.text),
      dumpEv(g),
    ).toContain('talks with Chancellor Eva Brandt in Berlin');
    expect(rel(g, 'HELD_IN', ev!.name, 'Berlin')).toBeDefined();
  });
});

describe('parties and bodies of an event', () => {
  it('"A and B held their summit": the two bodies took part', () => {
    const g = ex('The European Union and the African Union held their seventh summit in Brussels on Monday.');
    const ev = evNamed(g, /summit/i)!;
    expect(rel(g, 'PARTICIPATED_IN', 'European Union', ev.name), dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'African Union', ev.name), dumpEv(g)).toBeDefined();
    expect(rel(g, 'HELD_IN', ev.name, 'Brussels')).toBeDefined();
  });
  it('"talks between the two countries\' leaders": the two countries the sentence named', () => {
    const g = ex("Norway and Peru agreed to expand fisheries trade during talks between the two countries' leaders in Lima.");
    const ev = evNamed(g, /talks/)!;
    expect(ev.name, dumpEv(g)).toBe('Norway–Peru talks in Lima');
    expect(rel(g, 'PARTICIPATED_IN', 'Peru', ev.name)).toBeDefined();
  });
  it('"the summit between the two leaders" later refers back to the summit', () => {
    const g = ex(
      'Prime Minister Lars Dahl and President Ana Silva held a virtual summit on Monday. The virtual summit between the two leaders focused on trade.',
    );
    expect(events(g), dumpEv(g)).toHaveLength(1);
  });
  it('countries before the head noun take part ("the Canada–Peru negotiations")', () => {
    const g = ex('Officials said the Canada–Peru negotiations would resume in March.');
    const ev = evNamed(g, /negotiations/)!;
    expect(rel(g, 'PARTICIPATED_IN', 'Canada', ev.name), dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Peru', ev.name)).toBeDefined();
  });
  it('"the 12th meeting of the Joint Commission was held in PLACE on DATE": one event, the body meets', () => {
    const g = ex('The 12th meeting of the Joint Economic Commission was held in Oslo on 3 May 2021.');
    expect(events(g), dumpEv(g)).toHaveLength(1);
    const ev = events(g)[0]!;
    expect(ev.name).toBe('12th meeting of the Joint Economic Commission in Oslo');
    expect(rel(g, 'HELD_IN', ev.name, 'Oslo')).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Joint Economic Commission', ev.name)).toBeDefined();
    expect(ev.attributes?.date).toBe('2021-05-03');
  });
  it('a bloc named alone before "summit" is the forum it belongs to, not a participant', () => {
    const g = ex('Leaders gathered for the G20 summit in Rome.');
    const ev = evNamed(g, /summit/i)!;
    expect(rel(g, 'PART_OF', ev.name, 'G20'), dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'G20', ev.name)).toBeUndefined();
  });
  it('"In an interview with OUTLET, TITLE X said": X gave the interview', () => {
    const g = ex('In an interview with Reuters on Monday, Finance Minister Carla Ruiz said growth would recover.');
    const ev = evNamed(g, /interview/)!;
    expect(ev.name, dumpEv(g)).toBe('Ruiz interview with Reuters');
    expect(rel(g, 'PARTICIPATED_IN', 'Carla Ruiz', ev.name)).toBeDefined();
  });
  it('a phone call needs "phone" or the like; "a wake-up call" is none', () => {
    const g = ex('Minister Carla Ruiz said the crisis was a wake-up call for Europe.');
    expect(events(g), dumpEv(g)).toHaveLength(0);
  });
  it('"the third round of negotiations" is an event; "all year round" is none', () => {
    const g = ex('The third round of negotiations will take place in Lima in June. Ships sail all year round.');
    expect(
      events(g).map((e) => e.name),
      dumpEv(g),
    ).toEqual(['Third round of negotiations in Lima in June']);
  });
  it('a place-and-date phrase after an event phrase belongs to it, with no event of its own', () => {
    const g = ex('The summit, held in Nairobi on 4 March 2022, ended with a joint declaration.');
    expect(events(g), dumpEv(g)).toHaveLength(1);
    expect(rel(g, 'HELD_IN', events(g)[0]!.name, 'Nairobi')).toBeDefined();
  });
  it('a place at the end of a phrase stops at its name, not at the next sentence', () => {
    const g = ex('Ministers attended the Africa Mining Forum in Cairo. Egypt hosts it every year.');
    const ev = evNamed(g, /Forum/)!;
    expect(
      ev.mentions.map((m) => m.text),
      dumpEv(g),
    ).not.toContain('Africa Mining Forum in Cairo. Egypt');
  });
});

describe('visits placed by a travel verb', () => {
  it('"X arrived in CITY on Sunday for a two-day visit": the visit is there and is X\'s', () => {
    const g = ex('Chilean President Gabriel Rojas arrived in Lima on Sunday for a two-day official visit.');
    const ev = evNamed(g, /visit/)!;
    expect(ev.name, dumpEv(g)).toBe("Rojas's two-day official visit to Lima");
    expect(rel(g, 'HELD_IN', ev.name, 'Lima')).toBeDefined();
  });
});

describe('who took part, and who did not', () => {
  it('the speaker of "X said the meeting would take place in PLACE" is not a participant', () => {
    const g = ex('Foreign Minister Carla Ruiz said the next meeting would take place in Lima in June.');
    const ev = evNamed(g, /meeting/)!;
    expect(ev, dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Carla Ruiz', ev.name)).toBeUndefined();
  });
  it('a visit someone is invited to undertake has no participants yet', () => {
    const g = ex(
      'Foreign Minister Tomas Berg extended an invitation to Foreign Minister Carla Ruiz to undertake a reciprocal visit to Norway.',
    );
    const ev = evNamed(g, /visit/)!;
    expect(ev, dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Tomas Berg', ev.name), dumpEv(g)).toBeUndefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Carla Ruiz', ev.name), dumpEv(g)).toBeUndefined();
    expect(rel(g, 'INVITED_TO', 'Carla Ruiz', ev.name), dumpEv(g)).toBeDefined();
  });
  it('"the meeting was joined by A; B; and C": all of the list took part', () => {
    const g = ex(
      'President Ana Silva met President Lars Dahl. On the Portuguese side, the meeting was joined by the ministers of Finance, Rui Costa; of Culture, Maria Lopes; and of Energy, Joao Pires.',
    );
    const ev = evNamed(g, /meeting/)!;
    expect(rel(g, 'PARTICIPATED_IN', 'Joao Pires', ev.name), dumpEv(g)).toBeDefined();
  });
  it('leaders who "met in PLACE on DATE for the X Summit": the place and date are the summit\'s', () => {
    const g = ex('Heads of state met in Nairobi on 4 March 2022 for the Second Africa-Nordic Summit, under the theme of trade.');
    expect(
      events(g).map((e) => e.name),
      dumpEv(g),
    ).toEqual(['Second Africa-Nordic Summit']);
    expect(rel(g, 'HELD_IN', 'Second Africa-Nordic Summit', 'Nairobi'), dumpEv(g)).toBeDefined();
  });
  it('a dated phrase is also a mention without its date', () => {
    const g = ex('Exports grew after the visit of the Chilean president to Norway in May 2022.');
    const ev = evNamed(g, /visit/i)!;
    expect(
      ev.mentions.map((m) => m.text),
      dumpEv(g),
    ).toContain('the visit of the Chilean president to Norway');
  });
  it('a plan announced at an event is its outcome', () => {
    const g = ex('Norway will announce the Arctic Shipping Partnership at the Nordic Council summit in Oslo.');
    const ev = evNamed(g, /summit/i);
    const plan = g.entities.find((e) => e.type === 'Plan');
    expect(ev && plan, dumpEv(g)).toBeTruthy();
    expect(rel(g, 'OUTCOME_OF', plan!.name, ev!.name), dumpEv(g)).toBeDefined();
  });
});

describe('signing ceremonies and where events were held', () => {
  it('"A and B signed PLAN in CITY in the presence of X and Y" is a signing attended by X and Y', () => {
    const g = ex(
      'Norway and Peru signed four memoranda of understanding in Lima on Friday in the presence of Prime Minister Lars Dahl and President Ana Silva.',
    );
    const ev = evNamed(g, /^Signing of/)!;
    expect(ev, dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Lars Dahl', ev.name), dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Ana Silva', ev.name), dumpEv(g)).toBeDefined();
    expect(rel(g, 'HELD_IN', ev.name, 'Lima')).toBeDefined();
    expect(g.relations.some((r) => r.type === 'OUTCOME_OF' && r.to === ev.id)).toBe(true);
  });
  it('"signed … in CITY" with nobody present is no ceremony of its own', () => {
    const g = ex('Norway and Peru signed four memoranda of understanding in Lima.');
    expect(evNamed(g, /^Signing of/), dumpEv(g)).toBeUndefined();
  });
  it('"the X Forum, which was held in CITY on Monday" was held there', () => {
    const g = ex('Trade Minister Carla Ruiz addressed the Andean Export Forum, which was held in Quito on Monday.');
    expect(rel(g, 'HELD_IN', 'Andean Export Forum', 'Quito'), dumpEv(g)).toBeDefined();
  });
});

describe('verbs that name no meeting', () => {
  it('"received a letter from X" and "welcomed the decision of X" are no meetings', () => {
    const g = ex(
      'President Ana Silva received a letter from Prime Minister Lars Dahl on Monday. President Ana Silva welcomed the decision of Prime Minister Lars Dahl to lift tariffs.',
    );
    expect(events(g), dumpEv(g)).toHaveLength(0);
  });
  it('"X\'s proposal met with criticism from Y" is no meeting', () => {
    const g = ex('The proposal by Finance Minister Carla Ruiz met with criticism from opposition leader Tomas Berg.');
    expect(events(g), dumpEv(g)).toHaveLength(0);
  });
});

describe('legislative sittings and bodies that meet (invented snippets)', () => {
  it('tabling a budget before a house is one sitting: presenter, presiding officer and house take part', () => {
    const g = ex(
      'Prime Minister Ahmad Zaki will be tabling the 2031 Budget at the National Assembly this afternoon. The tabling of the budget will be broadcast live. The tabling of the budget is also expected to bring new measures. The budget will be tabled before National Assembly Speaker Ali Rahman on Friday.',
    );
    const ev = events(g);
    expect(ev, dumpEv(g)).toHaveLength(1);
    expect(ev[0]!.mentions.map((m) => m.text)).toContain('The tabling of the budget');
    for (const p of ['Ahmad Zaki', 'Ali Rahman', 'National Assembly']) expect(rel(g, 'PARTICIPATED_IN', p, ev[0]!.name), p).toBeDefined();
    expect(
      g.relations.some((r) => r.type === 'OUTCOME_OF' && r.to === ev[0]!.id),
      'the budget is its subject, not its outcome',
    ).toBe(false);
  });
  it('"the debate on the bill at the committee level" is a sitting; "a public debate" is not', () => {
    const g = ex('Senators want a public debate. The debate on the bill at the committee level will begin on Nov 6.');
    expect(names(g, 'Event'), dumpEv(g)).toEqual(['Debate on the bill at the committee level']);
  });
  it('a bare "the presentation" refers back to the sitting, and bodies whose members attended take part', () => {
    const g = ex(
      'President Ada Obi presented the new appropriation law to a joint session of the National Assembly. Speaking during the presentation attended by members of the Federal Executive Council (FEC), she said it will work.',
    );
    const ev = events(g);
    expect(ev, dumpEv(g)).toHaveLength(1);
    expect(ev[0]!.mentions.map((m) => m.text)).toContain('the presentation');
    expect(rel(g, 'PARTICIPATED_IN', 'Federal Executive Council', ev[0]!.name)).toBeDefined();
  });
  it('"a PowerPoint presentation" with nothing before it is no event', () => {
    const g = ex('Minister Ana Silva gave a PowerPoint presentation. The presentation lasted an hour.');
    expect(events(g), dumpEv(g)).toHaveLength(0);
  });
  it('"At its session held on DATE, the BODY approved X": the body sat, the plan is its outcome', () => {
    const g = ex('At its session held on May 13, the National Assembly approved the draft resolution on the new policy.');
    const [ev, ...rest] = events(g);
    expect(rest, dumpEv(g)).toHaveLength(0);
    expect(ev!.mentions.map((m) => m.text)).toContain('session held on May 13');
    expect(rel(g, 'PARTICIPATED_IN', 'National Assembly', ev!.name)).toBeDefined();
    expect(g.relations.some((r) => r.type === 'OUTCOME_OF' && r.to === ev!.id)).toBe(true);
  });
  it('an indefinite "a meeting of BODY" names the body that met', () => {
    const g = ex('The Council of Maritime Affairs (CMA) was set up in 2010. Meanwhile, a meeting of CMA reviewed the results.');
    const [ev] = events(g);
    expect(ev, dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Council of Maritime Affairs', ev!.name)).toBeDefined();
  });
});

describe('numbered sittings, visits by someone, speeches (invented snippets)', () => {
  it('"II Joint Cabinet" and "Second Joint Cabinet" are one event, not a body; "product of" makes the outcome', () => {
    const g = ex(
      'Norway and Peru signed, product of II Joint Cabinet which took place today in Lima, nine agreements. President Ana Silva spoke in her closing speech of the Second Joint Cabinet.',
    );
    expect(names(g, 'Organization')).not.toContain('II Joint Cabinet');
    const cab = evNamed(g, /Joint Cabinet$/)!;
    expect(cab, dumpEv(g)).toBeDefined();
    expect(cab.mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['II Joint Cabinet', 'Second Joint Cabinet']));
    expect(rel(g, 'HELD_IN', cab.name, 'Lima')).toBeDefined();
    expect(g.relations.some((r) => r.type === 'OUTCOME_OF' && r.to === cab.id)).toBe(true);
    const speech = evNamed(g, /speech/i)!;
    expect(speech, dumpEv(g)).toBeDefined();
    expect(speech.mentions.map((m) => m.text)).toContain('closing speech');
    expect(rel(g, 'PART_OF', speech.name, cab.name)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Ana Silva', speech.name)).toBeDefined();
  });
  it('"a state visit by President X" is X\'s visit', () => {
    const g = ex('At the end of a one-day state visit by Kenyan President Daniel Mwangi on Thursday, both sides issued a communique.');
    const [ev] = events(g);
    expect(ev?.name, dumpEv(g)).toBe("Mwangi's one-day state visit");
    expect(rel(g, 'PARTICIPATED_IN', 'Daniel Mwangi', ev!.name)).toBeDefined();
  });
  it('"arrived COUNTRY on a visit" (no preposition) places the visit, and a later "X\'s visit in COUNTRY" is the same', () => {
    const g = ex(
      'On Monday, the president of Norway, Lars Dahl, arrived Peru on a two-day visit. Dahl’s visit in Peru confirms the change.',
    );
    const ev = events(g);
    expect(ev, dumpEv(g)).toHaveLength(1);
    expect(rel(g, 'HELD_IN', ev[0]!.name, 'Peru')).toBeDefined();
  });
});

describe('who took part, and occasions recalled in a quote (invented snippets)', () => {
  it('"A and his Kenyan counterpart witnessed the signing of X, and Y": the counterpart took part, both plans came out of it', () => {
    const g = ex(
      'Kenyan President Daniel Mwangi arrived on Monday. Peru’s President Ana Silva and his Kenyan counterpart witnessed the signing of the Memorandum of Understanding on Trade Consultations, and Memorandum of Understanding on Tourism Cooperation.',
    );
    const ev = evNamed(g, /^Signing of/)!;
    expect(ev, dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Daniel Mwangi', ev.name)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Ana Silva', ev.name)).toBeDefined();
    expect(g.relations.filter((r) => r.type === 'OUTCOME_OF' && r.to === ev.id).length).toBe(2);
  });
  it('a quoted "the Lima meeting in 2017" is a past occasion, without the speaker as participant; an undated quoted one is not', () => {
    const g = ex(
      'Peru met Chile. “This is more than we agreed at the Lima meeting in 2017,” said President Ana Silva. “The meeting in Quito will follow,” she said.',
    );
    const ev = events(g);
    expect(
      ev.map((e) => e.name),
      dumpEv(g),
    ).toEqual(['Lima meeting in 2017']);
    expect(rel(g, 'HELD_IN', ev[0]!.name, 'Lima')).toBeDefined();
    expect(g.relations.some((r) => r.type === 'PARTICIPATED_IN' && r.to === ev[0]!.id)).toBe(false);
  });
  it('the debate on a bill sits in the house the bill was tabled at', () => {
    const g = ex(
      'Prime Minister Ahmad Zaki tabled the 2031 Budget at the National Assembly on Friday. The debate on the bill at the committee level will begin on Nov 6.',
    );
    const debate = evNamed(g, /^Debate/)!;
    expect(debate, dumpEv(g)).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'National Assembly', debate.name)).toBeDefined();
  });
  it('"his speech" alone is no occasion; "her keynote speech at the forum" would need the forum', () => {
    const g = ex('President Ana Silva repeated the point in his speech.');
    expect(events(g), dumpEv(g)).toHaveLength(0);
  });
});
