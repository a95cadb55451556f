import Cypher from '@neo4j/cypher-builder';
import type { Node } from 'neo4j-driver';
import type { ArticleRow, Keyset, MentionRow, Page, SentenceMentionRow, SentenceRow } from '../rows.ts';
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

export async function mentionsOfEntities(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, MentionRow[]>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (s:Sentence)-[m:MENTIONS]->(:Entity {id: id})
     WITH id, s, m ORDER BY s.articleId, m.start
     RETURN id, collect({sentenceId: s.id, articleId: s.articleId, start: m.start, end: m.end, text: m.text}) AS mentions`,
    { ids },
  );
  return new Map(res.records.map((r) => [r.get('id') as string, r.get('mentions') as MentionRow[]]));
}

export async function mentionsInSentences(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, SentenceMentionRow[]>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (s:Sentence {id: id})-[m:MENTIONS]->(e:Entity)
     WITH id, s, m, e ORDER BY m.start, m.end DESC
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

export async function articlesOfEntities(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, ArticleRow[]>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (a:Article)-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(:Entity {id: id})
     WITH DISTINCT id, a ORDER BY a.published DESC, a.id
     RETURN id, collect(a) AS articles`,
    { ids },
  );
  return new Map(res.records.map((r) => [r.get('id') as string, (r.get('articles') as Node[]).map(toArticle)]));
}

export async function sentencesOfArticles(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, SentenceRow[]>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (:Article {id: id})-[:HAS_SENTENCE]->(s:Sentence)
     WITH id, s ORDER BY s.index RETURN id, collect(s) AS sentences`,
    { ids },
  );
  return new Map(res.records.map((r) => [r.get('id') as string, (r.get('sentences') as Node[]).map(toSentence)]));
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
