import neo4j from 'neo4j-driver';
import { ENTITY_LABELS, type EntityLabel, type RelationType } from '../../model/vocabulary.ts';
import type { EntityProp, EntityRow, Keyset, Page, RelatedEdge } from '../rows.ts';
import { toPage } from './paging.ts';
import { attributesOf, entityPropCypher, evidenceFromProperties, evidenceMap } from './projections.ts';
import { relationshipReported, timedScope, toReported, type DateWindow, type ReportedTuple } from './reported.ts';

// A selection compiler: what a client asked of an entity (which relationship pages, how deep,
// whether with evidence) becomes one Cypher expression, so a nested query is one database
// round trip and reads only what is asked. The API layer builds selections from the GraphQL
// resolve info; this file knows nothing of GraphQL.

export interface NodeSelection {
  /** The properties the selection reads (id, label and name always come). */
  props: readonly EntityProp[];
  relations: RelationSelection[];
}

export interface RelationSelection {
  /**
   * Where the page is attached on the parent row (EntityRow.related): an opaque name the caller
   * chooses, unique among the relations of one NodeSelection; this layer only copies it.
   */
  key: string;
  /** The parent label the field belongs to (fields are per type; an interface position may hold any label). */
  onLabel: EntityLabel | null;
  type: RelationType;
  direction: 'OUT' | 'IN';
  /** Only neighbours with one of these labels; null for any. */
  labels: readonly EntityLabel[] | null;
  first: number;
  after: Keyset | null;
  /** Count every neighbour (COUNT {}), not only the page. */
  total: boolean;
  evidence: boolean;
  /** Read each relationship's reporting window (reads/reported.ts). */
  reported?: boolean;
  /** Only relationships with an article dated in this window. */
  window?: DateWindow | null;
  /** Only the relationships reported around this date (reads/reported.ts, asOfRows). */
  asOf?: string | null;
  node: NodeSelection;
}

/** Collects the parameters of a compiled query under generated names. */
export class Params {
  readonly values: Record<string, unknown> = {};
  #next = 0;
  add(value: unknown): string {
    const name = `p${this.#next++}`;
    this.values[name] = value;
    return `$${name}`;
  }
}

// Labels and types come from the vocabulary, never from argument values: those always travel as
// parameters. Results come back as positional lists, not maps: a nested answer holds hundreds of
// nodes, and decoding every map key of every node was a good part of the driver's work.

const LABEL_OF = (v: string) => `[l IN labels(${v}) WHERE l IN [${ENTITY_LABELS.map((l) => `'${l}'`).join(', ')}]][0]`;
/**
 * Cypher for node `v`: [id, name, label, ...the selected properties, ...the selected relationship
 * pages]. `label` is given when the match already fixed it (a relationship to one label): then
 * the label is a literal instead of a scan of every node's labels.
 */
export function nodeProjection(v: string, sel: NodeSelection, params: Params, depth = 0, label?: EntityLabel): string {
  const parts = [
    `${v}.id`,
    `${v}.name`,
    label ? `'${label}'` : LABEL_OF(v),
    ...sel.props.map((p) => entityPropCypher(v, p)),
    ...sel.relations.map((r) => relationPage(v, r, params, depth)),
  ];
  return `[${parts.join(', ')}]`;
}

/** Cypher for one page of `v`'s neighbours through one relationship: [total, rows], a row a node or [node, evidence]. */
export function relationPage(v: string, r: RelationSelection, params: Params, depth = 0): string {
  const { total, rows } = pageParts(v, r, params, depth);
  const page = `[${total}, ${rows}]`;
  return r.onLabel ? `CASE WHEN ${v}:${r.onLabel} THEN ${page} END` : page;
}

/**
 * Statements are listed by when and where they were said: their article's date, newest first
 * (undated last), then their place in the article (their first mention's offset, i.e. sentence
 * order), then id. Not by name: a statement's name is its summary, an order that means nothing.
 */
