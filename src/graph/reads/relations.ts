import neo4j, { type ManagedTransaction, type Node, type Relationship } from 'neo4j-driver';
import type { EntityLabel, RelationType } from '../../model/vocabulary.ts';
import { toPage, type Keyset, type Page } from './paging.ts';
import { toEntity, toEvidence, type EntityRow, type EvidenceRow } from './rows.ts';

export interface RelatedEdge {
  node: EntityRow;
  type: RelationType;
  evidence: EvidenceRow[];
}

export interface RelatedArgs {
  type: RelationType;
  direction: 'OUT' | 'IN';
  /** Only neighbours with one of these labels; null for any. */
  labels: readonly EntityLabel[] | null;
  first: number;
  after?: Keyset | null;
}

/**
 * One relationship field for many parents in one query (the DataLoader batch), each parent's
 * neighbours ordered by (name, id) and keyset-paged. The total is a COUNT {} subquery and the page
 * a sorted, limited subquery, so a hub parent costs its page, not a list of all its neighbours.
 */
export async function relatedBatch(tx: ManagedTransaction, ids: readonly string[], a: RelatedArgs): Promise<Map<string, Page<RelatedEdge>>> {
  const pattern = a.direction === 'OUT' ? `(s)-[r:${a.type}]->(t:Entity)` : `(s)<-[r:${a.type}]-(t:Entity)`;
  const labelled = '($labels IS NULL OR any(l IN labels(t) WHERE l IN $labels))';
  const res = await tx.run(
    `UNWIND $ids AS sid
     MATCH (s:Entity {id: sid})
     CALL (s) {
       MATCH ${pattern}
       WHERE ${labelled} AND ($after IS NULL OR t.name > $after.key OR (t.name = $after.key AND t.id > $after.id))
       WITH r, t ORDER BY t.name, t.id LIMIT $limit
       RETURN collect({r: r, t: t}) AS page
     }
     RETURN sid, COUNT { MATCH ${pattern} WHERE ${labelled} } AS total, page`,
    { ids, labels: a.labels, after: a.after ?? null, limit: neo4j.int(a.first + 1) },
  );
  const out = new Map<string, Page<RelatedEdge>>();
  for (const rec of res.records) {
    const page = (rec.get('page') as { r: Relationship; t: Node }[]).map((x) => ({ node: toEntity(x.t), type: a.type, evidence: toEvidence(x.r) }));
    out.set(rec.get('sid') as string, toPage(page, a.first, rec.get('total') as number));
  }
  return out;
}
