import neo4j from 'neo4j-driver';
import type { EntityLabel, RelationType } from '../../model/vocabulary.ts';
import { toPage, type Keyset, type Page } from './paging.ts';
import { entityMap, evidenceFromProperties, fromEntityMap, type EntityMap, type EntityProp, type EntityRow, type EvidenceRow } from './rows.ts';

// A selection compiler: what a client asked of an entity (which relationship pages, how deep,
// whether with evidence) becomes one Cypher map projection, so a nested query is one database
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
  /** Where the page is attached on the parent row: `Label:responseKey` (see EntityRow.related). */
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

// Labels, types and keys come from the vocabulary and GraphQL names, never from argument values:
// those always travel as parameters. Backticks keep `Label:alias` a single map key.
const quoted = (key: string) => `\`${key.replaceAll('`', '')}\``;

/** Cypher for node `v` with its properties, labels and the selected relationship pages. */
export function nodeProjection(v: string, sel: NodeSelection, params: Params, depth = 0): string {
  const related = sel.relations.map((r) => `${quoted(r.key)}: ${relationPage(v, r, params, depth)}`);
  const map = entityMap(v, sel.props);
  return related.length > 0 ? `${map.slice(0, -1)}, __related: {${related.join(', ')}}}` : map;
}

/** Cypher for one page of `v`'s neighbours through one relationship: {total, rows: [{node, evidence}]}. */
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
  const evidence = r.evidence ? `${rel} {.evSentenceIds, .evStarts, .evEnds, .evTexts, .evImplicit}` : 'null';
  const rows = `COLLECT { MATCH ${arrow(rel)} WHERE ${labelled}${after}
    WITH ${rel}, ${t} ORDER BY ${t}.name, ${t}.id LIMIT ${params.add(neo4j.int(r.first + 1))}
    RETURN {node: ${nodeProjection(t, r.node, params, depth + 1)}, evidence: ${evidence}} }`;
  const page = `{total: ${total}, rows: ${rows}}`;
  return r.onLabel ? `CASE WHEN ${v}:${r.onLabel} THEN ${page} END` : page;
}

export type Projected = EntityMap & { __related?: Record<string, ProjectedPage | null> };
export interface ProjectedPage {
  total: number | null;
  rows: { node: Projected; evidence: Record<string, unknown[]> | null }[];
}

/** The row of a `nodeProjection`, its pages attached under their keys. */
export function fromProjection(m: Projected, sel: NodeSelection): EntityRow {
  const { __related, ...props } = m;
  const row = fromEntityMap(props);
  if (__related) {
    row.related = {};
    for (const r of sel.relations) {
      const page = __related[r.key];
      if (page) row.related[r.key] = fromPage(page, r);
    }
  }
  return row;
}

export function fromPage(p: ProjectedPage, r: RelationSelection): Page<RelatedEdge> {
  const rows = p.rows.map((x) => ({ node: fromProjection(x.node, r.node), type: r.type, evidence: x.evidence ? evidenceFromProperties(x.evidence) : [] }));
  return toPage(rows, r.first, p.total ?? 0);
}
