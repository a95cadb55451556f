import type { ManagedTransaction } from 'neo4j-driver';
import { refreshAliases } from './aliases.ts';
import { type ChangeSet, emptyChange } from './change-log.ts';

/** Ids of the entities an article mentions: every relation it supports starts from one of them. */
async function touchedEntities(tx: ManagedTransaction, aid: string): Promise<string[]> {
  const res = await tx.run(
    `MATCH (:Article {id: $aid})-[:HAS_SENTENCE]->(:Sentence)-[:MENTIONS]->(e:Entity)
     RETURN collect(DISTINCT e.id) AS ids`,
    { aid },
  );
  return (res.records[0]?.get('ids') as string[] | undefined) ?? [];
}

/**
 * Removes exactly what only this article supports: its sentences and mentions, its share of the
 * evidence on each relationship (the relationship goes when no article supports it any more), and
 * entities no text mentions any longer. Returns what it removed, or null when there was no such article.
 */
export async function unloadArticle(tx: ManagedTransaction, aid: string): Promise<ChangeSet | null> {
  const exists = await tx.run('MATCH (a:Article {id: $aid}) RETURN a.id', { aid });
  if (exists.records.length === 0) return null;
  return { ...emptyChange('DELETE'), articlesRemoved: [aid], factsRemoved: await unloadExisting(tx, aid, []) };
}

/**
 * unloadArticle for an article the caller has just seen in the graph (batch-writes looks all up in
 * one query), except `keep`: a reload keeps the entities it writes again, with their hand
 * corrections. Returns the keys of the relationships and entities it removed (change-log.ts).
 */
export async function unloadExisting(tx: ManagedTransaction, aid: string, keep: readonly string[]): Promise<string[]> {
  const touched = await touchedEntities(tx, aid);
  const relations = await tx.run(
    `UNWIND $touched AS id MATCH (:Entity {id: id})-[r]->(:Entity) WHERE $aid IN r.articleIds
     WITH DISTINCT r, [i IN range(0, size(r.evSentenceIds) - 1) WHERE NOT r.evSentenceIds[i] STARTS WITH $prefix] AS keep
     SET r.evSentenceIds = [i IN keep | r.evSentenceIds[i]], r.evStarts = [i IN keep | r.evStarts[i]],
         r.evEnds = [i IN keep | r.evEnds[i]], r.evTexts = [i IN keep | r.evTexts[i]],
         r.evImplicit = [i IN keep | r.evImplicit[i]], r.articleIds = [a IN r.articleIds WHERE a <> $aid]
     WITH r WHERE size(r.articleIds) = 0
     WITH r, startNode(r).id + ' ' + type(r) + ' ' + endNode(r).id AS key
     DELETE r
     RETURN collect(key) AS removed`,
    { touched, aid, prefix: `${aid}#` },
  );
  await tx.run(
    `MATCH (a:Article {id: $aid}) OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
     DETACH DELETE s, a`,
    { aid },
  );
  const entities = await tx.run(
    `UNWIND $touched AS id MATCH (e:Entity {id: id})
     WHERE NOT id IN $keep AND NOT EXISTS { (:Sentence)-[:MENTIONS]->(e) }
     OPTIONAL MATCH (r:Redirect)-[:REDIRECTS_TO]->(e)
     DETACH DELETE e, r
     RETURN collect(DISTINCT id) AS removed`,
    { touched, keep },
  );
  await refreshAliases(tx, touched);
  return [...(relations.records[0]!.get('removed') as string[]), ...(entities.records[0]!.get('removed') as string[])];
}
