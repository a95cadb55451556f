import type { Driver } from 'neo4j-driver';
import { type ChangePage, type ChangeRow, changesAfter } from './reads/changes.ts';
import { autoCommit, closeQuietly } from './sessions.ts';

// Subscriptions are fed from the change log in Neo4j (change-log.ts), not from an in-process event
// bus: a write made by another replica or by the CLI never passes through this process, but its
// Change does reach the log. One poller per process reads the changes after the last it saw
// (a lookup of the log's counter when nothing changed) and keeps the latest in memory, so any
// number of subscribers cost one query per interval. It runs only while someone subscribes.
// A subscriber is a cursor into the log: it takes what follows its cursor from memory when memory
// still holds it, and reads it from Neo4j otherwise (a client resuming from an old cursor, or one
// slower than the log grows), so it never misses a change and memory stays bounded.

/** Subscribing after close (the service shutting down). */
export class FeedClosedError extends Error {}

const RECENT = 256;
const PAGE = 100;

export class ChangeFeed {
  /** The most recent changes, in order: every change with seq in (recentFrom, last]. */
  private recent: ChangeRow[] = [];
  private recentFrom = 0;
  private last = 0;
  private started: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  /** Bumped whenever the poller stops, so a poll of an earlier run leaves the state alone. */
  private run = 0;
  private closed = false;
  private readonly subscribers = new Set<FeedSubscription>();

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
    private readonly pollMs = 250,
  ) {}

  /**
   * Every change after `after` (a sequence number), in order, then each new one as it is
   * committed, until the iterator is returned or the feed closes. Without `after`, from the last
   * change committed when the subscription starts. Rejects when Neo4j cannot be read.
   */
  async subscribe(after?: number): Promise<AsyncIterableIterator<ChangeRow>> {
    if (this.closed) throw new FeedClosedError('the service is shutting down');
    const sub = new FeedSubscription(this);
    this.subscribers.add(sub);
    try {
      this.started ??= this.start();
      await this.started;
    } catch (err) {
      this.unsubscribe(sub);
      throw err;
    }
    sub.cursor = after ?? this.last;
    return sub;
  }

  /** Ends every subscription (their iterators finish) and refuses new ones. */
  close(): void {
    this.closed = true;
    for (const sub of [...this.subscribers]) sub.end();
  }

  /** Subscribers now (tests, metrics). */
  get size(): number {
    return this.subscribers.size;
  }

  unsubscribe(sub: FeedSubscription): void {
    this.subscribers.delete(sub);
    if (this.subscribers.size > 0) return;
    clearTimeout(this.timer);
    this.run++;
    this.started = undefined;
    this.recent = [];
  }

  /** What follows `cursor`: from memory when it holds it, else one page read from Neo4j. */
  async after(cursor: number): Promise<ChangeRow[]> {
    if (cursor >= this.recentFrom) return this.recent.filter((c) => c.seq > cursor);
    return (await this.read(cursor, PAGE)).rows;
  }

  private async start(): Promise<void> {
    const run = this.run;
    const { head } = await this.read(Number.MAX_SAFE_INTEGER, 1);
    if (run !== this.run) return;
    this.last = this.recentFrom = head;
    this.schedule(run);
  }

  private schedule(run: number): void {
    this.timer = setTimeout(() => void this.poll(run), this.pollMs);
    this.timer.unref();
  }

  private async poll(run: number): Promise<void> {
    try {
      for (;;) {
        const page = await this.read(this.last, PAGE);
        if (run !== this.run) return;
        if (page.head < this.last) this.restart(page.head);
        else this.keep(page.rows);
        if (page.rows.length < PAGE) break;
      }
      for (const sub of this.subscribers) sub.wake();
    } catch {
      // Neo4j unreachable: subscribers wait, and the next poll tries again.
    } finally {
      if (run === this.run && !this.closed) this.schedule(run);
    }
  }

  private keep(rows: ChangeRow[]): void {
    if (rows.length === 0) return;
    this.recent.push(...rows);
    this.last = rows.at(-1)!.seq;
    const over = this.recent.length - RECENT;
    if (over > 0) this.recentFrom = this.recent.splice(0, over).at(-1)!.seq;
  }

  /**
   * The log holds fewer changes than were seen (the database was emptied or restored): it starts
   * over, and a subscriber ahead of it follows it from its start, where its new changes are.
   */
  private restart(head: number): void {
    this.recent = [];
    this.last = this.recentFrom = 0;
    for (const sub of this.subscribers) if (sub.cursor > head) sub.cursor = 0;
  }

  private async read(after: number, limit: number): Promise<ChangePage> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await changesAfter(autoCommit(session, this.timeoutMs), after, limit);
    } finally {
      await closeQuietly(session);
    }
  }
}

/** One subscriber: its cursor into the log, and what it has read past it but not handed out yet. */
class FeedSubscription implements AsyncIterableIterator<ChangeRow> {
  cursor = 0;
  private pending: ChangeRow[] = [];
  private done = false;
  private woken: (() => void) | undefined;

  constructor(private readonly feed: ChangeFeed) {}

  async next(): Promise<IteratorResult<ChangeRow>> {
    while (!this.done) {
      const change = this.pending.shift();
      if (change) {
        this.cursor = change.seq;
        return { value: change, done: false };
      }
      // Waiting starts before the read, so a poll that ends during the read is not missed.
      const polled = new Promise<void>((r) => (this.woken = r));
      this.pending = await this.feed.after(this.cursor);
      if (this.pending.length === 0) await polled;
    }
    return { value: undefined, done: true };
  }

  wake(): void {
    this.woken?.();
  }

  end(): void {
    this.done = true;
    this.wake();
    this.feed.unsubscribe(this);
  }

  async return(): Promise<IteratorResult<ChangeRow>> {
    this.end();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<ChangeRow> {
    return this;
  }
}
