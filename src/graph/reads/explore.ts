import neo4j from 'neo4j-driver';
import { RELATION_TYPES, type RelationType } from '../../model/vocabulary.ts';
import type { EntityProp, EntityRow, GraphEdgeRow, GraphView } from '../rows.ts';
import type { QueryRunner } from '../sessions.ts';
import { entityMap, evidenceFromProperties, evidenceMap, fromEntityMap, type EntityMap } from './projections.ts';

// Subgraphs for drawing: entities and the relationships between them, never sentences or articles.

const TYPES = RELATION_TYPES.join('|');
export const MAX_NEIGHBORHOOD_DEPTH = 3;
export const MAX_PATH_HOPS = 6;

// `out` as positional [type, target, evidence] lists: fewer map keys for the driver to decode.
type InducedRow = { n: EntityMap; out: [RelationType, string | null, EvidenceLists][] };

/**
 * Cypher: `rows`, each node of the list `${nodes}` (in order) with its relationships to the others;
 * their evidence only when asked (it is most of what a relationship holds).
 */
const inducedRows = (nodes: string, props?: readonly EntityProp[]) => `CALL (${nodes}) {
       UNWIND ${nodes} AS n
       OPTIONAL MATCH (n)-[r:${TYPES}]->(m:Entity) WHERE m IN ${nodes}
       WITH n, collect([type(r), m.id, CASE WHEN $evidence THEN ${evidenceMap('r')} END]) AS out
       RETURN collect({n: ${entityMap('n', props)}, out: out}) AS rows
     }`;

type EvidenceLists = Record<string, unknown[]> | null;

function toEdge(source: string, type: RelationType, target: string, evidence: EvidenceLists): GraphEdgeRow {
  return { id: `${source}-${type}->${target}`, type, source, target, evidence: evidence ? evidenceFromProperties(evidence) : [] };
}

const byId = (a: GraphEdgeRow, b: GraphEdgeRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function toView(rows: InducedRow[], ids: string[], truncated: boolean): GraphView {
  const nodes: EntityRow[] = [];
  const edges: GraphEdgeRow[] = [];
  for (const row of rows) {
    const n = fromEntityMap(row.n);
    nodes.push(n);
    // target is null where the OPTIONAL MATCH found nothing
    for (const [type, target, evidence] of row.out) if (target !== null) edges.push(toEdge(n.id, type, target, evidence));
  }
  const order = new Map(ids.map((id, i) => [id, i]));
  nodes.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
  return { nodes, edges: edges.sort(byId), truncated };
}

/** One breadth-first level in Cypher: from `frontier` (in order), at most $fanout new neighbours per node, by (name, id). */
const level = `CALL (frontier) {
       UNWIND range(0, size(frontier) - 1) AS i
       WITH i, frontier[i] AS a
       CALL (a) { MATCH (a)-[:${TYPES}]-(b:Entity) WITH DISTINCT b ORDER BY b.name, b.id LIMIT $fetch RETURN collect(b) AS bs }
       WITH i, bs ORDER BY i
       RETURN collect(bs) AS groups
     }
     WITH seen, truncated OR any(g IN groups WHERE size(g) > $fanout) AS truncated,
          reduce(acc = [], g IN groups | acc + g[0..$fanout]) AS candidates
     CALL (seen, candidates) {
       UNWIND range(0, size(candidates) - 1) AS i
       WITH candidates[i] AS b, i WHERE NOT b IN seen
       WITH b, min(i) AS pos ORDER BY pos
       RETURN collect(b) AS fresh
     }
     WITH truncated OR size(seen) + size(fresh) > $limit AS truncated, fresh[0..($limit - size(seen))] AS frontier, seen
     WITH truncated, frontier, seen + frontier AS seen`;

/**
 * Breadth-first from one entity, up to `depth` hops, at most `fanout` neighbours per node (by
 * name) and `limit` nodes in all, in one query: one bounded expansion per level (as written out
 * for the depth asked), then the relationships among the nodes found. A node's neighbours beyond
 * `fanout`, or nodes beyond `limit`, set `truncated`; the levels below still expand from the
 * nodes kept (until `limit` is reached).
 */
export interface ExploreOptions {
  /** Read each edge's evidence (spans); without it edges carry none. */
  evidence: boolean;
  /** The node properties to read beyond id, label and name (all when not given). */
  props?: readonly EntityProp[];
  /**
   * Whether `truncated` is wanted (default true). It costs a search for one path more than the
   * limit, or one neighbour more than the fan-out per node, so it is skipped when nobody reads it;
   * `truncated` may then be false where it would be true.
   */
  truncated?: boolean;
}

export async function neighborhood(
  tx: QueryRunner,
  id: string,
  depth: number,
  limit: number,
  fanout: number,
  o: ExploreOptions,
): Promise<GraphView | null> {
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_NEIGHBORHOOD_DEPTH) throw new RangeError('depth out of range');
  // Each level is spelled out (depth is a checked integer): Cypher has no bounded BFS with per-node limits.
  const levels = Array.from({ length: depth }, () => level).join('\n     ');
  const res = await tx.run(
    `MATCH (s:Entity {id: $id})
     WITH [s] AS frontier, [s] AS seen, false AS truncated
     ${levels}
     ${inducedRows('seen', o.props)}
     RETURN [n IN seen | n.id] AS ids, truncated, rows`,
    // One neighbour more than the fan-out tells whether a node had more; not read when nobody asks.
    {
      id,
      fanout: neo4j.int(fanout),
      fetch: neo4j.int(o.truncated === false ? fanout : fanout + 1),
      limit: neo4j.int(limit),
      evidence: o.evidence,
    },
  );
  const rec = res.records[0];
  if (!rec) return null;
  return toView(rec.get('rows') as InducedRow[], rec.get('ids') as string[], rec.get('truncated') as boolean);
}

