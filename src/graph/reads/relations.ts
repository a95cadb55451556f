import type { Page, RelatedEdge } from '../rows.ts';
import type { QueryRunner } from '../sessions.ts';
import { fromPage, Params, relationPage, type ProjectedPage, type RelationSelection } from './compile-selection.ts';

/**
 * One relationship field for many parents in one query (the DataLoader batch), each parent's
 * neighbours ordered by (name, id) and keyset-paged, with the selection below the field compiled
 * into the same query. The total is a COUNT {} subquery and the page a sorted, limited
 * subquery, so a hub parent costs its page, not a list of all its neighbours.
 */
export async function relatedBatch(
  tx: QueryRunner,
  ids: readonly string[],
  sel: RelationSelection,
): Promise<Map<string, Page<RelatedEdge>>> {
  const params = new Params();
  const page = relationPage('s', { ...sel, onLabel: null }, params);
  const res = await tx.run(`UNWIND $ids AS sid MATCH (s:Entity {id: sid}) RETURN sid, ${page} AS page`, { ...params.values, ids });
  return new Map(res.records.map((rec) => [rec.get('sid') as string, fromPage(rec.get('page') as ProjectedPage, sel)]));
}
