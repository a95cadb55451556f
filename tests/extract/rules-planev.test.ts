// Plan and event rules driven by sentence structure (issue 17, round 3): each checked on an invented
// snippet (no evaluation article text).
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, names, rel } from './helpers.ts';

const dump = (g: ExtractedGraph) => g.relations.map((r) => `${r.type} ${r.from} -> ${r.to}`);

describe('back-references to a signed instrument', () => {
  it('"the agreement" after a memorandum of understanding is that memorandum, and its passive signers sign it', () => {
    const g = ex(
      'Chile and Norway have signed a memorandum of understanding on salmon research, the ministry said. ' +
        'The agreement was signed between Ana Ruiz, director of the fisheries office, and Ambassador Lars Berg, adviser to the ministry, in Oslo on Monday.',
    );
    const plan = names(g, 'Plan').find((n) => n.startsWith('memorandum'))!;
    expect(names(g, 'Plan')).toHaveLength(1);
    expect(rel(g, 'SIGNED', 'Ana Ruiz', plan), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'SIGNED', 'Lars Berg', plan), dump(g).join('\n')).toBeDefined();
  });
  it('a plural or modified "agreements" is no back-reference to a single memorandum', () => {
    const g = ex(
      'Chile and Norway have signed a memorandum of understanding on salmon research. The agreements on shipping will follow next year.',
    );
    const plan = names(g, 'Plan').find((n) => n.startsWith('memorandum'))!;
    expect(g.entities.find((e) => e.name === plan)!.aliases).not.toContain('agreements');
  });
});

describe('outcomes of events', () => {
  it('an event as the subject of "adopted" produces each plan of its object list', () => {
    const g = ex(
      'The leaders met in Lima on 3 May 2019 for the Second Andean Water Summit. ' +
        'On its last day, the summit adopted the Lima Water Declaration and a Joint Action Plan on glaciers.',
    );
    const ev = names(g, 'Event').find((n) => /Summit/.test(n))!;
    expect(rel(g, 'OUTCOME_OF', 'Lima Water Declaration', ev), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'OUTCOME_OF', names(g, 'Plan').find((n) => /Joint Action Plan/.test(n))!, ev), dump(g).join('\n')).toBeDefined();
  });
  it('"Following the EVENT, PLAN were signed": a passive outcome verb after the plan', () => {
    const g = ex(
      'The minister led a trade mission of dairy producers to Quito in May 2022. Following the trade mission, export contracts were signed worth $3 million.',
    );
    const ev = names(g, 'Event').find((n) => /mission/i.test(n))!;
    const plan = names(g, 'Plan').find((n) => /contracts/i.test(n))!;
    expect(rel(g, 'OUTCOME_OF', plan, ev), dump(g).join('\n')).toBeDefined();
  });
});

describe('one named event written several ways', () => {
  it('"Third X Summit", "3rd X Summit" and "X Summit" are one event', () => {
    const g = ex(
      'The leaders met in Accra on 2 June 2021 for the Third Ruritania-Africa Energy Summit. ' +
        'At the 3rd Ruritania Africa Energy Summit, the president spoke. The Ruritania Africa Energy Summit closed on Friday.',
    );
    expect(names(g, 'Event').filter((n) => /Energy Summit/.test(n))).toHaveLength(1);
  });
  it('two numbered sittings of the same name stay two events', () => {
    const g = ex(
      'The Second Nordic Fisheries Forum was held in Oslo in May 2019. The Third Nordic Fisheries Forum was held in Bergen in June 2021.',
    );
    expect(names(g, 'Event').filter((n) => /Fisheries Forum/.test(n)).length).toBe(2);
  });
});

