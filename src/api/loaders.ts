import DataLoader from 'dataloader';
import type { ManagedTransaction } from 'neo4j-driver';
import { statsOfEntities, type EntityStats } from '../graph/reads/aggregates.ts';
import { entitiesByIds, entitiesWithSelection } from '../graph/reads/entities.ts';
import type { Page } from '../graph/reads/paging.ts';
import type { EntityRow } from '../graph/reads/rows.ts';
import {
  articlesByIds,
  articlesOfEntities,
  mentionsInSentences,
  mentionsOfEntities,
  sentencesByIds,
  sentencesOfArticles,
} from '../graph/reads/provenance.ts';
import { relatedBatch } from '../graph/reads/relations.ts';
import type { NodeSelection, RelatedEdge, RelationSelection } from '../graph/reads/selection.ts';
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
  const related = new Map<RelationSelection, DataLoader<string, Page<RelatedEdge>>>();
  const selected = new Map<NodeSelection, DataLoader<string, EntityRow | null>>();
  return {
    entity: byKey(store, entitiesByIds, null),
    sentence: byKey(store, sentencesByIds, null),
    article: byKey(store, articlesByIds, null),
    mentions: byKey(store, mentionsOfEntities, []),
    sentenceMentions: byKey(store, mentionsInSentences, []),
    entityArticles: byKey(store, articlesOfEntities, []),
    articleSentences: byKey(store, sentencesOfArticles, []),
    stats: byKey<EntityStats>(store, statsOfEntities, { mentions: 0, articles: 0, statements: 0 }),
    /**
     * Entities with their selected relationship pages (one query for the whole tree). Loaders are
     * per selection object: selections are made once per field position (api/selection.ts).
     */
    entityWith(sel: NodeSelection): DataLoader<string, EntityRow | null> {
      return memo(selected, sel, () => byKey(store, (tx, ids) => entitiesWithSelection(tx, ids, sel), null));
    },
    /** One relationship field for all parents of one level, the selection below it included. */
    related(sel: RelationSelection): DataLoader<string, Page<RelatedEdge>> {
      return memo(related, sel, () => byKey(store, (tx, ids) => relatedBatch(tx, ids, sel), { rows: [], total: 0, hasNextPage: false }));
    },
  };
}

function memo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

export type Loaders = ReturnType<typeof createLoaders>;
