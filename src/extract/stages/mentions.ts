// Stage 2, mentions: typed candidates with spans, cut from the text stage's body. From here on the
// entities live in one shared, mutable workspace (`Ctx`: the GraphBuilder, the people found and
// their titles, the speakers seen), which the later stages keep adding to and merging in: the
// finders were written against it, and rebuilding it per stage would change which spans a finder
// sees as taken, hence the output. A stage value therefore hands its workspace on: the input of a
// stage is consumed by it, and a stage's type says what is ready, not what is frozen.
//
// Order, and why:
// 1. countries and places first: organisation, office and plan names are recognised partly by
//    the countries inside them ("Ministry of Economy of Japan"), and later finders skip spans a
//    country claimed;
// 2. organisations before people: a body's own titles ("Olympic Committee President Name") are
//    told from state offices by the organisation name ending right before the title;
// 3. people and offices before plans: a plan or objective a person initiated needs the person,
//    and a person's name inside a plan's name is the plan's (plans skip person spans).
// Events are mentions too, but they are found in the next stage: their participants are the
// people named in the sentence, which needs names resolved first (see resolve.ts).
import type { Ctx } from '../context.ts';
import { GraphBuilder } from '../builder.ts';
import { extractCountriesAndPlaces } from '../mentions/countries.ts';
import { extractOrganizations } from '../mentions/organizations.ts';
import { extractPeople } from '../mentions/people.ts';
import { extractPlans } from '../mentions/plans.ts';
import type { TextStage } from './text.ts';

export interface MentionStage {
  readonly meta: TextStage['meta'];
  /** The shared workspace: the text stage's fields plus the entities found so far. */
  readonly ctx: Ctx;
}

export function findMentions(t: TextStage): MentionStage {
  const { body, sentences, tokens, quotes } = t;
  const ctx: Ctx = { body, sentences, tokens, quotes, g: new GraphBuilder(body), people: new Map(), speakers: [] };
  extractCountriesAndPlaces(ctx);
  extractOrganizations(ctx);
  extractPeople(ctx);
  extractPlans(ctx);
  return { meta: t.meta, ctx };
}
