import { isRetryableError, Neo4jError, type Driver, type ManagedTransaction } from 'neo4j-driver';
import { validateGraph } from '../model/validate-graph.ts';
import { unloadArticle, writeArticle } from './article-writes.ts';
import { writeArticles } from './batch-writes.ts';
import { ChangeFeed } from './change-feed.ts';
import { appendChange, type ChangeSet, emptyChange } from './change-log.ts';
import { GraphVersion } from './graph-version.ts';
import { mergeEntities, updateEntity } from './entity-writes.ts';
import type { EntityRow } from './rows.ts';
import { autoCommit, closeQuietly, type QueryRunner } from './sessions.ts';

/** What a request's reads are bound to; fixed when its view is made (GraphStore.forRequest). */
export interface RequestOptions {
  /** When it aborts, the view's running reads are cancelled (their sessions closed) and its reads reject. */
  signal?: AbortSignal | undefined;
  /**
   * A graphVersion() value: the view's reads start only once Neo4j has applied every transaction up
   * to it. The bookmark tells of a committed write a moment before a read can see it, so without
   * waiting, a read could miss the very write the version stands for.
   */
  bookmarks?: string | undefined;
}

/**
 * A read of a request whose signal aborted: whatever the driver reported (a closed session, an
 * abort before the read started) is the cancellation, kept as the cause.
 */
export class ReadCancelledError extends Error {
  constructor(cause: unknown) {
    super('The read was cancelled.', { cause });
  }
}

/**
 * The data-access layer's entry point: writes in write transactions, each with a server-side
 * timeout; reads as auto-commit queries (see `read`). `forRequest` gives a view bound to a
 * request's options (RequestOptions: its AbortSignal, the bookmarks its reads wait for), fixed
 * when the view is made: a view has no state of its own to set later.
 */
