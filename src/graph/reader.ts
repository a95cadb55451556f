import type { EntityLabel } from '../model/vocabulary.ts';
import { countNodes } from './node-counts.ts';
import { changesAfter } from './reads/changes.ts';
import { countsByCountry, countsByRelationType, statsOfEntities } from './reads/aggregates.ts';
import type { NodeSelection, RelationSelection } from './reads/compile-selection.ts';
import { countsByLabel, entitiesByIds, entitiesWithSelection, listEntities, type EntityListArgs } from './reads/entities.ts';
import { neighborhood, paths, type ExploreOptions } from './reads/explore.ts';
import {
  articlesByIds,
  articlesOfEntities,
  listArticles,
  mentionsInSentences,
  mentionsOfEntities,
  sentencesByIds,
  sentencesOfArticles,
  type ArticleListArgs,
  type PageArgs,
} from './reads/provenance.ts';
import { lookupByName } from './reads/lookup.ts';
import { relatedBatch } from './reads/relations.ts';
import { searchEntities } from './reads/search.ts';
import { textSearch, type TextSearchArgs } from './reads/text-search.ts';
import { reportedOfEntities } from './reads/reported.ts';
import { timeline, type TimelineArgs } from './reads/timeline.ts';
import type { EntityProp } from './rows.ts';
import type { QueryRunner } from './sessions.ts';

/** Where a reader's reads run: a GraphStore, or a request's view of one (GraphStore.forRequest). */
interface ReadSessions {
  read<T>(work: (q: QueryRunner) => Promise<T>): Promise<T>;
}

/**
 * Every read the graph offers, each one read (one round trip, in its own session) of the store or
 * request view it was made with. Callers name what they want (`reads.entities(ids)`), never a
 * module under reads/ nor a query runner. Batched reads take many keys and answer a Map by key, for
 * DataLoaders. Subclasses may wrap `run`, the one place every read passes through.
 */
export class GraphReader {
  constructor(private readonly sessions: ReadSessions) {}

  protected run<T>(work: (q: QueryRunner) => Promise<T>): Promise<T> {
    return this.sessions.read(work);
  }

  /** Entities with every property an EntityRow holds. */
  entities(ids: readonly string[]) {
    return this.run((q) => entitiesByIds(q, ids));
  }

  /** Entities with the relationship pages (and what is below them) a selection asks: one query for the tree. */
  entitiesWithSelection(ids: readonly string[], sel: NodeSelection) {
    return this.run((q) => entitiesWithSelection(q, ids, sel));
  }

  /** One relationship page (and the selection below it) for each of many parents. */
  related(ids: readonly string[], sel: RelationSelection) {
    return this.run((q) => relatedBatch(q, ids, sel));
  }

  sentences(ids: readonly string[]) {
    return this.run((q) => sentencesByIds(q, ids));
  }

  articles(ids: readonly string[]) {
    return this.run((q) => articlesByIds(q, ids));
  }

  mentionsOfEntities(ids: readonly string[], page: PageArgs) {
    return this.run((q) => mentionsOfEntities(q, ids, page));
  }

  mentionsInSentences(ids: readonly string[]) {
    return this.run((q) => mentionsInSentences(q, ids));
  }

  articlesOfEntities(ids: readonly string[], page: PageArgs) {
    return this.run((q) => articlesOfEntities(q, ids, page));
  }

  sentencesOfArticles(ids: readonly string[], page: PageArgs) {
    return this.run((q) => sentencesOfArticles(q, ids, page));
  }

  statsOfEntities(ids: readonly string[]) {
    return this.run((q) => statsOfEntities(q, ids));
  }

  /** When each entity was reported: first and last article date, number of articles. */
  reportedOfEntities(ids: readonly string[]) {
    return this.run((q) => reportedOfEntities(q, ids));
  }

  /** One page of an entity's timeline, in date order; null when no entity has the key. */
  timeline(args: TimelineArgs) {
    return this.run((q) => timeline(q, args));
  }

  /** Filtered, sorted, keyset-paged entities; a bad filter rejects with InvalidFilterError. */
  listEntities(args: EntityListArgs) {
    return this.run((q) => listEntities(q, args));
  }

  /** Articles newest first, keyset-paged; a bad date rejects with InvalidFilterError. */
  listArticles(args: ArticleListArgs) {
    return this.run((q) => listArticles(q, args));
  }

  /** Full-text hits, one keyset page (score, name, id). */
  search(query: string, labels: readonly EntityLabel[] | null, page: PageArgs, props?: readonly EntityProp[]) {
    return this.run((q) => searchEntities(q, query, labels, page, props));
  }

  /** Sentences and titles that hold every word, best first, keyset-paged, with where the words are. */
  textSearch(args: TextSearchArgs) {
    return this.run((q) => textSearch(q, args));
  }

  /** One entity by its name, an alias (both case-insensitively) or, failing both, full text; null when nothing matches. */
  lookupByName(name: string, label: EntityLabel | null, props?: readonly EntityProp[]) {
    return this.run((q) => lookupByName(q, name, label, props));
  }

  neighborhood(id: string, depth: number, limit: number, fanout: number, o: ExploreOptions) {
    return this.run((q) => neighborhood(q, id, depth, limit, fanout, o));
  }

  paths(from: string, to: string, maxHops: number, limit: number, o: ExploreOptions) {
    return this.run((q) => paths(q, from, to, maxHops, limit, o));
  }

  countsByLabel() {
    return this.run(countsByLabel);
  }

  countsByRelationType() {
    return this.run(countsByRelationType);
  }

  countsByCountry() {
    return this.run(countsByCountry);
  }

  /** Up to `limit` changes of the change log after sequence number `after`, and the log's head. */
  changes(after: number, limit: number) {
    return this.run((q) => changesAfter(q, after, limit));
  }

  /** Nodes in all, or Article or Entity nodes (the count store: no scan). */
  nodeCount(of: Parameters<typeof countNodes>[1]) {
    return this.run((q) => countNodes(q, of));
  }
}
