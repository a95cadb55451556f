// extractArticle: pure, deterministic, offline. The stages run in the order of the folders that
// hold them: text/ (sentences, tokens, quotes, dates) → mentions/ (typed candidates with spans:
// countries and places, organisations, people and offices, plans and objectives, events, topics)
// → resolve/ (repeated names, anaphora, coreference, countries of bare titles) → statements/ →
// relations/ → assemble. Within mentions/ the order matters because later finders skip spans
// earlier ones claimed (a country inside an organisation's name, a person inside a plan's).
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { parseArticle } from '../model/article-file.ts';
import { assemble } from './assemble.ts';
import { newCtx } from './context.ts';
import { extractCountriesAndPlaces } from './mentions/countries.ts';
import { extractDescriptiveOffices } from './mentions/descriptive-offices.ts';
import { extractEvents } from './mentions/events.ts';
import { extractOrganizations } from './mentions/organizations.ts';
import { extractPeople } from './mentions/people.ts';
import { extractPlans } from './mentions/plans.ts';
import { extractTopics } from './mentions/topics.ts';
import { linkAbout } from './relations/about.ts';
import { linkPlans } from './relations/plan-relations.ts';
import { linkNamedParties } from './relations/named-parties.ts';
import { linkEventFrames } from './relations/event-frames.ts';
import { resolveAnaphora } from './resolve/anaphora.ts';
import { inferContextCountries } from './resolve/bare-titles.ts';
import { dropMentionsInsideNames, dropPlansNamingEvents, repeatNames } from './resolve/cleanup.ts';
import { inferBareTitles, inferParties } from './resolve/inference.ts';
import { extractStatements } from './statements/statements.ts';
import { findQuotes } from './text/quotes.ts';
import { readText } from './text/sentences.ts';

export function extractArticle(raw: string): ExtractedGraph {
  const meta = parseArticle(raw);
  const body = meta.body;
  // text
  const ctx = newCtx(body, readText(body), findQuotes(body));
  // mentions
  extractCountriesAndPlaces(ctx);
  extractOrganizations(ctx);
  extractPeople(ctx);
  extractPlans(ctx);
  // resolve names before events, whose participants are people found anywhere in the sentence
  repeatNames(ctx);
  resolveAnaphora(ctx);
  const events = extractEvents(ctx);
  extractTopics(ctx);
  dropMentionsInsideNames(ctx);
  dropPlansNamingEvents(ctx);
  // statements, then the offices their speakers are described by ("the minister responsible for …")
  const statements = extractStatements(ctx);
  extractDescriptiveOffices(ctx, statements);
  // relations, then what they let us infer (a bare title's country, the parties to a plan)
  inferBareTitles(ctx);
  linkPlans(ctx, events);
  linkNamedParties(ctx);
  linkEventFrames(ctx);
  inferParties(ctx);
  inferContextCountries(ctx);
  linkAbout(ctx, statements);
  return assemble(ctx, meta);
}
