import { decodeCursor, encodeCursor, InvalidCursorError, type Keyset, type Page } from '../graph/index.ts';
import { builder } from './builder.ts';
import { apiError } from './errors.ts';

// Page arguments and their parsing, and pages turned into Relay connections with keyset cursors: a
// default page size and a hard maximum, so no field can return an unbounded list. (The connection
// types themselves are connections.ts's; this module refers to no GraphQL type, so every type
// module can use it without an import cycle.)

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
export function toConnection<T, E extends { keyset: Keyset }>(
  page: Page<T>,
  keyOf: (row: T) => Keyset,
  toEdge: (row: T, keyset: Keyset) => E,
  hadCursor: boolean,
): ConnectionShape<E> {
  const edges = page.rows.map((row) => toEdge(row, keyOf(row)));
  const [start, end] = [edges[0], edges.at(-1)];
  return {
    edges,
    totalCount: page.total,
    // Cursors are encoded only when read: most requests never ask for them.
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: hadCursor,
      get startCursor() {
        return start ? encodeCursor(start.keyset) : null;
      },
      get endCursor() {
        return end ? encodeCursor(end.keyset) : null;
      },
    },
  };
}
