import type { ManagedTransaction, Node } from 'neo4j-driver';
import { RELATION_TYPES } from '../model/vocabulary.ts';
import { refreshAliases } from './aliases.ts';
import { type ChangeSet, emptyChange, factCountries, relationKey } from './change-log.ts';
import { toEntity } from './reads/projections.ts';
import type { EntityRow } from './rows.ts';

// Hand corrections of the graph: merging two entities that are one, renaming, adding aliases.
// Relationship types are spliced only from the vocabulary's closed list; values are parameters.

export class EntityNotFoundError extends Error {
  constructor(readonly key: string) {
    super(`no entity has the key ${key}`);
  }
}

export class MergeRefusedError extends Error {}

async function fetchEntity(tx: ManagedTransaction, id: string): Promise<Node> {
  const res = await tx.run('MATCH (e:Entity {id: $id}) RETURN e', { id });
  if (res.records.length === 0) throw new EntityNotFoundError(id);
  return res.records[0]!.get('e') as Node;
}

async function entityRow(tx: ManagedTransaction, id: string): Promise<EntityRow> {
  await refreshAliases(tx, [id]);
  return toEntity(await fetchEntity(tx, id));
}

const APPEND_EVIDENCE = `SET n.evSentenceIds = coalesce(n.evSentenceIds, []) + r.evSentenceIds, n.evStarts = coalesce(n.evStarts, []) + r.evStarts,
      n.evEnds = coalesce(n.evEnds, []) + r.evEnds, n.evTexts = coalesce(n.evTexts, []) + r.evTexts,
      n.evImplicit = coalesce(n.evImplicit, []) + r.evImplicit,
      n.articleIds = coalesce(n.articleIds, []) + [a IN coalesce(r.articleIds, []) WHERE NOT a IN coalesce(n.articleIds, [])]`;

/** Re-points drop's relationships of one type at keep, appending evidence to any keep already has. */
async function moveRelationships(tx: ManagedTransaction, type: string, ids: { keep: string; drop: string }): Promise<void> {
  await tx.run(
    `MATCH (d:Entity {id: $drop})-[r:${type}]->(t:Entity) MATCH (k:Entity {id: $keep})
     CALL (r, t, k, d) { WITH * WHERE t <> k AND t <> d MERGE (k)-[n:${type}]->(t) ${APPEND_EVIDENCE} }
     DELETE r`,
    ids,
  );
  await tx.run(
    `MATCH (s:Entity)-[r:${type}]->(d:Entity {id: $drop}) MATCH (k:Entity {id: $keep})
     CALL (r, s, k) { WITH * WHERE s <> k MERGE (s)-[n:${type}]->(k) ${APPEND_EVIDENCE} }
     DELETE r`,
    ids,
  );
}

/**
 * Folds `drop` into `keep` in the caller's (write) transaction: relationships with their evidence
 * arrays, mentions, aliases (drop's name becomes a hand-added alias of keep) and the attributes
 * keep lacks; then deletes drop. A relationship between the two would become a loop: it goes.
 */
