import type { InterfaceRef, ObjectRef } from '@pothos/core';
import type { EntityRow } from '../graph/reads/rows.ts';
import { decodeCursor, encodeCursor, InvalidCursorError, type Keyset, type Page } from '../graph/reads/paging.ts';
import type { RelatedEdge } from '../graph/reads/selection.ts';
import { builder, type Types } from './builder.ts';
import { EntityRef } from './types/entity-interface.ts';
import { apiError } from './errors.ts';
import { EvidenceRef } from './types/provenance.ts';

// Relay connections with keyset cursors, a default page size and a hard maximum, so no field
// can return an unbounded list.
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export const pageArgs = builder.args((t) => ({
  first: t.int({ description: `Page size (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).` }),
  after: t.string({ description: 'The endCursor of the previous page.' }),
}));

export function parsePage(args: { first?: number | null; after?: string | null }): { first: number; after: Keyset | null } {
  const first = args.first ?? DEFAULT_PAGE_SIZE;
  if (first < 0 || first > MAX_PAGE_SIZE) {
    throw apiError('BAD_USER_INPUT', `first must be between 0 and ${MAX_PAGE_SIZE}`, { argument: 'first' });
  }
  try {
    return { first, after: args.after ? decodeCursor(args.after) : null };
  } catch (err) {
    if (err instanceof InvalidCursorError) throw apiError('BAD_USER_INPUT', 'after is not a cursor this API issued', { argument: 'after' });
    throw err;
  }
}

/** `first` of a plain list field: the list is cut there, so no list is unbounded either. */
export const listArgs = builder.args((t) => ({
  first: t.int({ defaultValue: MAX_PAGE_SIZE, description: `At most ${MAX_PAGE_SIZE} (the default).` }),
}));

export async function firstOf<T>(args: { first?: number | null }, rows: Promise<T[]>): Promise<T[]> {
  const { first } = parsePage({ first: args.first ?? MAX_PAGE_SIZE });
  return (await rows).slice(0, first);
}

export interface Edge<T> {
  /** The row's keyset position; its cursor is encoded only when a client asks for it. */
  keyset: Keyset;
  node: T;
}

export interface ConnectionShape<E> {
  edges: E[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Turns a page of rows into Relay edges; `keyOf` gives the keyset position a row's cursor encodes. */
export function toConnection<T, E extends { keyset: Keyset }>(page: Page<T>, keyOf: (row: T) => Keyset, toEdge: (row: T, keyset: Keyset) => E, hadCursor: boolean): ConnectionShape<E> {
  const edges = page.rows.map((row) => toEdge(row, keyOf(row)));
  const [start, end] = [edges[0], edges.at(-1)];
  return {
    edges,
    totalCount: page.total,
    // Cursors are encoded only when read: most requests never ask for them.
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: hadCursor,
      get startCursor() { return start ? encodeCursor(start.keyset) : null; },
      get endCursor() { return end ? encodeCursor(end.keyset) : null; },
    },
  };
}

export type RelationEdgeShape = RelatedEdge & { keyset: Keyset };
type EntityTypeRef = ObjectRef<Types, EntityRow> | InterfaceRef<Types, EntityRow>;

/** `<Target>RelationConnection`: neighbours through one relationship, each edge with its evidence. */
export function relationConnection(target: string, nodeRef: EntityTypeRef): {
  connection: ObjectRef<Types, ConnectionShape<RelationEdgeShape>>;
  edge: ObjectRef<Types, RelationEdgeShape>;
} {
  const edge = builder.objectRef<RelationEdgeShape>(`${target}RelationEdge`).implement({
    fields: (t) => ({
      cursor: t.string({ resolve: (e) => encodeCursor(e.keyset) }),
      node: t.field({ type: nodeRef as typeof EntityRef, resolve: (e) => e.node }),
      relation: t.exposeString('type', { description: 'The Neo4j relationship type.' }),
      implicit: t.boolean({ description: 'No article states it outright.', resolve: (e) => e.evidence.every((x) => x.implicit) }),
      evidence: t.field({ type: [EvidenceRef], description: 'The spans that support this relationship.', resolve: (e) => e.evidence }),
    }),
  });
  return { connection: connectionType(`${target}RelationConnection`, edge), edge };
}

/** `<Name>Connection`: a plain page of entities. */
export function entityConnection(name: string, nodeRef: EntityTypeRef): ObjectRef<Types, ConnectionShape<Edge<EntityRow>>> {
  const edge = builder.objectRef<Edge<EntityRow>>(`${name}Edge`).implement({
    fields: (t) => ({ cursor: t.string({ resolve: (e) => encodeCursor(e.keyset) }), node: t.field({ type: nodeRef as typeof EntityRef, resolve: (e) => e.node }) }),
  });
  return connectionType(`${name}Connection`, edge);
}

export function connectionType<E>(name: string, edge: ObjectRef<Types, E>): ObjectRef<Types, ConnectionShape<E>> {
  return builder.objectRef<ConnectionShape<E>>(name).implement({
    fields: (t) => ({
      edges: t.field({ type: [edge], resolve: (c) => c.edges }),
      pageInfo: t.field({ type: builder.pageInfoRef(), resolve: (c) => c.pageInfo }),
      totalCount: t.exposeInt('totalCount'),
    }),
  });
}
