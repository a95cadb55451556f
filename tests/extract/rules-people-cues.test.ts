// People found by structure on invented snippets: two or three names under one plural title, an
// honorific before a name (a knighthood kept in the name), the first words of a known name as a
// later mention, a degree between a name and its appositive title, and titles of an office-elect.
import { describe, expect, it } from 'vitest';
import { ex, names, ofType, rel } from './helpers.ts';

describe('plural titles', () => {
  it('"Presidents A and B" are two presidents, whose countries the article settles', () => {
    const g = ex(
      'Talks followed directives from Presidents Tomas Rojas and Ana Quispe to cut tariffs. Chilean President Tomas Rojas spoke first.',
    );
    expect(names(g, 'Person').sort()).toEqual(['Ana Quispe', 'Tomas Rojas']);
    expect(rel(g, 'HOLDS_OFFICE', 'Tomas Rojas', 'President of Chile')).toBeDefined();
  });
  it('three names joined by commas and "and"; one name alone is no list', () => {
    const g = ex('Foreign Ministers Anna Berg, Ola Dahl and Petra Lund met in Oslo. Ministers Council Secretariat staff attended.');
    expect(names(g, 'Person').sort()).toEqual(['Anna Berg', 'Ola Dahl', 'Petra Lund']);
  });
});

describe('honorifics', () => {
  it('a name after "Dr." or "Sheikh" is a person, without the honorific', () => {
    const g = ex(
      '“The budget cut nothing,” said opposition spokesman Dr. Ravi Persaud. Sheikh Khalid bin Faisal Al-Nasser approved the plan.',
    );
    expect(names(g, 'Person')).toEqual(expect.arrayContaining(['Ravi Persaud', 'Khalid bin Faisal Al-Nasser']));
  });
  it('a knighthood stays in the name, and "Dame Jane" later is the same person', () => {
    const g = ex('The pact was signed, according to forum secretary-general Dame Jane Oduya. Dame Jane said members would ratify it.');
    const people = ofType(g, 'Person');
    expect(people.map((p) => p.name)).toEqual(['Dame Jane Oduya']);
    expect(people[0]!.mentions.map((m) => m.text)).toContain('Dame Jane');
  });
});

describe('titles', () => {
  it('a degree between name and appositive title: "Name (PhD), Minister of …"', () => {
    const g = ex('Lemma Tadesse (PhD), Minister of Planning of Ethiopia, presented the plan.');
    expect(rel(g, 'HOLDS_OFFICE', 'Lemma Tadesse', 'Minister of Planning of Ethiopia')).toBeDefined();
  });
  it('"President-elect" is an office of its own, and a possessive ends the name', () => {
    const g = ex('Markets reacted to Chilean President-elect Ana Quispe’s plan to raise royalties.');
    expect(rel(g, 'HOLDS_OFFICE', 'Ana Quispe', 'President-elect of Chile')).toBeDefined();
    expect(names(g, 'Office')).not.toContain('President of Chile');
  });
});

describe('what is no person', () => {
  it('a country ending a title before an appositive ("the President of Sierra Leone, the Emir") is no name', () => {
    const g = ex('Welcoming the President of Sierra Leone, the Emir said that Sierra Leone is an important partner.');
    expect(names(g, 'Person')).not.toContain('Sierra Leone');
    expect(names(g, 'Country')).toContain('Sierra Leone');
  });
  it('a capitalised run after a figure ("the 2009/10 Budget Debate, explained") is no name', () => {
    const g = ex('Prime Minister Golding, who was speaking in the 2009/10 Budget Debate, explained the framework.');
    expect(names(g, 'Person')).not.toContain('Budget Debate');
  });
});

describe('titles and names in a list', () => {
  it('"the Minister of A, Name1, the Minister of B, Name2": each name is the title before it', () => {
    const g = ex(
      'Also present were the Minister of Agriculture, Tomas Varela Ortiz, the Minister of Industry and Commerce, Maria Quispe Rojas and the Minister of Tourism, Ana Ruiz Soto.',
    );
    const holds = (p: string, o: RegExp) =>
      g.relations.some(
        (r) =>
          r.type === 'HOLDS_OFFICE' &&
          g.entities.find((e) => e.id === r.from)?.name === p &&
          o.test(g.entities.find((e) => e.id === r.to)?.name ?? ''),
      );
    expect(holds('Tomas Varela Ortiz', /Agriculture/)).toBe(true);
    expect(holds('Tomas Varela Ortiz', /Industry/)).toBe(false);
    expect(holds('Maria Quispe Rojas', /Industry and Commerce/)).toBe(true);
  });
});

describe('title abbreviations', () => {
  it('"PM Name Surname" is the person, not a name with initials', () => {
    const g = ex('Prime Minister Kari Lehtonen opened the forum. Later, PM Kari Lehtonen said that the railway would open in May.');
    expect(names(g, 'Person')).toEqual(['Kari Lehtonen']);
  });
});