export class GraphStore {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly txTimeoutMs: number,
    protected readonly counter: Counters = {
      n: 0,
      writeTail: Promise.resolve(),
      version: new GraphVersion(driver, database, txTimeoutMs),
      feed: new ChangeFeed(driver, database, txTimeoutMs),
    },
    private readonly request: RequestOptions = {},
  ) {
    this.bookmarks = request.bookmarks?.split(' ');
  }

  /** The bookmarks this view's reads wait for (RequestOptions.bookmarks). */
  private readonly bookmarks: string[] | undefined;

  /**
   * Counts every read or write call (one batch of a DataLoader, one list query), shared by request
   * views, so tests can assert that the queries per request follow the query's shape (no N+1).
   */
  get roundTrips(): number {
    return this.counter.n;
  }
  set roundTrips(n: number) {
    this.counter.n = n;
  }

  /**
   * Where the database stands in its transaction history (graph-version.ts): equal values, equal
   * graphs. Not counted as a round trip, and not cancelled with a request (probes are shared).
   */
  graphVersion(): Promise<string> {
    return this.counter.version.current();
  }

  /** Version reads sent so far (tests, metrics). */
  get graphVersionProbes(): number {
    return this.counter.version.probes;
  }

  /** A view for one request's reads (RequestOptions); it shares the round-trip count and the writes' queue. */
  forRequest(options: RequestOptions = {}): GraphStore {
    return new GraphStore(this.driver, this.database, this.txTimeoutMs, this.counter, options);
  }

  /**
   * One read, each of its statements an auto-commit query in the read's own session: RUN and PULL
   * in one message flush, where a managed transaction adds a BEGIN and a COMMIT round trip (Neo4j
   * reads are read-committed either way, so a shared transaction would give no firmer view). That
   * halves the driver's CPU per read (bench/RESULTS.md). A transient failure (a connection lost,
   * a cluster member leaving) is retried twice; reads are idempotent. Once the view's signal has
   * aborted, a read fails with a ReadCancelledError, whatever the driver reported.
   */
  async read<T>(work: (q: QueryRunner) => Promise<T>): Promise<T> {
    this.counter.n++;
    const signal = this.request.signal;
    for (let attempt = 1; ; attempt++) {
      if (signal?.aborted) throw new ReadCancelledError(signal.reason);
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ', bookmarks: this.bookmarks });
      // Closing the session is how the driver cancels (as executeQuery does with its signal).
      const cancel = () => void session.close();
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        return await work(autoCommit(session, this.txTimeoutMs));
      } catch (err) {
        if (signal?.aborted) throw new ReadCancelledError(err);
        if (attempt >= 3 || !isRetryableError(err)) throw err;
        await new Promise((r) => setTimeout(r, 50 * attempt));
      } finally {
        signal?.removeEventListener('abort', cancel);
        await closeQuietly(session);
      }
    }
  }

  /**
   * One write transaction. Writers that create relationships on the same dense node (a country
   * in every article) deadlock often, so this process runs its writes one at a time (they are
   * short: a handful of statements), and a deadlock with another process is retried with backoff.
   * The driver's own retry window stays short so that reads fail fast during an outage. Writes are
   * not cancelled with the request: a write either commits whole or rolls back whole.
   */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const run = this.counter.writeTail.then(() => this.writeWithRetry(work));
    this.counter.writeTail = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async writeWithRetry<T>(work: (tx: ManagedTransaction) => Promise<T>, attempts = 10): Promise<T> {
    this.counter.n++;
    for (let attempt = 1; ; attempt++) {
      const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
      try {
        return await session.executeWrite(work, { timeout: this.txTimeoutMs * 3 });
      } catch (err) {
        if (attempt >= attempts || !isDeadlock(err)) throw err;
        await new Promise((r) => setTimeout(r, Math.random() * Math.min(1000, 25 * 2 ** attempt)));
      } finally {
        await closeQuietly(session);
      }
    }
  }

  /**
   * A write that appends what it changed to the change log (change-log.ts) in its own transaction,
   * last; a write that changed nothing (null) appends nothing.
   */
  private logged<T extends { change: ChangeSet | null }>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    return this.write(async (tx) => {
      const done = await work(tx);
      if (done.change) await appendChange(tx, done.change);
      return done;
    });
  }

  /** Validates first, then writes the whole article in one transaction (all or nothing). */
  async loadArticle(input: unknown): Promise<{ articleId: string; replaced: boolean }> {
    const graph = validateGraph(input);
    const { articleId, replaced } = await this.logged((tx) => writeArticle(tx, graph));
    return { articleId, replaced };
  }

  /** Bulk ingest: validates all, then writes the batch in one transaction (same graph as loadArticle per article). */
  async loadArticles(inputs: readonly unknown[]): Promise<{ articleIds: string[]; replaced: number }> {
    const graphs = inputs.map((g) => validateGraph(g));
    const { articleIds, replaced } = await this.logged((tx) => writeArticles(tx, graphs));
    return { articleIds, replaced };
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    const { change } = await this.logged(async (tx) => ({ change: await unloadArticle(tx, articleId) }));
    return change !== null;
  }

  /** One write transaction: folds `drop` into `keep` (same label) and deletes `drop`. */
  async mergeEntities(keep: string, drop: string): Promise<EntityRow> {
    return (await this.logged((tx) => mergeEntities(tx, keep, drop))).entity;
  }

  async updateEntity(id: string, name: string | null, aliases: readonly string[] | null): Promise<EntityRow> {
    return (await this.logged((tx) => updateEntity(tx, id, name, aliases))).entity;
  }

  /**
   * An offline import (neo4j-admin, bulk-import.ts) wrote no transaction: its one change is logged
   * afterwards, listing the articles (up to MAX_KEYS) and no facts (truncated: re-read the graph).
   */
  async recordImport(articleIds: readonly string[]): Promise<void> {
    await this.logged(async () => ({ change: { ...emptyChange('IMPORT'), articlesAdded: [...articleIds], truncated: true } }));
  }

  /**
   * The change log as it grows, for subscriptions (change-feed.ts): one poller for this store and
   * its request views, started by the first subscriber and stopped after the last.
   */
  get changes(): ChangeFeed {
    return this.counter.feed;
  }

  /** Readiness: true when Neo4j answers within a second (the driver alone would retry for longer). */
  async ping(timeoutMs = 1000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const query = this.driver.executeQuery('RETURN 1', {}, { database: this.database, routing: 'READ' }).then(
      () => true,
      () => false,
    );
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** State shared by a store and its request views. */
interface Counters {
  /** read/write calls */
  n: number;
  /** the last write queued: the next one starts when it has settled */
  writeTail: Promise<void>;
  version: GraphVersion;
  feed: ChangeFeed;
}

/** Neo4j aborts one of two writers waiting on each other's locks; the driver marks it transient. */
function isDeadlock(err: unknown): boolean {
  return (
    err instanceof Neo4jError &&
    (err.code.includes('DeadlockDetected') || (isRetryableError(err) && /can't acquire|deadlock/i.test(err.message)))
  );
}