describe('event complements and frames', () => {
  it('"a visit by the President" after the president was named: he takes part', () => {
    const g = ex(
      'President Tomas Varela Ortiz arrived in Cusco on Monday. The programme starts with a formal visit by the President to the port.',
    );
    const ev = names(g, 'Event').find((n) => /visit/i.test(n))!;
    expect(rel(g, 'PARTICIPATED_IN', 'Tomas Varela Ortiz', ev), dump(g).join('\n')).toBeDefined();
  });
  it('"Meanwhile, within the framework of the EVENT, X organised EVENT2 in PLACE": part of it, held there', () => {
    const g = ex(
      'Meanwhile, within the framework of the 7th meeting of the joint commission on trade between Peru and Bolivia in May 2022, ' +
        'the ministry organised a trade mission of dairy producers and exporters in Sucre.',
    );
    const whole = names(g, 'Event').find((n) => /7th meeting/.test(n))!;
    const part = names(g, 'Event').find((n) => /trade mission/i.test(n))!;
    expect(rel(g, 'PART_OF', part, whole), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'HELD_IN', part, 'Sucre'), dump(g).join('\n')).toBeDefined();
  });
  it('"the meeting of the commission on trade between A and B": each side takes part, and the parties belong to its name', () => {
    const g = ex('The 7th meeting of the joint commission on trade between Peru and Bolivia took place in May 2022.');
    const ev = g.entities.find((e) => e.type === 'Event' && /7th meeting/.test(e.name))!;
    expect(rel(g, 'PARTICIPATED_IN', 'Peru', ev.name), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Bolivia', ev.name), dump(g).join('\n')).toBeDefined();
    expect(ev.aliases.some((a) => a.endsWith('between Peru and Bolivia'))).toBe(true);
  });
  it('an "of" complement naming a place of its own is no venue', () => {
    const g = ex('The minister led a trade mission of exporters from Lima in Quito in May 2022.');
    const ev = names(g, 'Event').find((n) => /trade mission/i.test(n));
    if (ev) expect(rel(g, 'HELD_IN', ev, 'Lima')).toBeUndefined();
  });
});

describe('plans named by a possessive, a joint statement, "signed with"', () => {
  it('"A and B signed the Council\'s (ABC) MoU at EVENT": a back-reference; both signed it, an outcome of the event', () => {
    const g = ex(
      'Peru and Chile signed a memorandum of understanding on Saturday. ' +
        "Peru's Trade Minister Ana Ruiz and her Chilean counterpart Tomas Varela Ortiz signed the Joint Trade Council's (JTC) MoU at the Pacific Trade Ministers Meeting in Lima.",
    );
    const plan = names(g, 'Plan').find((n) => n.startsWith('memorandum'))!;
    expect(names(g, 'Plan')).toHaveLength(1);
    expect(rel(g, 'SIGNED', 'Ana Ruiz', plan), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'SIGNED', 'Tomas Varela Ortiz', plan), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'OUTCOME_OF', plan, names(g, 'Event').find((n) => /Ministers Meeting/.test(n))!), dump(g).join('\n')).toBeDefined();
  });
  it('"a joint statement signed with B": a plan both the speaker and B signed; a plain "statement" is no plan', () => {
    const g = ex(
      'This was stated by President Tomas Varela Ortiz in a joint statement signed with President Ana Ruiz on Monday. The ministry issued a statement.',
    );
    expect(names(g, 'Plan')).toEqual(['joint statement']);
    expect(rel(g, 'SIGNED', 'Ana Ruiz', 'joint statement'), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'SIGNED', 'Tomas Varela Ortiz', 'joint statement'), dump(g).join('\n')).toBeDefined();
  });
  it('"proposed with" names no proposer', () => {
    const g = ex('President Tomas Varela Ortiz welcomed the roadmap for fisheries proposed with great care by the ministry.');
    expect(g.relations.filter((r) => r.type === 'PROPOSED')).toHaveLength(0);
  });
});

