// Stage 5, relations: who holds which office, who is party to or initiated which plan, who took
// part in which event, what a statement is about; and what the relations let us infer.
//
// Order, and why:
// 1. extractDescriptiveOffices (mentions/descriptive-offices.ts) first: it finds Office mentions,
//    but a lower-case office ("the minister responsible for …") is held by the speaker of the
//    quote it sits in, so it needs the statements and cannot run in the mention stage;
//    mergeCopularEvents next: "the meeting marks the first meeting between …" names one occasion, and
//    every frame below should see it once;
// 2. inferBareTitles before linkPlans: it gives a bare title ("President Name") the country of the
//    objective its holder initiated, from the INITIATED/PROPOSED and OBJECTIVE_OF relations the
//    plan finders of the mention stage made. Moved after linkPlans (or after linkEventFrames), it
//    sees more relations and one development article's output changes, so it runs here, once;
// 3. linkPlans, linkNamedParties (then linkOrgCountries: a body named after its country), linkEventFrames, linkEventSides: the stated relations (plans, parties,
//    events; "the consultations both countries held" needs the main countries, settled by then),
//    linkAttendance (who attended an occasion the clause around it names; after the event frames, so a
//    visit's visitor is known when the host it met is looked for), mergeSameVisits (one trip named several
//    ways: it compares the visitors and destinations the frames found), then linkBudgetLines (a budget's
//    allocations, once every plan is in);
// 4. inferParties after them: "A and B agreed …", "the two sides …" give parties to plans no stated
//    relation gave, and owners to objectives still without one;
//    shareGroupOutcomes then: the occasion a group of listed instruments came out of is each item's;
// 5. inferContextCountries: the fallback for bare titles inferBareTitles left without a country
//    (the dominant country, or the main country nobody else belongs to). It is not a second run of
//    inferBareTitles (that one reads relations, this one counts mentions). linkPlans reads people's
//    countries (a plan's agent's country becomes party to it): the country inferBareTitles settles
//    counts there, this weaker guess, made after, does not;
// 6. linkAbout last: what each statement is about, over every plan, objective and topic.
import { extractDescriptiveOffices } from '../mentions/descriptive-offices.ts';
import { linkAbout } from '../relations/about.ts';
import { linkAttendance } from '../relations/attendance.ts';
import { linkBudgetLines } from '../relations/budget-lines.ts';
import { linkEventFrames } from '../relations/event-frames.ts';
import { linkEventSides } from '../relations/event-sides.ts';
import { linkNamedParties } from '../relations/named-parties.ts';
import { linkOrgCountries } from '../relations/org-countries.ts';
import { linkPlans } from '../relations/plan-relations.ts';
import { inferContextCountries } from '../resolve/bare-titles.ts';
import { mergeCopularEvents } from '../resolve/event-copulas.ts';
import { shareGroupOutcomes } from '../resolve/group-members.ts';
import { mergeSameVisits } from '../resolve/same-visits.ts';
import { inferBareTitles, inferParties } from '../resolve/inference.ts';
import type { StatementStage } from './statements.ts';

export interface RelationStage extends StatementStage {
  /** Marks the relations as linked, so a stage before this one cannot be assembled by mistake. */
  readonly linked: true;
}

export function linkRelations(s: StatementStage): RelationStage {
  const { ctx, events, statements } = s;
  extractDescriptiveOffices(ctx, statements);
  mergeCopularEvents(ctx);
  inferBareTitles(ctx);
  linkPlans(ctx, events);
  linkNamedParties(ctx);
  linkOrgCountries(ctx);
  linkEventFrames(ctx);
  linkEventSides(ctx);
  linkAttendance(ctx);
  mergeSameVisits(ctx);
  linkBudgetLines(ctx);
  inferParties(ctx);
  shareGroupOutcomes(ctx);
  inferContextCountries(ctx);
  linkAbout(ctx, statements);
  return { ...s, linked: true };
}
