import type { ManagedTransaction, Node } from 'neo4j-driver';
import { ENTITY_LABELS, type EntityLabel } from '../../model/vocabulary.ts';
import { toPage, type Keyset, type Page } from './paging.ts';
import { toEntity, type EntityRow } from './rows.ts';

export async function entitiesByIds(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, EntityRow>> {
  const res = await tx.run('UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e', { ids });
  return new Map(res.records.map((r) => {
    const e = toEntity(r.get('e') as Node);
    return [e.id, e];
  }));
}

export interface EntityListArgs {
  label: EntityLabel | null;
  nameContains?: string | null;
  first: number;
  after?: Keyset | null;
}

/** One label's entities by name (index-backed), keyset-paged on (name, id). */
export async function listEntities(tx: ManagedTransaction, a: EntityListArgs): Promise<Page<EntityRow>> {
  const res = await tx.run(
    `MATCH (e:Entity)
     WHERE ($label IS NULL OR $label IN labels(e))
       AND ($q IS NULL OR toLower(e.name) CONTAINS $q OR any(x IN e.aliases WHERE toLower(x) CONTAINS $q))
     WITH e ORDER BY e.name, e.id
     WITH collect(e) AS rows
     RETURN size(rows) AS total,
            [e IN rows WHERE $after IS NULL OR e.name > $after.key OR (e.name = $after.key AND e.id > $after.id)][0..$limit] AS page`,
    { label: a.label, q: a.nameContains ? a.nameContains.toLowerCase() : null, after: a.after ?? null, limit: a.first + 1 },
  );
  const rec = res.records[0]!;
  return toPage((rec.get('page') as Node[]).map(toEntity), a.first, rec.get('total') as number);
}

// Label counts come from Neo4j's count store when each label is spelled out (O(1), no scan).
const COUNT_QUERY = ENTITY_LABELS.map((l) => `MATCH (e:${l}) RETURN '${l}' AS label, count(e) AS count`).join(' UNION ALL ');

export async function countsByLabel(tx: ManagedTransaction): Promise<{ label: EntityLabel; count: number }[]> {
  const res = await tx.run(COUNT_QUERY);
  // A label no node has ever carried yields no row at all, so fill in the zeros.
  const found = new Map(res.records.map((r) => [r.get('label') as string, r.get('count') as number]));
  return ENTITY_LABELS.map((label) => ({ label, count: found.get(label) ?? 0 }));
}
