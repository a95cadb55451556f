// Event frames read off the words between mentions other passes found:
// - "a forum organised during the visit", "talks on the sidelines of the summit": the first
//   event is part of the second;
// - "A invited B to …", "A extended an invitation to B to …": A invited B, and B is invited to
//   the first event named later in the sentence ("… to undertake a visit to C");
// - "a delegation led by A", "A headed the mission": A leads it; "co-chaired by A and B", "A and B
//   co-chaired the meeting": each co-chairs;
// - "During the visit, A met B …": the clause's events are part of the visit;
// - "X is on a visit at the invitation of Y": Y invited X, X is invited to the visit;
// - "the forum, which was held in Cairo": where it was held.
import type { Ctx } from '../context.ts';
import { blankMentions, mentionsIn } from '../mentions/event-complements.ts';
import { linkEventSubjects } from './event-outcomes.ts';

/** what may stand between an event and the larger one it belongs to */
const WITHIN =
  /^(?:\s+(?:today|yesterday|on\s+\p{Lu}\p{L}+)(?:,\s+\p{Lu}\p{L}+)?)?,?\s+(?:(?:which\s+was\s+|that\s+was\s+)?(?:organi[sz]ed|held|convened|hosted)\s+)?(?:during|as\s+part\s+of|on\s+the\s+(?:sidelines|margins)\s+of|within\s+the\s+framework\s+of)\s+$/u;
/** the invitation verb, then maybe the guest's title ("… an invitation to Foreign Minister B") */
const INVITE =
  /^\s+(?:has\s+|had\s+|also\s+)?(?:invited|extended\s+(?:an|his|her|their|a\s+\w+)\s+invitation\s+to|renewed\s+(?:an|his|her|their)\s+invitation\s+to)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4})?$/u;

/** passive leader cue after an event or body; the active one sits between a person and it */
const LED_BY = /^,?\s+(?:(?:which|that)\s+(?:was|is)\s+|(?:was|is)\s+)?(?:led|headed)\s+by\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4})?$/u;
const LEADS = /^\s+(?:has\s+|had\s+)?(?:led|headed)\s+(?:(?:the|a|an|his|her|its|their)\s+)?$/;
/** a clause opening with the larger event: "During the visit, A met B", "On the sidelines of the summit, …" */
const OPENING_WITHIN =
  /^(?:\p{Lu}\p{L}*,\s+)?(?:during|on\s+the\s+(?:sidelines|margins)\s+of|as\s+part\s+of|in\s+the\s+course\s+of|within\s+the\s+framework\s+of|in\s+the\s+framework\s+of)\s+(?:the\s+)?$/iu;
const CO_SUBJECT = /^\s*(?:,|,?\s+and)\s+(?:(?:\p{Lu}[\p{L}.’'-]*|of|the)\s+){0,6}$/u;
/** "at the invitation of President X", "at the invitation of the government of X" */
const INVITATION_OF =
  /\b(?:at|on|upon)\s+(?:the\s+)?(?:\p{Ll}+\s+)?invitation\s+(?:of|from)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+|of\s+|government\s+of\s+|his\s+|her\s+|(?:\p{Ll}+\s+)?counterpart,?\s+){0,6})$/u;
const UNDER_LEADERSHIP =
  /^,?\s+(?:(?:which\s+is\s+|that\s+is\s+)?under\s+(?:the\s+)?leadership\s+of|(?:which\s+is\s+|that\s+is\s+)?(?:chaired|presided\s+over)\s+by)\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4})?$/u;
const CO_CHAIRED =
  /^,?\s+(?:(?:which|that)\s+(?:was|is)\s+|(?:was|is)\s+)?co-?chaired\s+by\s+(?:(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){1,4})?$/u;
/** "chaired by A and B", "presided over by …": with two people named, each co-chairs */
const CHAIRED_BY =
  /^,?\s+(?:(?:which|that)\s+(?:was|is)\s+|(?:was|is)\s+)?(?:chaired|presided\s+over)\s+by\s+(?:(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|of)\s+){1,6})?$/u;

