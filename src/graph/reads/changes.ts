import neo4j from 'neo4j-driver';
import type { ChangeSet } from '../change-log.ts';
import type { QueryRunner } from '../sessions.ts';
import { InvalidCursorError } from './paging.ts';

// Reading the change log (change-log.ts): the changes after a sequence number, in order, and the
// cursors clients hold to resume from. A cursor names a change, or one event of a change (a
// subscription sends one event per article or fact of a change, so a client that drops in the
// middle of a change resumes after the last event it got, not after the whole change).

/** A logged change as read back: what was written (ChangeSet), with its place in the log and commit time. */
export interface ChangeRow extends Omit<ChangeSet, 'truncated'> {
  seq: number;
  /** ISO date-time of the commit. */
  at: string;
  truncated: boolean;
}

export interface ChangePage {
  /** The log's last sequence number (0 for an empty log). */
  head: number;
  rows: ChangeRow[];
}

/**
 * Up to `limit` changes with a sequence number above `after`, oldest first, and the log's head.
 * Sequence numbers have no gaps, so head − after is how many changes follow `after`.
 */
export async function changesAfter(q: QueryRunner, after: number, limit: number): Promise<ChangePage> {
  const res = await q.run(
    `OPTIONAL MATCH (log:ChangeLog {id: 'changes'})
     WITH coalesce(log.seq, 0) AS head
     OPTIONAL MATCH (c:Change) WHERE c.seq > $after
     WITH head, c ORDER BY c.seq LIMIT $limit
     RETURN head, collect(c {.seq, at: toString(c.at), .kind, .articlesAdded, .articlesReplaced, .articlesRemoved,
                             .factsAdded, .factCountries, .factsRemoved, .entitiesUpdated, .truncated}) AS rows`,
    { after: neo4j.int(after), limit: neo4j.int(limit) },
  );
  const record = res.records[0]!;
  return { head: record.get('head') as number, rows: record.get('rows') as ChangeRow[] };
}

/** A position in the log: after change `seq`, or after event `event` of change `seq`. */
interface ChangePosition {
  seq: number;
  event?: number;
}

export function encodeChangeCursor(p: ChangePosition): string {
  return Buffer.from(p.event === undefined ? `change:${p.seq}` : `change:${p.seq}:${p.event}`, 'utf8').toString('base64url');
}

export function decodeChangeCursor(cursor: string): ChangePosition {
  const m = /^change:(\d{1,15})(?::(\d{1,6}))?$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!m) throw new InvalidCursorError('invalid change cursor');
  return m[2] === undefined ? { seq: Number(m[1]) } : { seq: Number(m[1]), event: Number(m[2]) };
}
