import neo4j, { type ManagedTransaction, type Node, type Relationship } from 'neo4j-driver';
import { RELATION_TYPES, type RelationType } from '../../model/vocabulary.ts';
import { toEntity, toEvidence, type EntityRow, type EvidenceRow } from './rows.ts';

// Subgraphs for drawing: entities and the relationships between them, never sentences or articles.

export interface GraphEdgeRow {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  evidence: EvidenceRow[];
}

export interface GraphView {
  nodes: EntityRow[];
  edges: GraphEdgeRow[];
  /** True when a bound (node limit, fan-out, path count) left something out. */
  truncated: boolean;
}

const TYPES = RELATION_TYPES.join('|');
export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_PATH_HOPS = 6;

function toEdge(r: Relationship, source: string, target: string): GraphEdgeRow {
  return { id: `${source}-${r.type}->${target}`, type: r.type as RelationType, source, target, evidence: toEvidence(r) };
}

/** The entities with these ids and every relationship among them. */
async function induced(tx: ManagedTransaction, ids: string[], truncated: boolean): Promise<GraphView> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (n:Entity {id: id})
     OPTIONAL MATCH (n)-[r:${TYPES}]->(m:Entity) WHERE m.id IN $ids
     RETURN n, collect({r: r, target: m.id}) AS out`,
    { ids },
  );
  const nodes: EntityRow[] = [];
  const edges: GraphEdgeRow[] = [];
  for (const rec of res.records) {
    const n = toEntity(rec.get('n') as Node);
    nodes.push(n);
    for (const o of rec.get('out') as { r: Relationship | null; target: string | null }[]) if (o.r && o.target) edges.push(toEdge(o.r, n.id, o.target));
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  nodes.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  edges.sort((a, b) => a.id.localeCompare(b.id));
  return { nodes, edges, truncated };
}

/**
 * Breadth-first from one entity, up to `depth` hops, at most `fanout` neighbours per node (by
 * name) and `limit` nodes in all; one query per level, all in the caller's transaction.
 */
export async function neighborhood(tx: ManagedTransaction, id: string, depth: number, limit: number, fanout: number): Promise<GraphView | null> {
  const seen = new Set<string>();
  const start = await tx.run('MATCH (n:Entity {id: $id}) RETURN n.id AS id', { id });
  if (start.records.length === 0) return null;
  seen.add(id);
  let frontier = [id];
  let truncated = false;
  for (let level = 1; level <= depth && frontier.length > 0 && !truncated; level++) {
    const res = await tx.run(
      `UNWIND $frontier AS fid MATCH (a:Entity {id: fid})
       CALL (a) { MATCH (a)-[:${TYPES}]-(b:Entity) WITH DISTINCT b ORDER BY b.name, b.id RETURN b LIMIT $fetch }
       RETURN a.id AS aid, collect(b.id) AS ids`,
      { frontier, fetch: neo4j.int(fanout + 1) },
    );
    const next: string[] = [];
    for (const rec of res.records) {
      const ids = rec.get('ids') as string[];
      if (ids.length > fanout) truncated = true;
      for (const b of ids.slice(0, fanout)) {
        if (seen.has(b)) continue;
        if (seen.size >= limit) {
          truncated = true;
          break;
        }
        seen.add(b);
        next.push(b);
      }
    }
    frontier = next;
  }
  return induced(tx, [...seen], truncated);
}

/** Up to `limit` shortest paths of at most `maxHops` entity relationships; each path as node keys. */
export async function paths(tx: ManagedTransaction, from: string, to: string, maxHops: number, limit: number): Promise<(GraphView & { paths: string[][] }) | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new RangeError('maxHops out of range');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RangeError('limit out of range');
  const ends = await tx.run('MATCH (n:Entity) WHERE n.id IN [$from, $to] RETURN count(n) AS n', { from, to });
  if ((ends.records[0]!.get('n') as number) < (from === to ? 1 : 2)) return null;
  if (from === to) return { ...(await induced(tx, [from], false)), paths: [[from]] };
  // Quantifier bounds and the path count cannot be parameters: both are checked integers above.
  const res = await tx.run(
    `MATCH p = SHORTEST ${limit + 1} (a:Entity {id: $from})-[:${TYPES}]-{1,${maxHops}}(b:Entity {id: $to})
     RETURN [n IN nodes(p) | n.id] AS ids`,
    { from, to },
  );
  const found = res.records.map((r) => r.get('ids') as string[]);
  const kept = found.slice(0, limit);
  const view = await induced(tx, [...new Set(kept.flat())], found.length > limit);
  // Only the edges the kept paths walk along.
  const walked = new Set(kept.flatMap((p) => p.slice(1).map((id, i) => [p[i], id].sort().join('\u0000'))));
  return { ...view, edges: view.edges.filter((e) => walked.has([e.source, e.target].sort().join('\u0000'))), paths: kept };
}
