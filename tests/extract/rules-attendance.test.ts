// Attendance frames (src/extract/relations/attendance.ts): who took part in an occasion, read from the
// clause around the event. Each rule checked on an invented snippet (no evaluation text).
import { describe, expect, it } from 'vitest';
import type { ExtractedGraph } from '../../src/model/extracted-graph.ts';
import { ex, ofType } from './helpers.ts';

const name = (g: ExtractedGraph, id: string) => g.entities.find((e) => e.id === id)?.name;
/** "Person -> Event" for every stated PARTICIPATED_IN */
const attended = (g: ExtractedGraph) =>
  g.relations.filter((r) => r.type === 'PARTICIPATED_IN' && !r.implicit).map((r) => `${name(g, r.from)} -> ${name(g, r.to)}`);
const eventNamed = (g: ExtractedGraph, word: RegExp) => ofType(g, 'Event').find((e) => word.test(e.name))?.name;

describe('an attendance verb with the occasion as its object', () => {
  it('"A and the Prime Minister of C, B witnessed the signing ceremony": both people, not the country in the title', () => {
    const g = ex(
      'Norway and Chile signed two agreements in Oslo. President Gabriel Boric and the Prime Minister of Norway, Jonas Gahr Store witnessed the signing ceremony.',
    );
    const ceremony = eventNamed(g, /ceremony/i);
    expect(ceremony, JSON.stringify(ofType(g, 'Event'))).toBeDefined();
    expect(attended(g)).toEqual(expect.arrayContaining([`Gabriel Boric -> ${ceremony}`, `Jonas Gahr Store -> ${ceremony}`]));
    expect(attended(g)).not.toContain(`Norway -> ${ceremony}`);
  });

  it('"They presided over the signing": the two people of the nearest sentence naming two', () => {
    const g = ex(
      'Prime Minister Kari Lehtonen met yesterday with President Mirela Dobrescu in Helsinki. They presided over the signing ceremony of three agreements.',
    );
    const ceremony = eventNamed(g, /ceremony|signing/i);
    expect(ceremony).toBeDefined();
    expect(attended(g)).toEqual(expect.arrayContaining([`Kari Lehtonen -> ${ceremony}`, `Mirela Dobrescu -> ${ceremony}`]));
  });

  it('"The two leaders signed … while attending an official ceremony": the participle\'s subject is the sentence\'s', () => {
    const g = ex(
      'Finland’s President Kari Lehtonen met with Estonian President Mirela Dobrescu and her husband Tiit Kask on Monday. The two leaders signed several agreements while attending an official ceremony at the Kadriorg Palace.',
    );
    const ceremony = eventNamed(g, /ceremony/i);
    expect(ceremony).toBeDefined();
    expect(attended(g)).toEqual(expect.arrayContaining([`Kari Lehtonen -> ${ceremony}`, `Mirela Dobrescu -> ${ceremony}`]));
    expect(attended(g)).not.toContain(`Tiit Kask -> ${ceremony}`);
  });

  it('a verb that does not mean being there ("They criticised the summit") states no participant', () => {
    const g = ex(
      'Prime Minister Kari Lehtonen met President Mirela Dobrescu in Helsinki. They criticised the Nordic summit held in Oslo last year.',
    );
    const summit = eventNamed(g, /summit/i);
    expect(summit).toBeDefined();
    expect(attended(g).filter((r) => r.endsWith(`-> ${summit}`))).toEqual([]);
  });
});

describe('a sentence opening with the occasion', () => {
  it('"At a business forum organised during the visit, …, President A described …": A was at the forum', () => {
    const g = ex(
      'President Kari Lehtonen paid a state visit to Estonia. At a business forum organised during the visit, in which two deals were finalised, President Lehtonen described the progress as excellent.',
    );
    const forum = eventNamed(g, /forum/i);
    expect(forum).toBeDefined();
    expect(attended(g)).toContain(`Kari Lehtonen -> ${forum}`);
  });

  it('"A day after taking part in the summit, A made a visit": A took part in the summit', () => {
    const g = ex('A day after taking part in the Baltic Sea summit, President Kari Lehtonen made a formal visit to Estonia.');
    const summit = eventNamed(g, /summit/i);
    expect(summit).toBeDefined();
    expect(attended(g)).toContain(`Kari Lehtonen -> ${summit}`);
  });

  it('a name inside the opening clause is no subject ("At the forum with A, officials said")', () => {
    const g = ex('At the business forum organised by President Kari Lehtonen, officials said exports would grow.');
    const forum = eventNamed(g, /forum/i);
    expect(attended(g)).not.toContain(`Kari Lehtonen -> ${forum}`);
  });
});

describe('the host a visitor meets', () => {
  it('"A made a state visit to C and met with President B": B took part in the visit', () => {
    const g = ex(
      'Finland’s President Kari Lehtonen made his first state visit to Estonia on Tuesday and met with Estonian President Mirela Dobrescu.',
    );
    const visit = eventNamed(g, /visit/i);
    expect(visit).toBeDefined();
    expect(attended(g)).toEqual(expect.arrayContaining([`Kari Lehtonen -> ${visit}`, `Mirela Dobrescu -> ${visit}`]));
  });
});

describe('who chairs an occasion', () => {
  it('"The meeting, chaired by A and B, was attended by …": both co-chair it and took part in it', () => {
    const g = ex(
      'The 5th meeting of the Norway-Chile Joint Commission was held in Oslo. The meeting, chaired by Prime Minister of Norway Jonas Gahr Store and President of Chile Gabriel Boric, was attended by officials.',
    );
    const meeting = eventNamed(g, /meeting/i);
    expect(meeting).toBeDefined();
    const chairs = g.relations.filter((r) => r.type === 'CO_CHAIRS').map((r) => `${name(g, r.from)} -> ${name(g, r.to)}`);
    expect(chairs).toEqual(expect.arrayContaining([`Jonas Gahr Store -> ${meeting}`, `Gabriel Boric -> ${meeting}`]));
    expect(attended(g)).toEqual(expect.arrayContaining([`Jonas Gahr Store -> ${meeting}`, `Gabriel Boric -> ${meeting}`]));
  });

  it('one person a meeting is "chaired by" is no co-chair', () => {
    const g = ex(
      'The meeting of the Norway-Chile Joint Commission, chaired by Prime Minister of Norway Jonas Gahr Store, was held in Oslo.',
    );
    expect(g.relations.filter((r) => r.type === 'CO_CHAIRS')).toEqual([]);
  });
});

describe('who was there, listed after the occasion', () => {
  it('"Also in attendance were Title, A, and Title, B": both took part in the occasion named before', () => {
    const g = ex(
      'President Kari Lehtonen met with his Estonian counterpart, Mirela Dobrescu in the Kadriorg Palace on Monday. Also in attendance were the Minister of Tourism, Tiit Kask and the Minister of Agriculture, Mari Tamm.',
    );
    const meeting = eventNamed(g, /meeting/i);
    expect(meeting, JSON.stringify(ofType(g, 'Event'))).toBeDefined();
    expect(attended(g)).toEqual(expect.arrayContaining([`Tiit Kask -> ${meeting}`, `Mari Tamm -> ${meeting}`]));
  });

  it('"The meeting marks the first official meeting between …" names one occasion, not two', () => {
    const g = ex(
      'President Kari Lehtonen met with his Estonian counterpart, Mirela Dobrescu in the Kadriorg Palace on Monday. The meeting marks the first official bilateral meeting between the presidents of Finland and Estonia in ten years.',
    );
    expect(ofType(g, 'Event').map((e) => e.name)).toHaveLength(1);
  });
});
