import type { FieldNode, GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type FieldsByTypeName, type ResolveTree } from 'graphql-parse-resolve-info';
import type { DateWindow, EntityProp, NodeSelection, PageArgs, RelationSelection } from '../graph/index.ts';
import { ENTITY_LABELS, type EntityLabel } from '../model/vocabulary.ts';
import { dateWindow, isoDate } from './checks.ts';
import { parsePage } from './paging.ts';
import { RELATIONSHIP_FIELDS } from './relationship-fields.ts';

// Parses a GraphQL selection into the NodeSelection the graph layer compiles to one query
// (graph/reads/compile-selection.ts): which relationship fields, with which pages, nested how deep,
// and whether evidence is read. Fragments, aliases, variables, defaults and @skip/@include are
// resolved by graphql-parse-resolve-info. The graph layer knows no response keys: each page gets an
// opaque key (RequestSelections.pageKey), mapped back from the field's label and response key.

/** One request's selections: one per field position, and the opaque keys of their pages. */
export class RequestSelections {
  /** graphql-js reuses a position's fieldNodes for every parent, so they key the position. */
  readonly #byPosition = new WeakMap<readonly FieldNode[], NodeSelection | RelationSelection>();
  readonly #pageKeys = new Map<string, string>();
  readonly #asksTotal = new WeakMap<readonly FieldNode[], boolean>();

  /** Whether the connection field being resolved reads totalCount (the same for every parent of its position). */
  asksTotal(info: GraphQLResolveInfo): boolean {
    let asks = this.#asksTotal.get(info.fieldNodes);
    if (asks === undefined) this.#asksTotal.set(info.fieldNodes, (asks = fieldsAt(treeOf(info), ['totalCount']).length > 0));
    return asks;
  }

  /** The key a prefetched page of relationship field `responseKey` of a `label` parent is attached under (EntityRow.related). */
  pageKey(label: EntityLabel, responseKey: string | number): string {
    const name = `${label}:${responseKey}`;
    let key = this.#pageKeys.get(name);
    if (key === undefined) this.#pageKeys.set(name, (key = String(this.#pageKeys.size)));
    return key;
  }

  cached(info: GraphQLResolveInfo, make: () => NodeSelection | RelationSelection): NodeSelection | RelationSelection {
    let sel = this.#byPosition.get(info.fieldNodes);
    if (!sel) this.#byPosition.set(info.fieldNodes, (sel = make()));
    return sel;
  }
}

/** What a field returning an entity (of any label) asks below it. */
export function nodeSelectionAt(selections: RequestSelections, info: GraphQLResolveInfo): NodeSelection {
  return selections.cached(info, () => nodeSelection(selections, [treeOf(info).fieldsByTypeName], ENTITY_LABELS)) as NodeSelection;
}

/** The selection of the relationship field being resolved on a `label` parent. */
export function relationSelectionAt(selections: RequestSelections, info: GraphQLResolveInfo, label: EntityLabel): RelationSelection {
  return selections.cached(info, () => {
    const sel = relationSelection(selections, label, [treeOf(info)], false);
    if (!sel) throw new Error(`${info.parentType.name}.${info.fieldName} is not a relationship field`);
    return sel;
  }) as RelationSelection;
}

/** The page a connection field asks: its arguments (checked by parsePage) and whether it reads totalCount. */
export function pageAt(
  selections: RequestSelections,
  info: GraphQLResolveInfo,
  args: { first?: number | null; after?: string | null },
): PageArgs {
  return { ...parsePage(args), total: selections.asksTotal(info) };
}

function treeOf(info: GraphQLResolveInfo): ResolveTree {
  return parseResolveInfo(info) as ResolveTree;
}

const fieldsOf = (trees: FieldsByTypeName[]) => trees.flatMap((t) => Object.values(t).flatMap((byAlias) => Object.values(byAlias)));

/**
 * Relationship fields under one entity position. The same response key may come from several
 * selections (fragments, or `node` under two `edges` aliases): they are read once when they ask the
 * same page, and left to their own resolver (not prefetched) when they do not. Without `selections`
 * (and with no labels) only the properties asked are read.
 */
function nodeSelection(selections: RequestSelections | null, trees: FieldsByTypeName[], labels: readonly EntityLabel[]): NodeSelection {
  const relations: RelationSelection[] = [];
  for (const label of labels) {
    const byAlias = new Map<string, ResolveTree[]>();
    for (const t of trees) for (const f of Object.values(t[label] ?? {})) byAlias.set(f.alias, [...(byAlias.get(f.alias) ?? []), f]);
    for (const group of byAlias.values()) {
      const sel = selections && relationSelection(selections, label, group, labels.length > 1);
      if (sel) relations.push(sel);
    }
  }
  const asked = new Set(fieldsOf(trees).map((f) => f.name));
  return { props: [...new Set(PROPS.filter(([field]) => asked.has(field)).map(([, prop]) => prop))], relations };
}

