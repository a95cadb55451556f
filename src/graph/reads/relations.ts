import type { ManagedTransaction, Node, Relationship } from 'neo4j-driver';
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
 * neighbours ordered by (name, id) and keyset-paged.
 */
export async function relatedBatch(tx: ManagedTransaction, ids: readonly string[], a: RelatedArgs): Promise<Map<string, Page<RelatedEdge>>> {
  const pattern = a.direction === 'OUT' ? `(s)-[r:${a.type}]->(t:Entity)` : `(s)<-[r:${a.type}]-(t:Entity)`;
  const res = await tx.run(
    `UNWIND $ids AS sid
     MATCH (s:Entity {id: sid})
     OPTIONAL MATCH ${pattern}
     WHERE $labels IS NULL OR any(l IN labels(t) WHERE l IN $labels)
     WITH sid, r, t ORDER BY t.name, t.id
     WITH sid, collect(CASE WHEN t IS NULL THEN NULL ELSE {r: r, t: t} END) AS rows
     RETURN sid, size(rows) AS total,
            [x IN rows WHERE $after IS NULL OR x.t.name > $after.key OR (x.t.name = $after.key AND x.t.id > $after.id)][0..$limit] AS page`,
    { ids, labels: a.labels, after: a.after ?? null, limit: a.first + 1 },
  );
  const out = new Map<string, Page<RelatedEdge>>();
  for (const rec of res.records) {
    const page = (rec.get('page') as { r: Relationship; t: Node }[]).map((x) => ({ node: toEntity(x.t), type: a.type, evidence: toEvidence(x.r) }));
    out.set(rec.get('sid') as string, toPage(page, a.first, rec.get('total') as number));
  }
  return out;
}
