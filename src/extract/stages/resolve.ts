// Stage 3, resolved entities: repeated names and definite references become mentions of the
// entities they name, events are found over those resolved mentions, and mentions that are only
// part of a longer name are dropped. The result's `events` exist only from this stage on.
//
// Order, and why:
// 1. repeatNames, then resolveAnaphora: "the roadmap" resolves to the latest earlier mention whose
//    text has the head noun, so the verbatim repeats must be mentions first;
// 2. extractEvents after both: an event's participants are the people mentioned before it in its
//    sentence and its place a known Place or Country mention, and a Title Case name that is an
//    organisation's ("Quadrilateral Security Dialogue") is no event: all read resolved mentions;
// 3. linkOutcomes (relations/event-outcomes.ts) right after the events, although it makes
//    relations (a plan signed at an event is its outcome): it reads the plans' mentions as they
//    stand before dropPlansNamingEvents (step 5). Run after it, a plan mention that names an event
//    ("… Partnership Summit") would no longer be linked: the same output on every article here,
//    but not in general, so it stays where it has always run;
// 4. extractTopics after repeatNames and resolveAnaphora: a topic is covered by the nearest plan or
//    objective mention of its sentence ("It covers …": the latest one before it), and those two
//    passes add such mentions. Events neither read topics nor are read by them;
// 5. dropMentionsInsideNames, dropOrganizationsHoldingPeople, dropPlansNamingEvents last: a place or
//    topic inside a longer name (an event's included) is part of that name, a capitalised run with a
//    person's name inside is no body (people are known by now), and a plan-shaped name followed by
//    "Summit" names the event.
import { extractEvents, type EventRec } from '../mentions/events.ts';
import { extractTopics } from '../mentions/topics.ts';
import { linkOutcomes } from '../relations/event-outcomes.ts';
import { resolveAnaphora } from '../resolve/anaphora.ts';
import { dropMentionsInsideNames, dropOrganizationsHoldingPeople, dropPlansNamingEvents, repeatNames } from '../resolve/cleanup.ts';
import type { MentionStage } from './mentions.ts';

export interface ResolvedStage extends MentionStage {
  /** Events in the order found, their ids already merged when one occasion was named several ways. */
  readonly events: readonly EventRec[];
}

export function resolveEntities(m: MentionStage): ResolvedStage {
  const { ctx } = m;
  repeatNames(ctx);
  resolveAnaphora(ctx);
  const events = extractEvents(ctx);
  linkOutcomes(ctx, events);
  extractTopics(ctx);
  dropMentionsInsideNames(ctx);
  dropOrganizationsHoldingPeople(ctx);
  dropPlansNamingEvents(ctx);
  return { ...m, events };
}