export async function mergeEntities(
  tx: ManagedTransaction,
  keepId: string,
  dropId: string,
): Promise<{ entity: EntityRow; change: ChangeSet }> {
  if (keepId === dropId) throw new MergeRefusedError('cannot merge an entity into itself');
  const keep = await fetchEntity(tx, keepId);
  const drop = await fetchEntity(tx, dropId);
  const [k, d] = [toEntity(keep), toEntity(drop)];
  if (k.label !== d.label) throw new MergeRefusedError(`cannot merge a ${d.label} into a ${k.label}: labels differ`);
  const ids = { keep: keepId, drop: dropId };
  const change = await mergeChange(tx, ids);
  const present = new Set(change.factsRemoved.map((f) => f.split(' ')[1]));
  for (const type of RELATION_TYPES) if (present.has(type)) await moveRelationships(tx, type, ids);
  await tx.run(
    `MATCH (r:Redirect)-[x:REDIRECTS_TO]->(:Entity {id: $drop}) MATCH (k:Entity {id: $keep})
     MERGE (r)-[:REDIRECTS_TO]->(k) DELETE x`,
    ids,
  );
  const attrs = Object.fromEntries(Object.entries(drop.properties).filter(([key]) => key.startsWith('attr_') && !(key in keep.properties)));
  await tx.run(
    `MATCH (d:Entity {id: $drop}), (k:Entity {id: $keep})
     OPTIONAL MATCH (s:Sentence)-[m:MENTIONS]->(d)
     CALL (s, m, k) { WITH * WHERE m IS NOT NULL MERGE (s)-[:MENTIONS {start: m.start, end: m.end, text: m.text}]->(k) }
     WITH DISTINCT d, k
     SET k += $attrs,
         k.manualAliases = reduce(acc = [], f IN coalesce(k.manualAliases, []) + coalesce(d.manualAliases, []) + [d.name] |
                                  CASE WHEN f IN acc THEN acc ELSE acc + f END)
     DETACH DELETE d`,
    { ...ids, attrs },
  );
  // Articles loaded later still name the dropped entity (and what was merged into it before) by
  // their old keys: those keys now lead to keep, so a re-ingest does not bring drop back.
  await tx.run(
    `MATCH (k:Entity {id: $keep})
     MERGE (r:Redirect {id: $drop}) MERGE (r)-[:REDIRECTS_TO]->(k)`,
    ids,
  );
  return { entity: await entityRow(tx, keepId), change };
}

/**
 * What a merge changes, read before it moves anything: drop and its relationships go; keep gains
 * each of them re-pointed at it that it did not have (one between the two would be a loop: it goes).
 */
async function mergeChange(tx: ManagedTransaction, ids: { keep: string; drop: string }): Promise<ChangeSet> {
  const rels = await tx.run(
    `MATCH (d:Entity {id: $drop})-[r]-(:Entity) RETURN collect(DISTINCT [startNode(r).id, type(r), endNode(r).id]) AS rels`,
    ids,
  );
  const dropped = rels.records[0]!.get('rels') as [string, string, string][];
  const moved = dropped
    .map(([from, type, to]) => [from === ids.drop ? ids.keep : from, type, to === ids.drop ? ids.keep : to] as const)
    .filter(([from, , to]) => from !== to);
  const had = await tx.run(
    `UNWIND $moved AS m MATCH (a:Entity {id: m[0]})-[r]->(b:Entity {id: m[2]}) WHERE type(r) = m[1]
     RETURN collect(a.id + ' ' + type(r) + ' ' + b.id) AS had`,
    { moved },
  );
  const existing = new Set(had.records[0]!.get('had') as string[]);
  const factsAdded = [...new Set(moved.map(([from, type, to]) => relationKey(from, type, to)))].filter((f) => !existing.has(f));
  return {
    ...emptyChange('MERGE'),
    factsAdded,
    factCountries: factCountries(factsAdded),
    factsRemoved: [ids.drop, ...dropped.map(([from, type, to]) => relationKey(from, type, to))],
    entitiesUpdated: [ids.keep],
  };
}

/** Renames an entity (its key stays) and/or replaces its hand-added aliases. */
export async function updateEntity(
  tx: ManagedTransaction,
  id: string,
  name: string | null,
  aliases: readonly string[] | null,
): Promise<{ entity: EntityRow; change: ChangeSet }> {
  await fetchEntity(tx, id);
  await tx.run(
    `MATCH (e:Entity {id: $id})
     SET e.name = coalesce($name, e.name), e.manualAliases = CASE WHEN $aliases IS NULL THEN e.manualAliases ELSE $aliases END`,
    { id, name, aliases },
  );
  return { entity: await entityRow(tx, id), change: { ...emptyChange('UPDATE'), entitiesUpdated: [id] } };
}