describe('meetings named by a verb', () => {
  it('"A met yesterday with B": an adverb between the verb and "with"; the mention is the verb', () => {
    const g = ex('Prime Minister Ana Ruiz met yesterday with Prime Minister Tomas Varela Ortiz to discuss fisheries.');
    const ev = g.entities.find((e) => e.type === 'Event')!;
    expect(ev.aliases).toContain('met');
    expect(rel(g, 'PARTICIPATED_IN', 'Ana Ruiz', ev.name), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Tomas Varela Ortiz', ev.name), dump(g).join('\n')).toBeDefined();
  });
  it('"A met yesterday the target" names no meeting', () => {
    const g = ex('Prime Minister Ana Ruiz said exports met yesterday the target set in May.');
    expect(names(g, 'Event')).toHaveLength(0);
  });
});

describe('precision guards and more frames', () => {
  it('"in a joint statement, ministers said" is a communiqué, not a plan', () => {
    const g = ex('In a joint statement, the ministers of Peru and Chile said they aim to conclude talks this year.');
    expect(names(g, 'Plan')).not.toContain('joint statement');
  });
  it('a passive outcome inside a relative clause ("a forum, in which some of the MoUs were finalised") links nothing', () => {
    const g = ex(
      'Peru and Chile signed six memoranda of understanding (MoUs) on Friday. ' +
        'At a business forum organised during the visit, in which some of the MoUs were finalised, the president spoke.',
    );
    expect(g.relations.filter((r) => r.type === 'OUTCOME_OF' && /forum/.test(r.to))).toHaveLength(0);
  });
  it('"“…,” the French minister said during his visit": "his" is the minister, not the last name written', () => {
    const g = ex(
      "French Foreign Minister Laurent Dubois spoke of Chinese Premier Wang Jianguo's visit to Paris. " +
        '"We expect much," the French minister said during his 4th visit to China.',
    );
    const ev = names(g, 'Event').find((n) => /4th visit/.test(n))!;
    expect(rel(g, 'PARTICIPATED_IN', 'Laurent Dubois', ev), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PARTICIPATED_IN', 'Wang Jianguo', ev)).toBeUndefined();
  });
  it('"her tour, which included the Brazilian city of Sao Paulo and the Argentine capital, Buenos Aires": each stop, not the demonyms', () => {
    const g = ex(
      'President Ana Ruiz of Bolivia ended her regional tour, which included the Brazilian city of Sao Paulo and the Argentine capital, Buenos Aires, on Sunday.',
    );
    const ev = names(g, 'Event').find((n) => /tour/.test(n))!;
    expect(rel(g, 'HELD_IN', ev, 'Sao Paulo'), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'HELD_IN', ev, 'Buenos Aires'), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'HELD_IN', ev, 'Brazil')).toBeUndefined();
  });
});

describe('signings in the present tense, attendees, speakers at an occasion', () => {
  it('"A and B sign four MoUs": the verb is no part of the plan, both countries are party to it', () => {
    const g = ex('Peru and Chile sign four Memoranda of Understanding (MOU) to promote investment.');
    const plan = names(g, 'Plan').find((n) => /Memoranda/.test(n))!;
    expect(plan).not.toMatch(/sign/);
    expect(rel(g, 'PARTY_TO', 'Peru', plan), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'PARTY_TO', 'Chile', plan), dump(g).join('\n')).toBeDefined();
  });
  it('"hoped to sign a free trade agreement" is no signature', () => {
    const g = ex('Foreign Minister Ana Ruiz of Peru said the two sides hoped to sign a free trade agreement before the end of the year.');
    expect(g.relations.filter((r) => r.type === 'SIGNED')).toHaveLength(0);
  });
  it('"the signing … in the presence of the visiting President X": X attends; the name stays the signing', () => {
    const g = ex(
      'Peru and Chile signed four memoranda of understanding (MoUs) on Monday. ' +
        'After the signing of the MoUs in the presence of the visiting Chilean President Tomas Varela Ortiz, the delegations left.',
    );
    const ev = g.entities.find((e) => e.type === 'Event' && /signing/i.test(e.name))!;
    expect(ev.name).not.toMatch(/presence/);
    expect(rel(g, 'PARTICIPATED_IN', 'Tomas Varela Ortiz', ev.name), dump(g).join('\n')).toBeDefined();
  });
  it('"Speaking at the forum, …, President X said": X attended the forum', () => {
    const g = ex(
      'The Andean Mining Forum opened in Lima on 3 May 2021. Speaking at the Andean Mining Forum, President Ana Ruiz said investment would grow.',
    );
    const ev = names(g, 'Event').find((n) => /Mining Forum/.test(n))!;
    expect(rel(g, 'PARTICIPATED_IN', 'Ana Ruiz', ev), dump(g).join('\n')).toBeDefined();
  });
});

describe('signing as an outcome cue', () => {
  it('"witnessed the signing of A and B during their meeting in Lima": both plans are outcomes of the meeting', () => {
    const g = ex(
      'President Ana Ruiz and President Tomas Varela Ortiz witnessed the signing of a Fisheries Cooperation Agreement and a Protocol on customs during their meeting in Lima.',
    );
    const ev = names(g, 'Event').find((n) => /meeting/i.test(n))!;
    expect(rel(g, 'OUTCOME_OF', names(g, 'Plan').find((n) => /Protocol/.test(n))!, ev), dump(g).join('\n')).toBeDefined();
    expect(rel(g, 'OUTCOME_OF', names(g, 'Plan').find((n) => /Fisheries/.test(n))!, ev), dump(g).join('\n')).toBeDefined();
  });
});