/** Up to `limit` shortest paths of at most `maxHops` entity relationships; each path as node keys. */
export async function paths(
  tx: QueryRunner,
  from: string,
  to: string,
  maxHops: number,
  limit: number,
  o: ExploreOptions,
): Promise<(GraphView & { paths: string[][] }) | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new RangeError('maxHops out of range');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RangeError('limit out of range');
  if (from === to) {
    const self = await tx.run(`MATCH (n:Entity {id: $from}) WITH [n] AS ns ${inducedRows('ns', o.props)} RETURN rows`, {
      from,
      evidence: o.evidence,
    });
    const rec = self.records[0];
    return rec ? { ...toView(rec.get('rows') as InducedRow[], [from], false), paths: [[from]] } : null;
  }
  // One query: both ends, the shortest paths, the nodes on the kept ones, and the relationships
  // between consecutive nodes of a kept path (matched between the two nodes, so a hub on a path
  // is not expanded whole). Quantifier bounds and the path count cannot be parameters: both are
  // checked integers above.
  const res = await tx.run(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     CALL (a, b) {
       MATCH p = SHORTEST ${o.truncated === false ? limit : limit + 1} (a)-[:${TYPES}]-{1,${maxHops}}(b)
       RETURN collect(nodes(p)) AS found
     }
     WITH found, found[0..$limit] AS kept
     WITH found, reduce(acc = [], p IN kept | acc + [x IN p WHERE NOT x IN acc]) AS ns,
          reduce(acc = [], p IN kept | acc + [i IN range(1, size(p) - 1) | [p[i - 1], p[i]]]) AS steps
     CALL (steps) {
       UNWIND steps AS step
       WITH DISTINCT step[0] AS x, step[1] AS y
       MATCH (x)-[r:${TYPES}]-(y)
       RETURN collect(DISTINCT {type: type(r), source: startNode(r).id, target: endNode(r).id,
         evidence: CASE WHEN $evidence THEN ${evidenceMap('r')} END}) AS walked
     }
     RETURN [p IN found | [n IN p | n.id]] AS found, [n IN ns | ${entityMap('n', o.props)}] AS nodes, walked`,
    { from, to, limit: neo4j.int(limit), evidence: o.evidence },
  );
  const rec = res.records[0];
  if (!rec) return null;
  const found = rec.get('found') as string[][];
  const walked = rec.get('walked') as { type: RelationType; source: string; target: string; evidence: EvidenceLists }[];
  const edges = walked.map((e) => toEdge(e.source, e.type, e.target, e.evidence)).sort(byId);
  const nodes = (rec.get('nodes') as EntityMap[]).map(fromEntityMap);
  return { nodes, edges, truncated: found.length > limit, paths: found.slice(0, limit) };
}
