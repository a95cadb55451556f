import DataLoader from 'dataloader';
import type { ManagedTransaction } from 'neo4j-driver';
import { statsOfEntities, type EntityStats } from '../graph/reads/aggregates.ts';
import { entitiesByIds } from '../graph/reads/entities.ts';
import type { Page } from '../graph/reads/paging.ts';
import {
  articlesByIds,
  articlesOfEntities,
  mentionsInSentences,
  mentionsOfEntities,
  sentencesByIds,
  sentencesOfArticles,
} from '../graph/reads/provenance.ts';
import { relatedBatch, type RelatedArgs, type RelatedEdge } from '../graph/reads/relations.ts';
import type { GraphStore } from '../graph/store.ts';

// One loader per kind of lookup: all parents at one nesting level are fetched in one query, so
// the number of Cypher round trips grows with the depth of a query, not with its results.

type BatchFetch<V> = (tx: ManagedTransaction, keys: readonly string[]) => Promise<Map<string, V>>;

function byKey<V>(store: GraphStore, fetch: BatchFetch<V>, empty: V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const found = await store.read((tx) => fetch(tx, keys));
    return keys.map((k) => found.get(k) ?? empty);
  });
}

export function createLoaders(store: GraphStore) {
  const related = new Map<string, DataLoader<string, Page<RelatedEdge>>>();
  return {
    entity: byKey(store, entitiesByIds, null),
    sentence: byKey(store, sentencesByIds, null),
    article: byKey(store, articlesByIds, null),
    mentions: byKey(store, mentionsOfEntities, []),
    sentenceMentions: byKey(store, mentionsInSentences, []),
    entityArticles: byKey(store, articlesOfEntities, []),
    articleSentences: byKey(store, sentencesOfArticles, []),
    stats: byKey<EntityStats>(store, statsOfEntities, { mentions: 0, articles: 0, statements: 0 }),
    /** A loader per relationship field and page arguments: those are shared by one level's parents. */
    related(args: RelatedArgs): DataLoader<string, Page<RelatedEdge>> {
      const key = JSON.stringify(args);
      let loader = related.get(key);
      if (!loader) {
        const empty: Page<RelatedEdge> = { rows: [], total: 0, hasNextPage: false };
        loader = byKey(store, (tx, ids) => relatedBatch(tx, ids, args), empty);
        related.set(key, loader);
      }
      return loader;
    },
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
