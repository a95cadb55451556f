import Cypher from '@neo4j/cypher-builder';
import neo4j, { type Node } from 'neo4j-driver';
import type { ArticleKeyRow, ArticleRow, Keyset, MentionRow, Page, SentenceMentionRow, SentenceRow } from '../rows.ts';
import type { QueryRunner } from '../sessions.ts';
import { dateRange } from './entity-filter.ts';
import { toPage } from './paging.ts';
import { entityMap, fromEntityMap, toArticle, toSentence, type EntityMap } from './projections.ts';

// Where facts come from: articles, their sentences, and the spans that mention each entity.

export async function sentencesByIds(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, SentenceRow>> {
  const res = await tx.run('UNWIND $ids AS id MATCH (s:Sentence {id: id}) RETURN s', { ids });
  return new Map(
    res.records.map((r) => {
      const s = toSentence(r.get('s') as Node);
      return [s.id, s];
    }),
  );
}

export async function articlesByIds(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, ArticleRow>> {
  const res = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a', { ids });
  return new Map(
    res.records.map((r) => {
      const a = toArticle(r.get('a') as Node);
      return [a.id, a];
    }),
  );
}

/** A page of a per-parent list: its size, the position after which it starts, and whether to count every row. */
export interface PageArgs {
  first: number;
  after: Keyset | null;
  total: boolean;
}

/**
 * Each entity's mentions in (article id, offset) order, one keyset page each: the order, the
 * cursor and the LIMIT are in the Cypher (COLLECT {}), so an entity named in 100k articles sends
 * one page, not every mention; the total is a COUNT {}, read only when asked.
 */
export async function mentionsOfEntities(tx: QueryRunner, ids: readonly string[], p: PageArgs): Promise<Map<string, Page<MentionRow>>> {
  const res = await tx.run(
    `UNWIND $ids AS eid MATCH (e:Entity {id: eid})
     RETURN eid, ${p.total ? 'COUNT { MATCH (:Sentence)-[:MENTIONS]->(e) }' : 'null'} AS total,
       COLLECT { MATCH (s:Sentence)-[m:MENTIONS]->(e)
         WHERE $afterKey IS NULL OR s.articleId > $afterKey OR (s.articleId = $afterKey AND m.start > $afterStart)
         WITH s, m ORDER BY s.articleId, m.start LIMIT $limit
         RETURN {sentenceId: s.id, articleId: s.articleId, start: m.start, end: m.end, text: m.text} } AS rows`,
    { ids, afterKey: p.after?.key ?? null, afterStart: p.after?.key2 ?? null, limit: neo4j.int(p.first + 1) },
  );
  return pagesOf(res.records, 'eid', p.first);
}

export async function mentionsInSentences(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, SentenceMentionRow[]>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (s:Sentence {id: id})-[m:MENTIONS]->(e:Entity)
     WITH id, s, m, e ORDER BY m.start, m.end DESC, e.id
     RETURN id, collect({sentenceId: s.id, articleId: s.articleId, start: m.start, end: m.end, text: m.text, e: ${entityMap('e')}}) AS mentions`,
    { ids },
  );
  return new Map(
    res.records.map((r) => [
      r.get('id') as string,
      (r.get('mentions') as (MentionRow & { e: EntityMap })[]).map(({ e, ...m }) => ({ ...m, entity: fromEntityMap(e) })),
    ]),
  );
}

/**
 * The keys of the articles that mention each entity, newest first (undated last), one keyset page
 * each, ordered and limited in the Cypher. Keys and dates only: the articles themselves (text
 * included) are read for the page alone, by key (articlesByIds).
 */
export async function articlesOfEntities(tx: QueryRunner, ids: readonly string[], p: PageArgs): Promise<Map<string, Page<ArticleKeyRow>>> {
  const res = await tx.run(
    `UNWIND $ids AS eid MATCH (e:Entity {id: eid})
     RETURN eid, ${p.total ? 'COUNT { MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e) RETURN DISTINCT a }' : 'null'} AS total,
       COLLECT { MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e)
         WITH DISTINCT a WITH a.id AS aid, coalesce(a.published, '') AS k
         WHERE $afterKey IS NULL OR k < $afterKey OR (k = $afterKey AND aid > $afterId)
         WITH aid, k ORDER BY k DESC, aid LIMIT $limit
         RETURN {id: aid, published: k} } AS rows`,
    { ids, afterKey: p.after?.key ?? null, afterId: p.after?.id ?? null, limit: neo4j.int(p.first + 1) },
  );
  return pagesOf(res.records, 'eid', p.first);
}

/** Sentences of each article in text order, one keyset page (by index) each; the total is the article's sentence count. */
export async function sentencesOfArticles(tx: QueryRunner, ids: readonly string[], p: PageArgs): Promise<Map<string, Page<SentenceRow>>> {
  const res = await tx.run(
    `UNWIND $ids AS aid MATCH (a:Article {id: aid})
     RETURN aid, a.sentenceCount AS total,
       COLLECT { MATCH (a)-[:HAS_SENTENCE]->(s:Sentence) WHERE $afterIndex IS NULL OR s.index > $afterIndex
         WITH s ORDER BY s.index LIMIT $limit RETURN s } AS rows`,
    { ids, afterIndex: p.after?.key ?? null, limit: neo4j.int(p.first + 1) },
  );
  const pages = pagesOf<Node>(res.records, 'aid', p.first);
  return new Map([...pages].map(([id, page]) => [id, { ...page, rows: page.rows.map(toSentence) }]));
}

/** One page per record: its parent's id under `idKey`, its rows (first + 1 of them at most) and total. */
function pagesOf<T>(records: readonly { get(k: string): unknown }[], idKey: string, first: number): Map<string, Page<T>> {
  return new Map(records.map((r) => [r.get(idKey) as string, toPage(r.get('rows') as T[], first, (r.get('total') as number | null) ?? 0)]));
}

export interface ArticleListArgs {
  first: number;
  after?: Keyset | null;
  from?: string | null;
  to?: string | null;
}

/** Articles newest first (by published date, then id), optionally within a date range, keyset-paged. */
export async function listArticles(tx: QueryRunner, a: ArticleListArgs): Promise<Page<ArticleRow>> {
  const x = new Cypher.NamedNode('a');
  const match = new Cypher.Match(new Cypher.Pattern(x, { labels: ['Article'] }));
  if (a.from || a.to) match.where(dateRange(x.property('published'), a.from, a.to));
  const { cypher, params } = match.build();
  const res = await tx.run(
    `${cypher} WITH a, coalesce(a.published, '') AS k ORDER BY k DESC, a.id
     WITH collect({a: a, k: k}) AS rows
     RETURN size(rows) AS total,
            [x IN rows WHERE $after IS NULL OR x.k < $after.key OR (x.k = $after.key AND x.a.id > $after.id) | x.a][0..$limit] AS page`,
    { ...params, after: a.after ?? null, limit: a.first + 1 },
  );
  const rec = res.records[0]!;
  return toPage((rec.get('page') as Node[]).map(toArticle), a.first, rec.get('total') as number);
}
