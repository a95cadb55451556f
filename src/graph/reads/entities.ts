import Cypher from '@neo4j/cypher-builder';
import type { ManagedTransaction, Node } from 'neo4j-driver';
import { ENTITY_LABELS, type EntityLabel } from '../../model/vocabulary.ts';
import { entityPredicate, type EntityFilter } from './entity-filter.ts';
import { toPage, type Keyset, type Page } from './paging.ts';
import { toEntity, type EntityRow } from './rows.ts';

export async function entitiesByIds(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, EntityRow>> {
  const res = await tx.run('UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e', { ids });
  return new Map(res.records.map((r) => {
    const e = toEntity(r.get('e') as Node);
    return [e.id, e];
  }));
}

export type EntitySortField = 'NAME' | 'MENTIONS';
export interface EntitySort {
  field: EntitySortField;
  direction: 'ASC' | 'DESC';
}

export interface EntityListArgs {
  label: EntityLabel | null;
  filter?: EntityFilter | null;
  sort?: EntitySort | null;
  first: number;
  after?: Keyset | null;
}

export interface ListedEntity {
  entity: EntityRow;
  /** The sort key (name or mention count): what the row's cursor encodes. */
  key: string | number;
}

/**
 * Entities of one label (or all) matching a filter, sorted by name or by number of mentions,
 * keyset-paged on (key, id): the cursor holds the last row's key, so every sort pages stably.
 */
export async function listEntities(tx: ManagedTransaction, a: EntityListArgs): Promise<Page<ListedEntity>> {
  const e = new Cypher.NamedNode('e');
  const match = new Cypher.Match(new Cypher.Pattern(e, { labels: [a.label ?? 'Entity'] }));
  const where = entityPredicate(e, a.filter);
  if (where) match.where(where);
  const { cypher, params } = match.build();
  const sort = a.sort ?? { field: 'NAME', direction: 'ASC' };
  const key = sort.field === 'NAME' ? 'e.name' : 'COUNT { (:Sentence)-[:MENTIONS]->(e) }';
  const [dir, beyond] = sort.direction === 'ASC' ? ['ASC', '>'] : ['DESC', '<'];
  const res = await tx.run(
    `${cypher}
     WITH e, ${key} AS k ORDER BY k ${dir}, e.id
     WITH collect({e: e, k: k}) AS rows
     RETURN size(rows) AS total,
            [x IN rows WHERE $after IS NULL OR x.k ${beyond} $after.key OR (x.k = $after.key AND x.e.id > $after.id)][0..$limit] AS page`,
    { ...params, after: a.after ?? null, limit: a.first + 1 },
  );
  const rec = res.records[0]!;
  const rows = (rec.get('page') as { e: Node; k: string | number }[]).map((x) => ({ entity: toEntity(x.e), key: x.k }));
  return toPage(rows, a.first, rec.get('total') as number);
}

// Label counts come from Neo4j's count store when each label is spelled out (O(1), no scan).
const COUNT_QUERY = ENTITY_LABELS.map((l) => `MATCH (e:${l}) RETURN '${l}' AS label, count(e) AS count`).join(' UNION ALL ');

export async function countsByLabel(tx: ManagedTransaction): Promise<{ label: EntityLabel; count: number }[]> {
  const res = await tx.run(COUNT_QUERY);
  // A label no node has ever carried yields no row at all, so fill in the zeros.
  const found = new Map(res.records.map((r) => [r.get('label') as string, r.get('count') as number]));
  return ENTITY_LABELS.map((label) => ({ label, count: found.get(label) ?? 0 }));
}
