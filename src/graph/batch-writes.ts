import type { ManagedTransaction } from 'neo4j-driver';
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { articleId } from '../model/ids.ts';
import { RELATION_TYPES } from '../model/vocabulary.ts';
import { BatchRows, foldRelations, sortedBy } from './batch-rows.ts';
import { type ChangeSet, emptyChange, factCountries, relationKey } from './change-log.ts';
import { applyRedirects } from './redirects.ts';
import { unloadExisting } from './unload-article.ts';

// The one write path for articles: any number of validated articles in the caller's write
// transaction, in a fixed number of statements whatever the batch size: one lookup (which of the
// articles are in the graph already, which entity keys were merged away), an unload of each earlier
// copy (only on a reload: loading twice changes nothing), then five statements for the whole batch
// (labels as dynamic labels of Neo4j 5.26, whose values come from the validated vocabulary). Few
// statements keep the transaction short, which matters because GraphStore runs a process's writes
// one at a time.
//
// Costs that grow with the graph are kept out of the per-article path: no query per article, and
// relationships are MERGEd with their type spelled out (one subquery per type of the vocabulary),
// so checking whether a hub (a leader, a country with a MENTIONS per article) already has the
// relationship reads only its relationships of that type, not all of them.

export async function writeArticles(
  tx: ManagedTransaction,
  input: readonly ExtractedGraph[],
): Promise<{ articleIds: string[]; replaced: number; change: ChangeSet }> {
  // One copy per text (loading the same text twice is one article).
  const byId = new Map<string, ExtractedGraph>();
  for (const g of input) {
    const aid = articleId(g.article.body);
    if (!byId.has(aid)) byId.set(aid, g);
  }
  const look = await tx.run(
    `CALL () { UNWIND $aids AS aid MATCH (a:Article {id: aid}) RETURN collect(aid) AS existing }
     CALL () { UNWIND $ids AS id MATCH (:Redirect {id: id})-[:REDIRECTS_TO]->(e:Entity) RETURN collect([id, e.id]) AS redirects }
     CALL () { UNWIND $ids AS id MATCH (:Entity {id: id}) RETURN collect(id) AS present }
     RETURN existing, redirects, present`,
    { aids: [...byId.keys()], ids: [...new Set([...byId.values()].flatMap((g) => g.entities.map((e) => e.id)))] },
  );
  const existing = look.records[0]!.get('existing') as string[];
  const redirects = new Map(look.records[0]!.get('redirects') as [string, string][]);
  // Entities in the graph before this write (keys merged away lead to entities that are): the
  // others are facts the write adds. A reload's unload below never removes one the batch writes.
  const present = new Set([...(look.records[0]!.get('present') as string[]), ...redirects.values()]);
  const articles = [...byId].map(([aid, g]) => [aid, applyRedirects(g, redirects)] as const);
  const removed = new Set<string>();
  // A reload keeps the entities the batch writes again (with their hand corrections).
  if (existing.length > 0) {
    const keep = [...new Set(articles.flatMap(([, g]) => g.entities.map((e) => e.id)))];
    for (const aid of existing) for (const fact of await unloadExisting(tx, aid, keep)) removed.add(fact);
  }
  const replaced = existing.length;

  // The five statements are sent without waiting for each other (Bolt pipelines them in the
  // transaction): the next one is Bolt-encoded here while Neo4j runs the
  // previous one. The first failure fails the transaction and rejects below.
  const sent: Promise<unknown>[] = [];

  const rows = new BatchRows();
  for (const [aid, g] of articles) rows.add(aid, g);
  sent.push(
    tx.run(
      `UNWIND $articles AS x
     CREATE (a:Article {id: x.aid, title: x.title, source: x.source, published: x.published, text: x.body,
                        contentHash: x.hash, sentenceCount: size(x.sentences), loadedAt: datetime()})
     WITH a, x UNWIND x.sentences AS s
     CREATE (a)-[:HAS_SENTENCE]->(:Sentence {id: s.id, articleId: x.aid, index: s.index, start: s.start, end: s.end, text: s.text})`,
      { articles: rows.articles },
    ),
  );

  // Nodes are touched in one global order (by id) and an entity that is already as written is
  // not written again, so writers sharing a hub (a country in every article) do not queue on it.
  // Two writers MERGEing the same new relationship can still deadlock: store.write retries them.
  sent.push(
    tx.run(
      `UNWIND $rows AS row MERGE (e:Entity {id: row.id})
     ON CREATE SET e.name = row.name, e.createdAt = datetime(), e.aliases = []
     WITH e, row
     CALL (e, row) { WITH * WHERE NOT row.label IN labels(e) SET e:$(row.label) }
     CALL (e, row) { WITH * WHERE any(k IN keys(row.props) WHERE e[k] IS NULL OR e[k] <> row.props[k]) SET e += row.props }`,
      { rows: sortedBy([...rows.entities.values()], (e) => e.id) },
    ),
  );
  sent.push(
    tx.run(
      `UNWIND $mentions AS m MATCH (s:Sentence {id: m.sentenceId}) MATCH (e:Entity {id: m.entityId})
     CREATE (s)-[:MENTIONS {start: m.start, end: m.end, text: m.text}]->(e)`,
      { mentions: sortedBy(rows.mentions, (m) => m.entityId) },
    ),
  );
  // Once no earlier copy is left, no relationship lists an article of this batch: the ids are
  // appended without scanning the list (a hub relationship lists thousands of articles). After an
  // unload they are still filtered, in case a relationship kept one.
  const articleIds =
    existing.length === 0
      ? 'coalesce(r.articleIds, []) + row.p.articleIds'
      : '[x IN coalesce(r.articleIds, []) WHERE NOT x IN row.p.articleIds] + row.p.articleIds';
  const relRows = sortedBy([...foldRelations(rows.relEvidence).values()], (r) => `${r.from}\u0000${r.to}`);
  // The relationships this write creates, for the change log: those whose two ends were both in
  // the graph before it are looked up first (one may already join them); the others are new.
  const pairs = relRows.filter((r) => present.has(r.from) && present.has(r.to)).map(({ from, type, to }) => ({ from, type, to }));
  const had = tx.run(
    `UNWIND $pairs AS p MATCH (:Entity {id: p.from})-[r]->(:Entity {id: p.to}) WHERE type(r) = p.type
     RETURN collect(p.from + ' ' + p.type + ' ' + p.to) AS had`,
    { pairs },
  );
  sent.push(had);
  sent.push(
    tx.run(
      RELATION_TYPES.map(
        (t) => `CALL () {
       UNWIND $${t} AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
       MERGE (a)-[r:${t}]->(b)
       ON CREATE SET r = row.p
       ON MATCH SET r.evSentenceIds = coalesce(r.evSentenceIds, []) + row.p.evSentenceIds, r.evStarts = coalesce(r.evStarts, []) + row.p.evStarts,
           r.evEnds = coalesce(r.evEnds, []) + row.p.evEnds, r.evTexts = coalesce(r.evTexts, []) + row.p.evTexts,
           r.evImplicit = coalesce(r.evImplicit, []) + row.p.evImplicit, r.articleIds = ${articleIds} }`,
      ).join('\n'),
      Object.fromEntries(
        RELATION_TYPES.map((t) => [
          t,
          relRows
            .filter((r) => r.type === t)
            .map((r) => ({
              from: r.from,
              to: r.to,
              p: {
                evSentenceIds: r.sentenceIds,
                evStarts: r.starts,
                evEnds: r.ends,
                evTexts: r.texts,
                evImplicit: r.implicit,
                articleIds: r.aids,
              },
            })),
        ]),
      ),
    ),
  );
  // Loading only adds mentions, so aliases only gain forms: extend them, and leave an entity
  // (a hub country) untouched when it gains none.
  sent.push(
    tx.run(
      `UNWIND $rows AS row MATCH (e:Entity {id: row.id})
     WITH e, [f IN row.forms WHERE f <> e.name AND NOT f IN coalesce(e.aliases, [])] AS added
     WHERE size(added) > 0
     SET e.aliases = coalesce(e.aliases, []) + reduce(acc = [], f IN added | CASE WHEN f IN acc THEN acc ELSE acc + f END)`,
      { rows: sortedBy([...rows.forms], ([id]) => id).map(([id, f]) => ({ id, forms: [...f] })) },
    ),
  );
  await Promise.all(sent);
  const graphs = articles.map(([, g]) => g);
  const existed = new Set((await had).records[0]!.get('had') as string[]);
  const factsAdded = [
    ...new Set(graphs.flatMap((g) => g.entities.map((e) => e.id)).filter((id) => !present.has(id))),
    ...relRows.map((r) => relationKey(r.from, r.type, r.to)).filter((k) => !existed.has(k)),
  ];
  const added = new Set(factsAdded);
  const change: ChangeSet = {
    ...emptyChange('INGEST'),
    articlesAdded: articles.map(([aid]) => aid).filter((aid) => !existing.includes(aid)),
    articlesReplaced: existing,
    // A reload takes away what only the old copy supported and writes the new copy's facts: only the difference changed.
    factsAdded: factsAdded.filter((f) => !removed.has(f)),
    factsRemoved: [...removed].filter((f) => !added.has(f)),
  };
  change.factCountries = factCountries(change.factsAdded, graphs);
  return { articleIds: articles.map(([aid]) => aid), replaced, change };
}
