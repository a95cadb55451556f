import neo4j from 'neo4j-driver';
import { ENTITY_LABELS, type EntityLabel, type RelationType } from '../../model/vocabulary.ts';
import { toPage, type Keyset, type Page } from './paging.ts';
import { attributesOf, entityPropCypher, evidenceFromProperties, evidenceMap, type EntityProp, type EntityRow, type EvidenceRow } from './rows.ts';

// A selection compiler: what a client asked of an entity (which relationship pages, how deep,
// whether with evidence) becomes one Cypher expression, so a nested query is one database
// round trip and reads only what is asked. The API layer builds selections from the GraphQL
// resolve info; this file knows nothing of GraphQL.

export interface RelatedEdge {
  node: EntityRow;
  type: RelationType;
  /** Empty unless the selection asked for evidence. */
  evidence: EvidenceRow[];
}

export interface NodeSelection {
  /** The properties the selection reads (id, label and name always come). */
  props: readonly EntityProp[];
  relations: RelationSelection[];
}

export interface RelationSelection {
  /** Where the page is attached on the parent row (EntityRow.related): `Label:responseKey`. */
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
  const parts = [`${v}.id`, `${v}.name`, label ? `'${label}'` : LABEL_OF(v), ...sel.props.map((p) => entityPropCypher(v, p)), ...sel.relations.map((r) => relationPage(v, r, params, depth))];
  return `[${parts.join(', ')}]`;
}

/** Cypher for one page of `v`'s neighbours through one relationship: [total, rows], a row a node or [node, evidence]. */
export function relationPage(v: string, r: RelationSelection, params: Params, depth = 0): string {
  const [t, rel] = [`t${depth}`, `r${depth}`];
  const arrow = (relVar: string) => (r.direction === 'OUT' ? `(${v})-[${relVar}:${r.type}]->(${t}:Entity)` : `(${v})<-[${relVar}:${r.type}]-(${t}:Entity)`);
  const labelled = r.labels ? `(${r.labels.map((l) => `${t}:${l}`).join(' OR ')})` : 'true';
  let after = '';
  if (r.after) {
    const [key, id] = [params.add(r.after.key), params.add(r.after.id)];
    after = ` AND (${t}.name > ${key} OR (${t}.name = ${key} AND ${t}.id > ${id}))`;
  }
  const total = r.total ? `COUNT { MATCH ${arrow('')} WHERE ${labelled} }` : 'null';
  const node = nodeProjection(t, r.node, params, depth + 1, r.labels?.length === 1 ? r.labels[0] : undefined);
  const row = r.evidence ? `[${node}, ${evidenceMap(rel)}]` : node;
  const rows = `COLLECT { MATCH ${arrow(rel)} WHERE ${labelled}${after}
    WITH ${rel}, ${t} ORDER BY ${t}.name, ${t}.id LIMIT ${params.add(neo4j.int(r.first + 1))}
    RETURN ${row} }`;
  const page = `[${total}, ${rows}]`;
  return r.onLabel ? `CASE WHEN ${v}:${r.onLabel} THEN ${page} END` : page;
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
  const edges = rows.map((x) => {
    const [node, evidence] = r.evidence ? (x as [Projected, Record<string, unknown[]>]) : [x as Projected, null];
    return { node: fromProjection(node, r.node), type: r.type, evidence: evidence ? evidenceFromProperties(evidence) : [] };
  });
  return toPage(edges, r.first, total ?? 0);
}
