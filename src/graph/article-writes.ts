import type { ManagedTransaction } from 'neo4j-driver';
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { articleId, sentenceId, sha256 } from '../model/ids.ts';
import { ENTITY_LABELS, RELATION_TYPES } from '../model/vocabulary.ts';
import { refreshAliases } from './aliases.ts';
import { followRedirects } from './redirects.ts';

// The write side of the graph. Labels and relationship types are spliced into Cypher only from
// the vocabulary's closed lists (Cypher cannot take them as parameters); all values are parameters.

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
 * entities no text mentions any longer (except `keep`: a reload keeps the entities it writes
 * again, with their hand corrections). Returns true when the article existed.
 */
export async function unloadArticle(tx: ManagedTransaction, aid: string, keep: readonly string[] = []): Promise<boolean> {
  const touched = await touchedEntities(tx, aid);
  await tx.run(
    `UNWIND $touched AS id MATCH (:Entity {id: id})-[r]->(:Entity) WHERE $aid IN r.articleIds
     WITH DISTINCT r, [i IN range(0, size(r.evSentenceIds) - 1) WHERE NOT r.evSentenceIds[i] STARTS WITH $prefix] AS keep
     SET r.evSentenceIds = [i IN keep | r.evSentenceIds[i]], r.evStarts = [i IN keep | r.evStarts[i]],
         r.evEnds = [i IN keep | r.evEnds[i]], r.evTexts = [i IN keep | r.evTexts[i]],
         r.evImplicit = [i IN keep | r.evImplicit[i]], r.articleIds = [a IN r.articleIds WHERE a <> $aid]
     WITH r WHERE size(r.articleIds) = 0 DELETE r`,
    { touched, aid, prefix: `${aid}#` },
  );
  const gone = await tx.run(
    `MATCH (a:Article {id: $aid}) OPTIONAL MATCH (a)-[:HAS_SENTENCE]->(s:Sentence)
     DETACH DELETE s, a RETURN count(DISTINCT a) AS n`,
    { aid },
  );
  await tx.run(
    `UNWIND $touched AS id MATCH (e:Entity {id: id})
     WHERE NOT id IN $keep AND NOT EXISTS { (:Sentence)-[:MENTIONS]->(e) }
     OPTIONAL MATCH (r:Redirect)-[:REDIRECTS_TO]->(e)
     DETACH DELETE e, r`,
    { touched, keep },
  );
  await refreshAliases(tx, touched);
  return (gone.records[0]?.get('n') as number) > 0;
}

function sentenceOf(graph: ExtractedGraph, aid: string, offset: number): string {
  const s = graph.sentences.find((x) => offset >= x.start && offset < x.end) ?? graph.sentences.findLast((x) => x.start <= offset);
  return sentenceId(aid, (s ?? graph.sentences[0]!).index);
}

/** Writes one validated article (after unloading any earlier copy: loading twice changes nothing). */
export async function writeArticle(tx: ManagedTransaction, extracted: ExtractedGraph): Promise<{ articleId: string; replaced: boolean }> {
  const graph = await followRedirects(tx, extracted);
  const { body, title, source, published } = graph.article;
  const aid = articleId(body);
  const replaced = await unloadArticle(tx, aid, graph.entities.map((e) => e.id));
  await tx.run(
    `CREATE (a:Article {id: $aid, title: $title, source: $source, published: $published, text: $body,
                        contentHash: $hash, sentenceCount: size($sentences), loadedAt: datetime()})
     WITH a UNWIND $sentences AS s
     CREATE (a)-[:HAS_SENTENCE]->(:Sentence {id: s.id, articleId: $aid, index: s.index, start: s.start, end: s.end, text: s.text})`,
    {
      aid, title, source: source ?? null, published: published ?? null, body, hash: sha256(body),
      sentences: graph.sentences.map((s) => ({ ...s, id: sentenceId(aid, s.index), text: body.slice(s.start, s.end) })),
    },
  );
  // Entities are locked in one global order (label, then id), so concurrent ingests sharing
  // entities (a country, a minister) wait for each other instead of deadlocking.
  for (const label of ENTITY_LABELS) {
    const rows = graph.entities.filter((e) => e.type === label).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((e) => ({
      id: e.id,
      name: e.name,
      props: {
        ...Object.fromEntries(Object.entries(e.attributes ?? {}).map(([k, v]) => [`attr_${k.replace(/\W/g, '_')}`, v])),
        ...(label === 'Statement' ? { text: e.mentions[0]!.text, speech: e.speech ?? 'direct', articleId: aid } : {}),
      },
    }));
    if (rows.length === 0) continue;
    await tx.run(
      `UNWIND $rows AS row MERGE (e:Entity {id: row.id})
       ON CREATE SET e.name = row.name, e.createdAt = datetime()
       SET e:${label}, e += row.props`,
      { rows },
    );
  }
  const mentions = graph.entities.flatMap((e) => e.mentions.map((m) => ({ entityId: e.id, sentenceId: sentenceOf(graph, aid, m.start), ...m })));
  await tx.run(
    `UNWIND $mentions AS m MATCH (s:Sentence {id: m.sentenceId}) MATCH (e:Entity {id: m.entityId})
     CREATE (s)-[:MENTIONS {start: m.start, end: m.end, text: m.text}]->(e)`,
    { mentions },
  );
  for (const type of RELATION_TYPES) {
    const rows = graph.relations.filter((r) => r.type === type).map((r) => ({
      from: r.from,
      to: r.to,
      sentenceIds: r.evidence.map((s) => sentenceOf(graph, aid, s.start)),
      starts: r.evidence.map((s) => s.start),
      ends: r.evidence.map((s) => s.end),
      texts: r.evidence.map((s) => s.text),
      implicit: r.evidence.map(() => r.implicit === true),
    }));
    if (rows.length === 0) continue;
    await tx.run(
      `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
       MERGE (a)-[r:${type}]->(b)
       SET r.evSentenceIds = coalesce(r.evSentenceIds, []) + row.sentenceIds, r.evStarts = coalesce(r.evStarts, []) + row.starts,
           r.evEnds = coalesce(r.evEnds, []) + row.ends, r.evTexts = coalesce(r.evTexts, []) + row.texts,
           r.evImplicit = coalesce(r.evImplicit, []) + row.implicit,
           r.articleIds = [x IN coalesce(r.articleIds, []) WHERE x <> $aid] + $aid`,
      { rows, aid },
    );
  }
  await refreshAliases(tx, graph.entities.map((e) => e.id));
  return { articleId: aid, replaced };
}