const byPlace = (r: RelationSelection) => r.labels?.length === 1 && r.labels[0] === 'Statement';

/** The two expressions of a page: its total (COUNT {}, or null when not asked) and its sorted, limited rows (COLLECT {}). */
function pageParts(v: string, r: RelationSelection, params: Params, depth: number): { total: string; rows: string } {
  const [t, rel] = [`t${depth}`, `r${depth}`];
  const arrow = (relVar: string) =>
    r.direction === 'OUT' ? `(${v})-[${relVar}:${r.type}]->(${t}:Entity)` : `(${v})<-[${relVar}:${r.type}]-(${t}:Entity)`;
  const labelled = r.labels ? `(${r.labels.map((l) => `${t}:${l}`).join(' OR ')})` : 'true';
  const scope = timedScope(arrow(rel), labelled, rel, t, r, params);
  const total = !r.total
    ? 'null'
    : scope.timed
      ? `COUNT { ${scope.match()} RETURN ${t} }`
      : `COUNT { MATCH ${arrow('')} WHERE ${labelled} }`;
  const node = nodeProjection(t, r.node, params, depth + 1, r.labels?.length === 1 ? r.labels[0] : undefined);
  const evidence = r.evidence ? evidenceMap(rel) : 'null';
  const row = r.reported ? `[${node}, ${evidence}, ${relationshipReported(rel)}]` : r.evidence ? `[${node}, ${evidence}]` : node;
  const limit = params.add(neo4j.int(r.first + 1));
  if (byPlace(r)) {
    const [date, at] = [`d${depth}`, `at${depth}`];
    let after = '';
    if (r.after) {
      const [key, key2, id] = [params.add(r.after.key), params.add(r.after.key2 ?? null), params.add(r.after.id)];
      after = ` WHERE ${date} < ${key} OR (${date} = ${key} AND (${at} > ${key2} OR (${at} = ${key2} AND ${t}.id > ${id})))`;
    }
    // The first offset by ORDER BY … LIMIT 1, not min(): an aggregate in this subquery makes Neo4j
    // take the batched read's RETURN (relations.ts: `RETURN sid, [...]`) for an aggregation, and refuse it.
    const rows = `COLLECT { ${scope.match()}
    WITH ${rel}, ${t}, coalesce(head(COLLECT { MATCH (a${depth}:Article {id: ${t}.articleId}) RETURN a${depth}.published }), '') AS ${date},
      coalesce(head(COLLECT { MATCH (:Sentence)-[m${depth}:MENTIONS]->(${t}) RETURN m${depth}.start AS st ORDER BY st LIMIT 1 }), 0) AS ${at}${after}
    WITH ${rel}, ${t}, ${date}, ${at} ORDER BY ${date} DESC, ${at}, ${t}.id LIMIT ${limit}
    RETURN [${row}, [${date}, ${at}]] }`;
    return { total, rows };
  }
  let after: string | undefined;
  if (r.after) {
    const [key, id] = [params.add(r.after.key), params.add(r.after.id)];
    after = `(${t}.name > ${key} OR (${t}.name = ${key} AND ${t}.id > ${id}))`;
  }
  const rows = `COLLECT { ${scope.match(after)}
    WITH ${rel}, ${t} ORDER BY ${t}.name, ${t}.id LIMIT ${limit}
    RETURN ${row} }`;
  return { total, rows };
}

/**
 * The body of a `CALL (v) { ... }` that returns `nodeProjection(v, sel)` in pieces, one record
 * each, as (part, i, item): part -1 is v's own tuple (no pages); part k is page k of
 * `sel.relations`, with i = -1 for its total (null when not asked; absent when the page's label
 * does not apply to v) and i = 0, 1, … for its rows in order.
 *
 * Why: a large nested answer as one record spans several Bolt chunks, and neo4j-driver decodes
 * every string of such a record on a slow path (a new decoder and buffer slice per string): the
 * same Q2 answer at 100k articles cost 9.7–10.2 ms of Node CPU to decode as one record, 5.4–5.5 ms
 * as 24 (bench/RESULTS.md). Records of one page row each mostly fit one chunk.
 */
