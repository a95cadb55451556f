// extractArticle: pure, deterministic, offline. Passes run in a fixed order because later
// ones read what earlier ones found (coreference needs people; ABOUT needs statements).
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { parseArticle } from '../model/article-file.ts';
import { splitSentences } from './sentences.ts';
import { findQuotes } from './quotes.ts';
import { newCtx } from './context.ts';
import { extractCountriesAndPlaces } from './countries.ts';
import { extractPeople } from './people.ts';
import { extractPlans } from './plans.ts';
import { extractEvents } from './events.ts';
import { extractTopics } from './topics.ts';
import { extractStatements } from './statements.ts';
import { extractDescriptiveOffices } from './descriptive-offices.ts';
import { linkPlans } from './plan-relations.ts';
import { linkAbout } from './about.ts';
import { extractOrganizations } from './organizations.ts';
import { assemble } from './assemble.ts';
import { dropMentionsInsideNames, repeatNames } from './cleanup.ts';
import { resolveAnaphora } from './anaphora.ts';
import { inferBareTitles, inferParties } from './inference.ts';
import { inferContextCountries } from './bare-titles.ts';

export function extractArticle(raw: string): ExtractedGraph {
  const meta = parseArticle(raw);
  const body = meta.body;
  const sentences = splitSentences(body);
  const ctx = newCtx(body, sentences, findQuotes(body));
  extractCountriesAndPlaces(ctx);
  extractOrganizations(ctx);
  extractPeople(ctx);
  extractPlans(ctx);
  repeatNames(ctx);
  resolveAnaphora(ctx);
  const events = extractEvents(ctx);
  extractTopics(ctx);
  dropMentionsInsideNames(ctx);
  const statements = extractStatements(ctx);
  extractDescriptiveOffices(ctx, statements);
  inferBareTitles(ctx);
  linkPlans(ctx, events);
  inferParties(ctx);
  inferBareTitles(ctx);
  inferContextCountries(ctx);
  linkAbout(ctx, statements);
  return assemble(ctx, meta);
}
