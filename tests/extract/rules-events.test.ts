// Event rules (area D) on invented snippets: event noun phrases with their complements,
// visit verbs, back-references to one occasion, and plans that came out of an event.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { names, rel } from './helpers.ts';

const ex = (body: string) => extractArticle(`Title: t\n\n${body}`);
const events = (g: ReturnType<typeof ex>) => g.entities.filter((e) => e.type === 'Event');

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
    const g = ex('Peruvian Foreign Minister Carla Ruiz held a meeting today with Trade Minister Ivan Petrov. Both sides praised the talks.');
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
    const g = ex('Polish President Jan Nowak visited Vietnam today. During the visit, the two sides signed a memorandum of understanding on shipbuilding.');
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
