// Two event frames read off the words between mentions other passes found:
// - "a forum organised during the visit", "talks on the sidelines of the summit": the first
//   event is part of the second;
// - "A invited B to …", "A extended an invitation to B to …": A invited B, and B is invited to
//   the first event named later in the sentence ("… to undertake a visit to C");
// - "a delegation led by A", "A headed the mission": A leads it; "co-chaired by A and B": each co-chairs.
import type { Ctx } from '../context.ts';
import { mentionsIn } from '../mentions/event-complements.ts';

/** what may stand between an event and the larger one it belongs to */
const WITHIN = /^,?\s+(?:(?:which\s+was\s+|that\s+was\s+)?(?:organi[sz]ed|held|convened|hosted)\s+)?(?:during|as\s+part\s+of|on\s+the\s+(?:sidelines|margins)\s+of|within\s+the\s+framework\s+of)\s+$/;
/** the invitation verb, then maybe the guest's title ("… an invitation to Foreign Minister B") */
const INVITE = /^\s+(?:has\s+|had\s+|also\s+)?(?:invited|extended\s+(?:an|his|her|their|a\s+\w+)\s+invitation\s+to|renewed\s+(?:an|his|her|their)\s+invitation\s+to)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4})?$/u;

/** passive leader cue after an event or body; the active one sits between a person and it */
const LED_BY = /^,?\s+(?:(?:which|that)\s+(?:was|is)\s+|(?:was|is)\s+)?(?:led|headed)\s+by\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4})?$/u;
const LEADS = /^\s+(?:has\s+|had\s+)?(?:led|headed)\s+(?:(?:the|a|an|his|her|its|their)\s+)?$/;
const CO_CHAIRED = /^,?\s+(?:(?:which|that)\s+(?:was|is)\s+|(?:was|is)\s+)?co-?chaired\s+by\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4})?$/u;

export function linkEventFrames(ctx: Ctx): void {
  const { g, body } = ctx;
  for (const s of ctx.sentences) {
    const events = mentionsIn(ctx, s.start, s.end, ['Event']);
    for (const a of events) {
      // the larger event starts right after the cue (its article or possessive is part of its mention)
      const b = events.find((x) => x.id !== a.id && x.start >= a.end && WITHIN.test(body.slice(a.end, x.start)));
      if (b) g.relate('PART_OF', a.id, b.id, [g.span(a.start, b.end)]);
    }
    const bodies = mentionsIn(ctx, s.start, s.end, ['Event', 'Organization']);
    const people = mentionsIn(ctx, s.start, s.end, ['Person']);
    for (const b of bodies) {
      const by = people.find((p) => p.start >= b.end && (LED_BY.test(body.slice(b.end, p.start)) || CO_CHAIRED.test(body.slice(b.end, p.start))));
      if (!by) continue;
      const co = CO_CHAIRED.test(body.slice(b.end, by.start));
      // "co-chaired by A and B": the second chair follows after "and" (maybe with a title)
      const second = co ? people.find((p) => p.start > by.end && /^\s+and\s+(?:(?:\p{Lu}[\p{L}-]*\s+){1,4})?$/u.test(body.slice(by.end, p.start))) : undefined;
      for (const p of [by, second]) if (p) g.relate(co ? 'CO_CHAIRS' : 'LEADS', p.id, b.id, [g.span(b.start, p.end)]);
    }
    for (const p of people) {
      const led = bodies.find((b) => b.start >= p.end && LEADS.test(body.slice(p.end, b.start)));
      if (led) g.relate('LEADS', p.id, led.id, [g.span(p.start, led.end)]);
    }
    const parties = mentionsIn(ctx, s.start, s.end, ['Person', 'Country']);
    for (const host of parties) {
      const guest = parties.find((x) => x.id !== host.id && x.start >= host.end && INVITE.test(body.slice(host.end, x.start)));
      if (!guest) continue;
      g.relate('INVITED', host.id, guest.id, [g.span(host.start, guest.end)]);
      const to = /^\s+to\s+/.exec(body.slice(guest.end, s.end));
      const event = to && events.find((x) => x.start >= guest.end && x.start - guest.end < 60);
      if (event && g.typeOf(guest.id) === 'Person') g.relate('INVITED_TO', guest.id, event.id, [g.span(host.start, event.end)]);
    }
  }
}
