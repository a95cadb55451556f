import type { Keyset, Page } from '../rows.ts';

// Keyset paging: a cursor is the position (sort key, id) of the last row seen, so pages stay
// stable while the graph grows, unlike offsets.

export class InvalidCursorError extends Error {}

const isKey = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number';

export function encodeCursor(k: Keyset): string {
  return Buffer.from(JSON.stringify(k.key2 === undefined ? [k.key, k.id] : [k.key, k.id, k.key2]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): Keyset {
  try {
    const v: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && (v.length === 2 || v.length === 3) && typeof v[1] === 'string' && isKey(v[0])) {
      if (v.length === 2) return { key: v[0] as Keyset['key'], id: v[1] };
      if (v[2] !== null && isKey(v[2])) return { key: v[0] as Keyset['key'], id: v[1], key2: v[2] as string | number };
    }
  } catch {
    // fall through
  }
  throw new InvalidCursorError('invalid cursor');
}

/** Queries fetch first+1 rows; the extra one only says whether a next page exists. */
export function toPage<T>(rows: T[], first: number, total: number): Page<T> {
  return { rows: rows.slice(0, first), total, hasNextPage: rows.length > first };
}