export function linkEventFrames(ctx: Ctx): void {
  const { g, body } = ctx;
  for (const s of ctx.sentences) {
    const events = mentionsIn(ctx, s.start, s.end, ['Event']);
    for (const a of events) {
      // the larger event starts right after the cue (its article or possessive is part of its mention)
      const b = events.find((x) => x.id !== a.id && x.start >= a.end && WITHIN.test(body.slice(a.end, x.start)));
      if (b) g.relate('PART_OF', a.id, b.id, [g.span(a.start, b.end)]);
    }
    // "During the visit, A met B and attended a business forum": the events of the clause are part of it
    const opening = events.find((x) => OPENING_WITHIN.test(body.slice(s.start, x.start)));
    if (opening) {
      const whole = g.entities.get(opening.id)?.name ?? '';
      for (const x of events) {
        if (x.start < opening.end || x.id === opening.id) continue;
        const part = g.entities.get(x.id)?.name ?? '';
        // a visit or tour is no part of a meeting; the same kind of occasion is no part of itself
        if (/\b(?:visit|tour|trip)\b/i.test(part) && !/\b(?:visit|tour|trip)\b/i.test(whole)) continue;
        if (g.relations.has(`PART_OF\u0000${opening.id}\u0000${x.id}`)) continue;
        g.relate('PART_OF', x.id, opening.id, [g.span(s.start, x.end)]);
      }
    }
    const bodies = mentionsIn(ctx, s.start, s.end, ['Event', 'Organization']);
    const people = mentionsIn(ctx, s.start, s.end, ['Person']);
    for (const b of bodies) {
      const by = people.find(
        (p) =>
          p.start >= b.end &&
          (LED_BY.test(body.slice(b.end, p.start)) ||
            CO_CHAIRED.test(body.slice(b.end, p.start)) ||
            CHAIRED_BY.test(body.slice(b.end, p.start))),
      );
      if (!by) continue;
      const co = CO_CHAIRED.test(body.slice(b.end, by.start)) || CHAIRED_BY.test(body.slice(b.end, by.start));
      // "co-chaired by A and B": the second chair follows after "and" (maybe with a title)
      const second = co
        ? people.find(
            (p) => p.start > by.end && /^\s+and\s+(?:(?:the\s+)?(?:(?:\p{Lu}[\p{L}-]*|of)\s+){1,6})?$/u.test(body.slice(by.end, p.start)),
          )
        : undefined;
      // one person "chaired by" a body is no co-chair: only "co-chaired" says so alone
      if (co && !second && !CO_CHAIRED.test(body.slice(b.end, by.start))) continue;
      for (const p of [by, second]) if (p) g.relate(co ? 'CO_CHAIRS' : 'LEADS', p.id, b.id, [g.span(b.start, p.end)]);
    }
    for (const p of people) {
      const led = bodies.find((b) => b.start >= p.end && LEADS.test(body.slice(p.end, b.start)));
      if (led) g.relate('LEADS', p.id, led.id, [g.span(p.start, led.end)]);
    }
    // "the Unity Government under the leadership of Anwar": he leads it
    for (const b of bodies) {
      const p = people.find((x) => x.start >= b.end && UNDER_LEADERSHIP.test(body.slice(b.end, x.start)));
      if (p && g.typeOf(b.id) === 'Organization') g.relate('LEADS', p.id, b.id, [g.span(b.start, p.end)]);
    }
    // "Speaking at the forum, …, President X said": the speaker attended the event the participle names
    const speaking = SPEAKING_AT.exec(s.text);
    const spoken = speaking && events.find((x) => x.start === s.start + speaking[0].length || x.start === s.start + speaking[0].length - 4);
    if (spoken) {
      const speaker = people.find((p) => p.start >= spoken.end && SPEECH_AFTER.test(body.slice(p.end, p.end + 20)));
      if (speaker)
        g.relate('PARTICIPATED_IN', speaker.id, spoken.id, [
          g.span(s.start, speaker.end + (SPEECH_AFTER.exec(body.slice(speaker.end, speaker.end + 20))?.[0].length ?? 0)),
        ]);
    }
    coChairs(ctx, people, bodies, s.end);
    heldAt(ctx, events, s.start, s.end);
    invitations(ctx, s.start, s.end, events);
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
  linkChairs(ctx);
  linkEventSubjects(ctx);
}

type M = { id: string; start: number; end: number };

/** "Chairman of the Council …", "Head of the Fund": who holds the chair leads the body. */
const CHAIR_OFFICE = /^(?:Chairman|Chairwoman|Chairperson|Chair|Head)\s+of\s/;

function linkChairs(ctx: Ctx): void {
  const { g, body } = ctx;
  for (const r of [...g.relations.values()]) {
    if (r.type !== 'OFFICE_OF' || g.typeOf(r.to) !== 'Organization' || !CHAIR_OFFICE.test(g.entities.get(r.from)?.name ?? '')) continue;
    const holders = [...g.relations.values()].filter((h) => h.type === 'HOLDS_OFFICE' && h.to === r.from);
    for (const h of holders) g.relate('LEADS', h.from, r.to, h.evidence, h.implicit);
    if (holders.length) continue;
    // "Crown Prince X, deputy premier, minister of defense, and chairman of the Council": the person the
    // apposition list belongs to
    for (const m of g.entities.get(r.from)?.mentions ?? []) {
      const s = ctx.sentences.find((x) => m.start >= x.start && m.start < x.end);
      if (!s) continue;
      const p = mentionsIn(ctx, s.start, m.start, ['Person']).at(-1);
      if (p && APPOSITION_LIST.test(body.slice(p.end, m.start))) g.relate('LEADS', p.id, r.to, [g.span(p.start, m.end)]);
    }
  }
}
const APPOSITION_LIST = /^,(?:\s+[^,.;:“”"()]{1,50},)*\s+(?:and\s+)?(?:the\s+)?$/;

/** "A and B co-chaired the 16th session …", "A co-chaired the meeting with B": each co-chairs it. */
function coChairs(ctx: Ctx, people: M[], bodies: M[], sEnd: number): void {
  const { g, body } = ctx;
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const target = bodies.find((b) => b.start >= p.end && b.start - p.end < 120);
    if (!target) continue;
    const verb = /^\s+(?:(?:jointly|also|will|would|to)\s+)*co-?chair(?:ed|s|ing)?\s+(?:(?:the|a|an|its|their)\s+)?/.exec(
      body.slice(p.end, target.start),
    );
    if (!verb || (p.end + verb[0].length !== target.start && !/^(?:\S+\s+){0,3}$/.test(body.slice(p.end + verb[0].length, target.start))))
      continue;
    const chairs = [p];
    for (let j = i - 1; j >= 0 && CO_SUBJECT.test(body.slice(people[j]!.end, chairs[0]!.start)); j--) chairs.unshift(people[j]!);
    // "… with B"
    const partner = people.find(
      (x) =>
        x.start >= target.end &&
        /^\s+with\s+(?:(?:\p{Lu}[\p{L}.’'-]*|his|her|their|counterpart|of|the)\s+){0,6}$/u.test(body.slice(target.end, x.start)) &&
        x.end <= sEnd,
    );
    if (partner) chairs.push(partner);
    if (chairs.length < 2) continue;
    for (const c of chairs) g.relate('CO_CHAIRS', c.id, target.id, [g.span(chairs[0]!.start, Math.max(target.end, partner?.end ?? 0))]);
  }
}

/** "A is on a visit to C at the invitation of B": B invited A, and A is invited to that visit. */
function invitations(ctx: Ctx, sStart: number, sEnd: number, events: M[]): void {
  const { g, body } = ctx;
  const parties = mentionsIn(ctx, sStart, sEnd, ['Person', 'Country']);
  for (const host of parties) {
    if (!INVITATION_OF.test(body.slice(Math.max(sStart, host.start - 120), host.start))) continue;
    const cue = INVITATION_OF.exec(body.slice(Math.max(sStart, host.start - 120), host.start))!;
    const cueAt = Math.max(sStart, host.start - 120) + cue.index;
    // the guest is the subject: the first person of the sentence, before the cue
    const guest = parties.find((x) => x.start < cueAt && g.typeOf(x.id) === 'Person' && x.id !== host.id);
    if (!guest) continue;
    g.relate('INVITED', host.id, guest.id, [g.span(guest.start, host.end)]);
    const event = events.filter((e) => e.end <= cueAt + 2 && e.start > guest.end).at(-1) ?? events.find((e) => e.start >= host.end);
    if (event) g.relate('INVITED_TO', guest.id, event.id, [g.span(Math.min(guest.start, event.start), Math.max(host.end, event.end))]);
  }
}

/** a city named with what it is: "the Georgian capital ", "the capital, ", "the city of " */
const CITY_OF_SRC = String.raw`(?:(?:\p{Lu}\p{L}+\s+)?(?:capital|city|port\s+city|port|town)(?:\s+city)?(?:\s+of|,)?\s+)`;
/** "the X Forum, which was held in Cairo on Monday", "the summit, taking place at the Y Palace": where it was held */
const HELD_AT = new RegExp(
  String.raw`^,?\s+(?:(?:which|that)\s+)?(?:(?:was|is|will\s+be|were|are|has\s+been|have\s+been|had\s+been)\s+(?:being\s+)?)?(?:held|hosted|convened|organi[sz]ed|taking\s+place|took\s+place|takes\s+place|ended|opened|began|concluded|closed|kicked\s+off)\s+(?:(?:on|in)\s+\S+(?:\s+\d{1,4})?\s+|in\s+the\s+\p{Ll}+\s+(?:quarter|half)\s+of\s+\d{4}\s+|(?:today|yesterday|(?:on\s+|last\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s+)?(?:in|at)\s+(?:the\s+)?${CITY_OF_SRC}?$`,
  'u',
);

/** a demonym describing the city that follows ("the Georgian capital Tbilisi"): not the venue */
const DESCRIBES_CITY = /^\s+(?:capital|city|port|town)\b/;
/** "Baku hosted the …", "Oslo will host a …" */
const HOSTED = /^\s+(?:has\s+|had\s+|will\s+|also\s+)?(?:hosted|hosts|host)\s+(?:the\s+|a\s+|an\s+)?$/;

/** " of Kazakh producers and service providers in ": a short of-complement of plain words, then "in" */
const OF_THEN_IN = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){1,8}?in\s+(?:the\s+)?$/u;

/** a sentence opening with a participle of speaking at an occasion */
const SPEAKING_AT =
  /^(?:Speaking|Addressing\s+(?:the\s+)?\p{Ll}+|Talking\s+to\s+\p{Ll}+|In\s+(?:his|her)\s+(?:speech|remarks|address))\s+(?:at|during|on\s+the\s+(?:sidelines|margins)\s+of|after)\s+(?:the\s+)?/u;
const SPEECH_AFTER = /^\s+(?:said|says|told|noted|stressed|added|announced|stated|declared|emphasi[sz]ed)\b/;

function heldAt(ctx: Ctx, events: M[], sStart: number, sEnd: number): void {
  const { g, body } = ctx;
  const places = mentionsIn(ctx, sStart, sEnd, ['Place', 'Country']);
  for (const e of events) {
    const venue =
      places.find(
        (p) =>
          p.start >= e.end &&
          p.start - e.end < 80 &&
          !DESCRIBES_CITY.test(body.slice(p.end, p.end + 12)) &&
          HELD_AT.test(body.slice(e.end, p.start)),
      ) ??
      // "Baku hosted the 10th session …": the place as the subject of "hosted"
      places.find((p) => p.end <= e.start && HOSTED.test(body.slice(p.end, e.start))) ??
      // "a trade mission of dairy producers in Quito": an "of" complement, then where
      places.find(
        (p) =>
          p.start >= e.end &&
          p.start - e.end < 90 &&
          OF_THEN_IN.test(body.slice(e.end, p.start)) &&
          !mentionsIn(ctx, e.end, p.start, ['Place', 'Person', 'Event', 'Organization']).length,
      ) ??
      // "discussions with the Emir of Qatar, Sheikh Tamim … at the Emir's Palace in Doha": past the
      // apposition naming who the event was with
      places.find(
        (p) =>
          p.start >= e.end &&
          p.start - e.end < 120 &&
          PAST_APPOSITION.test(blankMentions(ctx, e.end, p.start, { Person: 'Name', Office: 'Title' })),
      );
    if (venue) g.relate('HELD_IN', e.id, venue.id, [g.span(e.start, venue.end)]);
    // "at the Emir's Palace in Doha": the city after the venue is where it was held too
    const city = venue && places.find((p) => p.start > venue.end && /^,?\s+in\s+$/.test(body.slice(venue.end, p.start)));
    if (venue && city) {
      g.relate('HELD_IN', e.id, city.id, [g.span(e.start, city.end)]);
      if (g.typeOf(venue.id) === 'Place') g.relate('LOCATED_IN', venue.id, city.id, [g.span(venue.start, city.end)]);
    }
    // "his Gulf tour, which included the Saudi city of Jeddah and the Qatari capital, Doha": each stop
    const kind = g.entities.get(e.id)?.name ?? '';
    const cue = /\b(?:tour|trip|visit|visits|journey)\b/i.test(kind) ? ITINERARY.exec(body.slice(e.end, sEnd)) : null;
    if (!cue) continue;
    let at = e.end + cue[0].length;
    for (const p of places.filter((x) => x.start >= at)) {
      if (!STOP_GAP.test(body.slice(at, p.start))) break;
      // "the Saudi city of …", "Gulf countries": a demonym or region describing the stop, not the stop
      if (
        /^\s+(?:city|capital|port|town|region|province|state|island|kingdom|emirate|countries|states|nations|cities)\b/.test(
          body.slice(p.end, p.end + 12),
        )
      )
        continue;
      g.relate('HELD_IN', e.id, p.id, [g.span(e.start, p.end)]);
      at = p.end;
    }
  }
}
/** an apposition of people and titles, then "at"/"in" the venue (people written as "Name", titles as "Title") */
const PAST_APPOSITION =
  /^,?\s+(?:(?:Sheikh|Sheikha|Dr\.?|H\.E\.?|the)\s+)?(?:Name|Title)(?:,?\s+(?:and\s+)?(?:Name|Title))*,?\s+(?:at|in)\s+(?:the\s+)?$/;

/** "…, which included", "that took him to", "covering": the stops of a tour follow */
const ITINERARY =
  /^(?:\s+to\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s*)+)?,?\s+(?:(?:which|that)\s+(?:has\s+|will\s+|also\s+)?(?:included|includes|include|covered|covers|cover|took\s+(?:him|her|them)\s+to|takes\s+(?:him|her|them)\s+to|take\s+(?:him|her|them)\s+to)|including|covering)\s+/u;
/** between two stops: a comma or "and", then maybe a descriptor ("the Saudi city of", "the Qatari capital,") */
const STOP_GAP =
  /^(?:\s*(?:,|,?\s+and)\s+)?(?:the\s+(?:\p{Lu}\p{L}+\s+)?(?:city|capital|port|town|region|province|state|island|kingdom|emirate)(?:\s+of|,)\s+)?(?:the\s+)?$/u;
