import { decodeCursor, encodeCursor, type Keyset, type Page } from '../graph/index.ts';
import { builder } from './builder.ts';
import { between, cursor } from './checks.ts';

// Page arguments and their parsing, and pages turned into Relay connections with keyset cursors: a
// default page size and a hard maximum, so no field can return an unbounded list. (The connection
// types themselves are connections.ts's; this module refers to no GraphQL type, so every type
// module can use it without an import cycle.)

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

const FIRST = between('first', 0, MAX_PAGE_SIZE);

export const pageArgs = builder.args((t) => ({
  first: t.int({ description: `Page size (default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}).`, validate: FIRST }),
  after: t.string({ description: 'The endCursor of the previous page.', validate: cursor }),
}));

/** A connection field's cost (builder complexity): what is below it counts once per row of its page. */
export const pageCost = (args: { first?: number | null }) => ({ field: 1, multiplier: args.first ?? DEFAULT_PAGE_SIZE });

/**
 * The page arguments ask, their checks passed (pageArgs); throws when they fail, for callers that
 * read arguments before their field's resolver does (api/parse-selection.ts).
 */
export function parsePage(args: { first?: number | null; after?: string | null }): { first: number; after: Keyset | null } {
  const first = FIRST.parse(args.first) ?? DEFAULT_PAGE_SIZE;
  return { first, after: args.after ? decodeCursor(args.after) : null };
}

/** An edge: its node and keyset position; the cursor is encoded only when a client reads it. */
export class KeysetEdge<T> {
  constructor(
    readonly node: T,
    readonly keyset: Keyset,
  ) {}
  get cursor(): string {
    return encodeCursor(this.keyset);
  }
}

export interface ConnectionShape<E> {
  edges: E[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Turns a page of rows into Relay edges; `keyOf` gives the keyset position a row's cursor encodes. */
export function toConnection<T, E extends { keyset: Keyset }>(
  page: Page<T>,
  toEdge: (row: T) => E,
  hadCursor: boolean,
): ConnectionShape<E> {
  const edges = page.rows.map(toEdge);
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

/** A connection of rows whose edges carry only their node. */
export function nodeConnection<T>(page: Page<T>, keyOf: (row: T) => Keyset, hadCursor: boolean): ConnectionShape<KeysetEdge<T>> {
  return toConnection(page, (row) => new KeysetEdge(row, keyOf(row)), hadCursor);
}