export function splitProjection(v: string, sel: NodeSelection, params: Params): string {
  const branches = [`RETURN -1 AS part, -1 AS i, ${nodeProjection(v, { ...sel, relations: [] }, params)} AS item`];
  sel.relations.forEach((r, k) => {
    const { total, rows } = pageParts(v, r, params, 0);
    const applies = r.onLabel ? `WITH ${v} WHERE ${v}:${r.onLabel}\n  ` : '';
    branches.push(`${applies}WITH ${rows} AS rows, ${total} AS total
  UNWIND range(-1, size(rows) - 1) AS i
  RETURN ${k} AS part, i, CASE WHEN i < 0 THEN total ELSE rows[i] END AS item`);
  });
  return branches.join('\nUNION ALL\n');
}

/** The records of one node's `splitProjection` (any order) as its row, pages attached as `fromProjection` attaches them. */
export function fromSplitProjection(
  parts: readonly (readonly [part: number, i: number, item: unknown])[],
  sel: NodeSelection,
): EntityRow | null {
  const own = parts.find(([part]) => part < 0);
  if (!own) return null;
  const row = fromProjection(own[2] as Projected, { ...sel, relations: [] });
  if (sel.relations.length === 0) return row;
  const pages = sel.relations.map((): ProjectedPage | null => null);
  for (const [part, i, item] of parts) {
    if (part < 0) continue;
    const page = (pages[part] ??= [null, []]);
    if (i < 0) page[0] = item as number | null;
    else page[1][i] = item;
  }
  row.related = {};
  sel.relations.forEach((r, k) => {
    const page = pages[k];
    if (page) row.related![r.key] = fromPage(page, r);
  });
  return row;
}

export type Projected = unknown[];
export type ProjectedPage = [number | null, unknown[]];

/**
 * The row of a `nodeProjection`, its pages attached under their keys. Built directly from the
 * tuple (a Q2-style answer has hundreds of them): the label is already there, attributes only when
 * selected.
 */
export function fromProjection(tuple: Projected, sel: NodeSelection): EntityRow {
  const label = tuple[2] as EntityLabel;
  const row: EntityRow = { id: tuple[0] as string, label, name: tuple[1] as string, aliases: [], attributes: [] };
  let i = 3;
  for (const p of sel.props) {
    const value = tuple[i++];
    if (p === 'aliases') row.aliases = (value as string[] | null) ?? [];
    else if (p === 'attrs') row.attributes = attributesOf(value as [string, unknown][]);
    else if (label === 'Statement') row[p] = value as string;
  }
  if (sel.relations.length > 0) {
    row.related = {};
    for (const r of sel.relations) {
      const page = tuple[i++] as ProjectedPage | null;
      if (page) row.related[r.key] = fromPage(page, r);
    }
  }
  return row;
}

export function fromPage([total, rows]: ProjectedPage, r: RelationSelection): Page<RelatedEdge> {
  const placed = byPlace(r);
  const edges = rows.map((x): RelatedEdge => {
    const [row, at] = placed ? (x as [unknown, [string, number]]) : [x, null];
    const [node, evidence, reported] =
      r.evidence || r.reported ? (row as [Projected, Record<string, unknown[]> | null, ReportedTuple?]) : [row as Projected, null];
    const entity = fromProjection(node, r.node);
    const edge: RelatedEdge = { node: entity, type: r.type, evidence: evidence ? evidenceFromProperties(evidence) : [] };
    if (reported) edge.reported = toReported(reported);
    if (at) edge.keyset = { key: at[0], key2: at[1], id: entity.id };
    return edge;
  });
  return toPage(edges, r.first, total ?? 0);
}
