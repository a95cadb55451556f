// Organisation names, each rule on an invented snippet: an event or post "of the BODY" before a
// body's name is not part of it, an acronym after a comma is another name, "Community" and plural
// "Chambers of Commerce" are heads, and a bare "to Parliament" in a one-country article is that
// country's parliament.
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, names } from './helpers.ts';

const mentionsOf = (g: ExtractedGraph, name: string) => g.entities.find((e) => e.name === name)?.mentions.map((m) => m.text) ?? [];

describe('organisation names', () => {
  it('"II Summit of the Community of …, ACR" names the body and its acronym', () => {
    const g = ex('Leaders met at the II Summit of the Community of Andean and Pacific Nations, CAPN, in Lima. CAPN will meet again.');
    expect(names(g, 'Organization')).toContain('Community of Andean and Pacific Nations');
    expect(mentionsOf(g, 'Community of Andean and Pacific Nations')).toContain('CAPN');
  });
  it('a post "Director of the Tourism Department" is not the body’s name', () => {
    const g = ex('Omar Haddad, Director of the Tourism Department, attended.');
    expect(names(g, 'Organization')).toContain('Tourism Department');
    expect(names(g, 'Organization')).not.toContain('Director of the Tourism Department');
  });
  it('plural chambers are an organisation', () => {
    const g = ex('The envoy met the Kenyan Chambers of Commerce and Industry in Nairobi.');
    expect(names(g, 'Organization').some((n) => n.includes('Chambers of Commerce and Industry'))).toBe(true);
  });
  it('"to Parliament" in an article about one country is its parliament', () => {
    const g = ex('The minister presented the budget to Parliament on Monday. Ghanaians will pay less tax.');
    expect(names(g, 'Organization')).toContain('Parliament of Ghana');
  });
});

describe('named events', () => {
  it('a summit name with a hyphenated compound, an ordinal and "and"; a plan-shaped head before Summit names no plan', () => {
    const g = ex('Ministers attended the Ghana-Asia 2nd Trade and Investment Summit and the Ghana-Asia 2nd Partnership Summit in Accra.');
    expect(names(g, 'Event')).toEqual(expect.arrayContaining(['Ghana-Asia 2nd Trade and Investment Summit']));
    expect(names(g, 'Plan').some((n) => /Partnership/.test(n))).toBe(false);
  });
  it('Games are events, a year before them included', () => {
    const g = ex('Both countries hope to co-host the 2036 Summer Games.');
    expect(names(g, 'Event').some((n) => n.includes('2036 Summer Games'))).toBe(true);
  });
});

describe('a body’s title before a name', () => {
  it('"World Rowing Committee President Name" holds the committee’s presidency, not a state’s', () => {
    const g = ex('Kenyan President William Otieno met World Rowing Committee President Anna Lindqvist in Nairobi.');
    const office = g.entities.find((e) => e.name === 'President of the World Rowing Committee');
    expect(office?.mentions.map((m) => m.text)).toContain('World Rowing Committee President');
    const holds = g.relations
      .filter((r) => r.type === 'HOLDS_OFFICE' && g.entities.find((e) => e.id === r.from)?.name === 'Anna Lindqvist')
      .map((r) => g.entities.find((e) => e.id === r.to)?.name);
    expect(holds).toEqual(['President of the World Rowing Committee']);
  });
});

describe('a state’s body by its demonym or possessive', () => {
  it('"the Lao government", "Laos’ National Assembly", "Namibia’s Cabinet", lower-case "parliament": BODY of COUNTRY', () => {
    const g = ex(
      "Laos' National Assembly (NA) approved the plan. The Lao government said the NA would meet again. The Japanese government and Kenya's parliament agreed, and Namibia's Cabinet met.",
    );
    expect(names(g, 'Organization').sort()).toEqual(
      ['Cabinet of Namibia', 'Government of Japan', 'Government of Laos', 'National Assembly of Laos', 'Parliament of Kenya'].sort(),
    );
    const na = g.entities.find((e) => e.name === 'National Assembly of Laos')!;
    expect(na.mentions.map((m) => m.text)).toContain('NA');
  });
});

describe('a capitalised run with a person inside is no body', () => {
  it('"Prime Minister Name and National Assembly Chairman Name" yields people and offices, not one organisation', () => {
    const g = ex('Vietnamese Prime Minister Pham Minh Chinh and National Assembly Chairman Tran Thanh Man welcomed the visitors in Hanoi.');
    expect(names(g, 'Organization').filter((n) => /Pham Minh Chinh/.test(n))).toEqual([]);
    expect(names(g, 'Person')).toContain('Pham Minh Chinh');
  });
});
