import neo4j from 'neo4j-driver';
import { RELATION_TYPES, type RelationType } from '../../model/vocabulary.ts';
import type { EntityProp, EntityRow, GraphEdgeRow, GraphView, PathsView } from '../rows.ts';
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

type EdgeEnds = { source: EntityRow; target: EntityRow };

function toEdge({ source, target }: EdgeEnds, type: RelationType, evidence: EvidenceLists): GraphEdgeRow {
  return {
    id: edgeId(source.id, type, target.id),
    type,
    source: source.id,
    target: target.id,
    sourceNode: source,
    targetNode: target,
    evidence: evidence ? evidenceFromProperties(evidence) : [],
  };
}

const edgeId = (source: string, type: string, target: string) => `${source}-${type}->${target}`;

const byId = (a: GraphEdgeRow, b: GraphEdgeRow) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** A node of the subgraph by key: queries return relationships and paths as keys, the subgraph's rows are the nodes. */
function nodeOf(byKey: Map<string, EntityRow>, key: string): EntityRow {
  const n = byKey.get(key);
  // Every query here returns only relationships and paths between nodes it also returns.
  if (!n) throw new Error(`${key} is not a node of the subgraph`);
  return n;
}

const ends = (byKey: Map<string, EntityRow>, source: string, target: string): EdgeEnds => ({
  source: nodeOf(byKey, source),
  target: nodeOf(byKey, target),
});

function toView(rows: InducedRow[], ids: string[], truncated: boolean): GraphView {
  const nodes = rows.map((row) => fromEntityMap(row.n));
  const byKey = new Map(nodes.map((n) => [n.id, n]));
  const edges: GraphEdgeRow[] = [];
  for (const [i, row] of rows.entries()) {
    const n = nodes[i]!;
    // target is null where the OPTIONAL MATCH found nothing
    for (const [type, target, evidence] of row.out) if (target !== null) edges.push(toEdge(ends(byKey, n.id, target), type, evidence));
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

/**
 * Up to `limit` shortest paths of at most `maxHops` entity relationships, merged into one subgraph;
 * each path also on its own, as its entities in order and the relationship walked at each hop.
 */
export async function paths(
  tx: QueryRunner,
  from: string,
  to: string,
  maxHops: number,
  limit: number,
  o: ExploreOptions,
): Promise<PathsView | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new RangeError('maxHops out of range');
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new RangeError('limit out of range');
  if (from === to) {
    const self = await tx.run(`MATCH (n:Entity {id: $from}) WITH [n] AS ns ${inducedRows('ns', o.props)} RETURN rows`, {
      from,
      evidence: o.evidence,
    });
    const rec = self.records[0];
    if (!rec) return null;
    const view = toView(rec.get('rows') as InducedRow[], [from], false);
    return { ...view, paths: [{ nodes: view.nodes, steps: [] }] };
  }
  // One query: both ends, the shortest paths (each as its node keys and the [type, start, end] of
  // each relationship walked), the nodes on the kept ones, and the relationships between
  // consecutive nodes of a kept path (matched between the two nodes, so a hub on a path is not
  // expanded whole). Quantifier bounds and the path count cannot be parameters: both are checked
  // integers above.
  const res = await tx.run(
    `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
     CALL (a, b) {
       MATCH p = SHORTEST ${o.truncated === false ? limit : limit + 1} (a)-[:${TYPES}]-{1,${maxHops}}(b)
       RETURN collect(nodes(p)) AS found, collect([r IN relationships(p) | [type(r), startNode(r).id, endNode(r).id]]) AS rels
     }
     WITH found, rels, found[0..$limit] AS kept
     WITH found, rels, reduce(acc = [], p IN kept | acc + [x IN p WHERE NOT x IN acc]) AS ns,
          reduce(acc = [], p IN kept | acc + [i IN range(1, size(p) - 1) | [p[i - 1], p[i]]]) AS steps
     CALL (steps) {
       UNWIND steps AS step
       WITH DISTINCT step[0] AS x, step[1] AS y
       MATCH (x)-[r:${TYPES}]-(y)
       RETURN collect(DISTINCT {type: type(r), source: startNode(r).id, target: endNode(r).id,
         evidence: CASE WHEN $evidence THEN ${evidenceMap('r')} END}) AS walked
     }
     RETURN [p IN found | [n IN p | n.id]] AS found, rels[0..$limit] AS rels, [n IN ns | ${entityMap('n', o.props)}] AS nodes, walked`,
    { from, to, limit: neo4j.int(limit), evidence: o.evidence },
  );
  const rec = res.records[0];
  if (!rec) return null;
  const found = rec.get('found') as string[][];
  const nodes = (rec.get('nodes') as EntityMap[]).map(fromEntityMap);
  const byKey = new Map(nodes.map((n) => [n.id, n]));
  const walked = rec.get('walked') as { type: RelationType; source: string; target: string; evidence: EvidenceLists }[];
  const edges = walked.map((e) => toEdge(ends(byKey, e.source, e.target), e.type, e.evidence)).sort(byId);
  const edgeById = new Map(edges.map((e) => [e.id, e]));
  const rels = rec.get('rels') as [RelationType, string, string][][];
  const kept = found.slice(0, limit).map((keys, i) => ({
    nodes: keys.map((k) => nodeOf(byKey, k)),
    // Each relationship of a path joins two consecutive nodes, so `walked` holds it.
    steps: rels[i]!.map(([type, start, end], hop) => ({
      edge: edgeById.get(edgeId(start, type, end)) ?? toEdge(ends(byKey, start, end), type, null),
      forward: start === keys[hop],
    })),
  }));
  return { nodes, edges, truncated: found.length > limit, paths: kept };
}
