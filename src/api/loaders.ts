import DataLoader from 'dataloader';
import type {
  ArticleKeyRow,
  EntityRow,
  EntityStats,
  GraphReader,
  MentionRow,
  NodeSelection,
  Page,
  PageArgs,
  RelatedEdge,
  RelationSelection,
  Reported,
  SentenceRow,
} from '../graph/index.ts';

// One loader per kind of lookup: all parents at one nesting level are fetched in one query, so
// the number of Cypher round trips grows with the depth of a query, not with its results.

type BatchRead<V> = (keys: readonly string[]) => Promise<Map<string, V>>;

function byKey<V>(read: BatchRead<V>, empty: V): DataLoader<string, V> {
  return new DataLoader<string, V>(async (keys) => {
    const found = await read(keys);
    return keys.map((k) => found.get(k) ?? empty);
  });
}

export function createLoaders(reads: GraphReader) {
  const related = new Map<RelationSelection, DataLoader<string, Page<RelatedEdge>>>();
  const selected = new Map<NodeSelection, DataLoader<string, EntityRow | null>>();
  const paged = {
    mentions: new Map<string, DataLoader<string, Page<MentionRow>>>(),
    articles: new Map<string, DataLoader<string, Page<ArticleKeyRow>>>(),
    sentences: new Map<string, DataLoader<string, Page<SentenceRow>>>(),
  };
  return {
    entity: byKey<EntityRow | null>((ids) => reads.entities(ids), null),
    sentence: byKey((ids) => reads.sentences(ids), null),
    article: byKey((ids) => reads.articles(ids), null),
    sentenceMentions: byKey((ids) => reads.mentionsInSentences(ids), []),
    /** One page of each entity's mentions; one loader per page asked (a field position asks one for all its parents). */
    mentions(page: PageArgs): DataLoader<string, Page<MentionRow>> {
      return memo(paged.mentions, pageName(page), () => byKey((ids) => reads.mentionsOfEntities(ids, page), EMPTY_PAGE));
    },
    entityArticles(page: PageArgs): DataLoader<string, Page<ArticleKeyRow>> {
      return memo(paged.articles, pageName(page), () => byKey((ids) => reads.articlesOfEntities(ids, page), EMPTY_PAGE));
    },
    articleSentences(page: PageArgs): DataLoader<string, Page<SentenceRow>> {
      return memo(paged.sentences, pageName(page), () => byKey((ids) => reads.sentencesOfArticles(ids, page), EMPTY_PAGE));
    },
    reported: byKey<Reported>((ids) => reads.reportedOfEntities(ids), { firstDate: null, lastDate: null, articleCount: 0 }),
    stats: byKey<EntityStats>((ids) => reads.statsOfEntities(ids), { mentions: 0, articles: 0, statements: 0 }),
    /**
     * Entities with their selected relationship pages (one query for the whole tree). Loaders are
     * per selection object: selections are made once per field position (api/parse-selection.ts).
     */
    entityWith(sel: NodeSelection): DataLoader<string, EntityRow | null> {
      return memo(selected, sel, () => byKey<EntityRow | null>((ids) => reads.entitiesWithSelection(ids, sel), null));
    },
    /** One relationship field for all parents of one level, the selection below it included. */
    related(sel: RelationSelection): DataLoader<string, Page<RelatedEdge>> {
      return memo(related, sel, () => byKey((ids) => reads.related(ids, sel), EMPTY_PAGE));
    },
  };
}

const EMPTY_PAGE: Page<never> = { rows: [], total: 0, hasNextPage: false };
const pageName = (p: PageArgs) => JSON.stringify([p.first, p.after, p.total]);

function memo<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

export type Loaders = ReturnType<typeof createLoaders>;
