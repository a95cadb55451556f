// Stage 3 alone (stages/resolve.ts): on the mentions of an invented snippet, definite references
// become mentions of what they name, events are found with resolved participants, and mentions
// inside a longer name are dropped.
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/extract/stages/mentions.ts';
import { resolveEntities } from '../../src/extract/stages/resolve.ts';
import { readText } from '../../src/extract/stages/text.ts';

const mentionsOf = (raw: string) => findMentions(readText(`Title: t\n\n${raw}`));

describe('resolution stage', () => {
  it('"The roadmap" becomes a mention of the roadmap named before it', () => {
    const m = mentionsOf('Chile and Norway signed a Roadmap for Fisheries Cooperation. The roadmap runs to 2030.');
    const plan = () => m.ctx.g.entities.get('plan:roadmap-for-fisheries-cooperation')!.mentions.map((x) => x.text);
    expect(plan()).not.toContain('The roadmap');
    const r = resolveEntities(m);
    expect(r.ctx.g.entities.get('plan:roadmap-for-fisheries-cooperation')!.mentions.map((x) => x.text)).toContain('The roadmap');
  });
  it('finds the meeting, its resolved participants, place and date', () => {
    const r = resolveEntities(
      mentionsOf('Norwegian Prime Minister Ingrid Dahlberg met Chilean President Tomas Varela in Oslo on 3 March 2021.'),
    );
    expect(r.events.map((e) => [e.id, e.participants])).toContainEqual([
      'event:dahlberg-varela-meeting-in-oslo',
      ['person:ingrid-dahlberg', 'person:tomas-varela'],
    ]);
    const event = r.ctx.g.entities.get('event:dahlberg-varela-meeting-in-oslo')!;
    expect(event.attributes).toEqual({ date: '2021-03-03', dateText: '3 March 2021' });
    const rels = [...r.ctx.g.relations.values()].map((x) => `${x.type} ${x.from} ${x.to}`);
    expect(rels).toContain('HELD_IN event:dahlberg-varela-meeting-in-oslo place:oslo');
  });
  it('drops a place that is only part of a longer name', () => {
    const m = mentionsOf('The Oslo Fisheries Centre opened on Monday. Ministers later flew to Oslo.');
    expect(m.ctx.g.entities.get('place:oslo')?.mentions).toHaveLength(2);
    const r = resolveEntities(m);
    const oslo = r.ctx.g.entities.get('place:oslo');
    expect(oslo?.mentions.map((x) => x.start)).toEqual([r.ctx.body.lastIndexOf('Oslo')]);
  });
});
