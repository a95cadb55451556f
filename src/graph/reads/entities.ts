import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { ENTITY_LABELS, type EntityLabel } from '../../model/vocabulary.ts';
import { entityPredicate, filterAnchor, type EntityFilter } from './entity-filter.ts';
import type { EntityProp, EntityRow, Keyset, LabelCount, ListedEntity, Page } from '../rows.ts';
import type { QueryRunner } from '../sessions.ts';
import {
  fromProjection,
  fromSplitProjection,
  nodeProjection,
  Params,
  splitProjection,
  type NodeSelection,
  type Projected,
} from './compile-selection.ts';
import { toPage } from './paging.ts';
import { ALL_ENTITY_PROPS, entityMap, fromEntityMap, type EntityMap } from './projections.ts';

/** Entities with every property an EntityRow holds (the loader behind `entity`, `node` and writes' answers). */
export function entitiesByIds(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, EntityRow>> {
  return entitiesWithSelection(tx, ids, { props: ALL_ENTITY_PROPS, relations: [] });
}

/**
 * Entities with the relationship pages a selection asks for, all in one query: without pages one
 * record per entity; with pages each entity in pieces (compile-selection.ts, splitProjection), put together here.
 */
export async function entitiesWithSelection(tx: QueryRunner, ids: readonly string[], sel: NodeSelection): Promise<Map<string, EntityRow>> {
  const params = new Params();
  if (sel.relations.length === 0) {
    const res = await tx.run(`UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN ${nodeProjection('e', sel, params)} AS e`, {
      ...params.values,
      ids,
    });
    return new Map(
      res.records.map((r) => {
        const e = fromProjection(r.get('e') as Projected, sel);
        return [e.id, e];
      }),
    );
  }
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (e:Entity {id: id}) CALL (e) {\n${splitProjection('e', sel, params)}\n} RETURN id, part, i, item`,
    { ...params.values, ids },
  );
  const parts = new Map<string, [number, number, unknown][]>();
  for (const r of res.records) {
    const id = r.get('id') as string;
    let list = parts.get(id);
    if (!list) parts.set(id, (list = []));
    list.push([r.get('part') as number, r.get('i') as number, r.get('item')]);
  }
  const out = new Map<string, EntityRow>();
  for (const [id, list] of parts) {
    const e = fromSplitProjection(list, sel);
    if (e) out.set(id, e);
  }
  return out;
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
  /** The properties to read beyond id, label and name (all when not given). */
  props?: readonly EntityProp[];
}

/**
 * Entities of one label (or all) matching a filter, sorted by name or by number of mentions,
 * keyset-paged on (key, id): the cursor holds the last row's key, so every sort pages stably.
 *
 * A top-level article/topic/country condition anchors the match (index seek on that node's id,
 * then expand) instead of scanning the label. The total and the page are two subqueries: the page
 * is sorted and limited in Cypher (by name it can follow the entity_name index), so neither
 * collects every matching row.
 */
export async function listEntities(tx: QueryRunner, a: EntityListArgs): Promise<Page<ListedEntity>> {
  const e = new Cypher.NamedNode('e');
  const label = a.label ?? 'Entity';
  // Validates the whole filter (nesting, size, dates) even when part of it becomes the anchor.
  const full = entityPredicate(e, a.filter);
  const anchor = filterAnchor(e, label, a.filter);
  const sort = a.sort ?? { field: 'NAME', direction: 'ASC' };
  const byName = sort.field === 'NAME';
  let match: Cypher.Match;
  let where: Cypher.Predicate | undefined;
  if (anchor) {
    match = new Cypher.Match(anchor.pattern);
    where = entityPredicate(e, anchor.rest);
  } else {
    // Spelling out :Entity and `name IS NOT NULL` (every entity has a name) lets the planner
    // read the page in entity_name index order instead of sorting the whole label.
    match = new Cypher.Match(new Cypher.Pattern(e, { labels: byName && label !== 'Entity' ? ['Entity', label] : [label] }));
    where = full;
  }
  if (where) match.where(where);
  const { cypher, params } = match.build();
  const distinct = anchor ? 'WITH DISTINCT e' : 'WITH e';
  const nameGuard = byName && !anchor ? 'WHERE e.name IS NOT NULL' : '';
  // With no condition at all the total comes from the count store (label is a checked EntityLabel).
  const count = anchor || where ? `${cypher} ${distinct} RETURN count(e) AS total` : `MATCH (e:${label}) RETURN count(e) AS total`;
  const key = byName ? 'e.name' : 'COUNT { (:Sentence)-[:MENTIONS]->(e) }';
  const [dir, beyond] = sort.direction === 'ASC' ? ['ASC', '>'] : ['DESC', '<'];
  const res = await tx.run(
    `CALL () { ${count} }
     CALL () {
       ${cypher} ${distinct} ${nameGuard}
       WITH e, ${key} AS k
       WHERE $after IS NULL OR k ${beyond} $after.key OR (k = $after.key AND e.id > $after.id)
       WITH e, k ORDER BY k ${dir}, e.id LIMIT $limit
       RETURN collect({e: ${entityMap('e', a.props)}, k: k}) AS page
     }
     RETURN total, page`,
    { ...params, after: a.after ?? null, limit: neo4j.int(a.first + 1) },
  );
  const rec = res.records[0]!;
  const rows = (rec.get('page') as { e: EntityMap; k: string | number }[]).map((x) => ({ entity: fromEntityMap(x.e), key: x.k }));
  return toPage(rows, a.first, rec.get('total') as number);
}

// Label counts come from Neo4j's count store when each label is spelled out (O(1), no scan).
const COUNT_QUERY = ENTITY_LABELS.map((l) => `MATCH (e:${l}) RETURN '${l}' AS label, count(e) AS count`).join(' UNION ALL ');

export async function countsByLabel(tx: QueryRunner): Promise<LabelCount[]> {
  const res = await tx.run(COUNT_QUERY);
  // A label no node has ever carried yields no row at all, so fill in the zeros.
  const found = new Map(res.records.map((r) => [r.get('label') as string, r.get('count') as number]));
  return ENTITY_LABELS.map((label) => ({ label, count: found.get(label) ?? 0 }));
}