/** The GraphQL fields of entity types that read a row property beyond id and name. */
const PROPS: [string, EntityProp][] = [
  ['aliases', 'aliases'],
  ['attributes', 'attrs'],
  ['date', 'attrs'],
  ['text', 'text'],
  ['speech', 'speech'],
  ['article', 'articleId'],
];

function relationSelection(
  selections: RequestSelections,
  label: EntityLabel,
  group: ResolveTree[],
  guarded: boolean,
): RelationSelection | null {
  const [tree] = group as [ResolveTree];
  const def = RELATIONSHIP_FIELDS[label].find((f) => f.field === tree.name || f.single === tree.name);
  if (!def || group.some((g) => g.name !== tree.name || JSON.stringify(g.args) !== JSON.stringify(tree.args))) return null;
  const single = def.single === tree.name;
  let page: ReturnType<typeof parsePage>;
  let time: ReturnType<typeof parseTime>;
  try {
    page = single ? { first: 1, after: null } : parsePage(tree.args as Parameters<typeof parsePage>[0]);
    time = single ? { window: null, asOf: null } : parseTime(tree.args);
  } catch {
    return null; // the field's own resolver reports bad arguments at the field's path
  }
  const top = fieldsOf(group.map((g) => g.fieldsByTypeName));
  const edgeFields = single ? top : fieldsOf(top.filter((f) => f.name === 'edges').map((f) => f.fieldsByTypeName));
  return {
    key: selections.pageKey(label, tree.alias),
    onLabel: guarded ? label : null,
    type: def.type,
    direction: def.direction,
    labels: def.target === 'Entity' ? null : [def.target],
    first: page.first,
    after: page.after,
    total: top.some((f) => f.name === 'totalCount'),
    evidence: edgeFields.some((f) => f.name === 'evidence' || f.name === 'implicit'),
    reported: edgeFields.some((f) => f.name === 'reported'),
    ...time,
    node: nodeSelection(
      selections,
      edgeFields.filter((f) => f.name === 'node').map((f) => f.fieldsByTypeName),
      def.target === 'Entity' ? ENTITY_LABELS : [def.target],
    ),
  };
}

/** A relationship field's reporting window and asOf (api/types/reported.ts), their checks passed; throws when they fail. */
function parseTime(args: { reported?: unknown; asOf?: unknown }): { window: DateWindow | null; asOf: string | null } {
  const w = args.reported == null ? null : dateWindow.parse(args.reported);
  return { window: w && { from: w.from ?? null, to: w.to ?? null }, asOf: isoDate.parse(args.asOf) ?? null };
}

/** The fields, by any alias, reached from the field being resolved by a path of field names. */
function fieldsAt(tree: ResolveTree, path: readonly string[]): ResolveTree[] {
  let level = [tree];
  for (const name of path) level = fieldsOf(level.map((t) => t.fieldsByTypeName)).filter((f) => f.name === name);
  return level;
}

/** The row properties asked of the entities found under a path of field names (e.g. a search hit's `entity`). */
export function propsUnder(info: GraphQLResolveInfo, ...path: string[]): EntityProp[] {
  return [
    ...nodeSelection(
      null,
      fieldsAt(treeOf(info), path).map((t) => t.fieldsByTypeName),
      [],
    ).props,
  ];
}

/** Whether the field being resolved asks, by any alias, the field reached by a path of field names (e.g. `totalCount`). */
export function asks(info: GraphQLResolveInfo, ...path: string[]): boolean {
  return fieldsAt(treeOf(info), path).length > 0;
}

/** Where a subgraph (neighbourhood, paths) returns entities: its nodes, the ends of its edges and of its paths' hops. */
const SUBGRAPH_NODES = [
  ['nodes'],
  ['edges', 'sourceNode'],
  ['edges', 'targetNode'],
  ['paths', 'nodes'],
  ['paths', 'relationships', 'sourceNode'],
  ['paths', 'relationships', 'targetNode'],
];

/** What a subgraph field (neighbourhood, paths) asks: edge evidence, node properties, `truncated`. */
export function subgraphSelection(info: GraphQLResolveInfo): { evidence: boolean; props: EntityProp[]; truncated: boolean } {
  const tree = treeOf(info);
  // Every place shares the subgraph's node rows, so each reads the properties any place asks.
  const nodes = SUBGRAPH_NODES.flatMap((path) => fieldsAt(tree, path).map((t) => t.fieldsByTypeName));
  return {
    evidence: fieldsAt(tree, ['edges', 'evidence']).length > 0 || fieldsAt(tree, ['paths', 'relationships', 'evidence']).length > 0,
    props: [...nodeSelection(null, nodes, []).props],
    truncated: fieldsAt(tree, ['truncated']).length > 0,
  };
}
