import { isRetryableError, Neo4jError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { validateGraph } from '../model/validate-graph.ts';
import { unloadArticle, writeArticle } from './article-writes.ts';
import { writeArticles } from './batch-writes.ts';
import { mergeEntities, updateEntity } from './entity-writes.ts';
import type { EntityRow } from './reads/rows.ts';

/**
 * The data-access layer's entry point: reads in read transactions (routed to secondaries on a
 * cluster), writes in write transactions, each with a server-side timeout. `forRequest` gives a
 * view bound to a request's AbortSignal: its reads share one session and, while the request keeps
 * reading, one read transaction (see RequestStore); when the client goes away, the running read is
 * cancelled and the request's reads reject with the signal's reason (an AbortError).
 */
export class GraphStore {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly txTimeoutMs: number,
    protected readonly counter: Counters = { n: 0, tx: 0, writeTail: Promise.resolve() },
    readonly signal?: AbortSignal,
  ) {}

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

  /** Counts the transactions begun (a request view runs many reads in one), shared by request views. */
  get transactions(): number {
    return this.counter.tx;
  }

  forRequest(signal: AbortSignal): GraphStore {
    return new RequestStore(this.driver, this.database, this.txTimeoutMs, this.counter, signal);
  }

  /** One read in its own session and read transaction. */
  async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.signal?.throwIfAborted();
    this.counter.n++;
    this.counter.tx++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    // Closing the session is how the driver cancels (as executeQuery does with its signal).
    const cancel = () => void session.close();
    this.signal?.addEventListener('abort', cancel, { once: true });
    try {
      return await session.executeRead(work, { timeout: this.txTimeoutMs });
    } finally {
      this.signal?.removeEventListener('abort', cancel);
      await closeQuietly(session);
    }
  }

  /** Writes are not cancelled with the request: a write either commits whole or rolls back whole. */
  /**
   * One write transaction. Writers that create relationships on the same dense node (a country
   * in every article) deadlock often, so this process runs its writes one at a time (they are
   * short: a handful of statements), and a deadlock with another process is retried with backoff.
   * The driver's own retry window stays short so that reads fail fast during an outage.
   */
  write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const run = this.counter.writeTail.then(() => this.writeWithRetry(work));
    this.counter.writeTail = run.then(() => undefined, () => undefined);
    return run;
  }

  private async writeWithRetry<T>(work: (tx: ManagedTransaction) => Promise<T>, attempts = 10): Promise<T> {
    this.counter.n++;
    for (let attempt = 1; ; attempt++) {
      this.counter.tx++;
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

  /** Validates first, then writes the whole article in one transaction (all or nothing). */
  async loadArticle(input: unknown): Promise<{ articleId: string; replaced: boolean }> {
    const graph = validateGraph(input);
    return this.write((tx) => writeArticle(tx, graph));
  }

  /** Bulk ingest: validates all, then writes the batch in one transaction (same graph as loadArticle per article). */
  async loadArticles(inputs: readonly unknown[]): Promise<{ articleIds: string[]; replaced: number }> {
    const graphs = inputs.map((g) => validateGraph(g));
    return this.write((tx) => writeArticles(tx, graphs));
  }

  async deleteArticle(articleId: string): Promise<boolean> {
    return this.write((tx) => unloadArticle(tx, articleId));
  }

  /** One write transaction: folds `drop` into `keep` (same label) and deletes `drop`. */
  async mergeEntities(keep: string, drop: string): Promise<EntityRow> {
    return this.write((tx) => mergeEntities(tx, keep, drop));
  }

  async updateEntity(id: string, name: string | null, aliases: readonly string[] | null): Promise<EntityRow> {
    return this.write((tx) => updateEntity(tx, id, name, aliases));
  }

  /** Readiness: true when Neo4j answers within a second (the driver alone would retry for longer). */
  async ping(timeoutMs = 1000): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs)));
    const query = this.driver
      .executeQuery('RETURN 1', {}, { database: this.database, routing: 'READ' })
      .then(() => true, () => false);
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
  /** transactions begun */
  tx: number;
  /** the last write queued: the next one starts when it has settled */
  writeTail: Promise<void>;
}

interface Job {
  work: (tx: ManagedTransaction) => Promise<unknown>;
  resolve: (v: unknown) => void;
  reject: (e: unknown) => void;
}

/**
 * A request's view of the store. All its reads go through one session, lazily opened. Reads asked
 * for while a read transaction of the request is running (the other loaders of the same tick, and
 * the next nesting level, which asks as soon as the previous level's results are delivered) run in
 * that same transaction: a Q2-style request of 4 nesting levels and 7 loaders is one transaction,
 * not 7. The transaction ends (commits) when a turn of the event loop passes without new reads, so
 * it is never held open while the request waits on something else (a write, the client).
 *
 * Still a managed read transaction: the per-request timeout applies to it, and a transient failure
 * is retried (reads whose results were already delivered are not run again). Each read's own
 * result or error goes to its caller only; a database error fails the transaction, so it fails the
 * reads not yet delivered. When the request's signal aborts, the session is closed (the driver
 * cancels the running query) and every pending read rejects with the signal's reason.
 */
class RequestStore extends GraphStore {
  private session: Session | undefined;
  private queue: Job[] = [];
  private running = false;

  constructor(driver: Driver, database: string, txTimeoutMs: number, counter: Counters, signal: AbortSignal) {
    super(driver, database, txTimeoutMs, counter, signal);
    signal.addEventListener('abort', () => this.cancel(), { once: true });
  }

  override forRequest(signal: AbortSignal): GraphStore {
    return new RequestStore(this.driver, this.database, this.txTimeoutMs, this.counter, signal);
  }

  override read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const signal = this.signal!;
    if (signal.aborted) return Promise.reject(signal.reason);
    this.counter.n++;
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ work, resolve: resolve as (v: unknown) => void, reject });
      if (!this.running) {
        this.running = true;
        // Let the other loaders of this tick enqueue before the transaction starts.
        process.nextTick(() => void this.drain());
      }
    });
  }

  private async drain(): Promise<void> {
    const signal = this.signal!;
    try {
      while (this.queue.length > 0 && !signal.aborted) {
        this.session ??= this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
        await this.session.executeRead(async (tx) => {
          this.counter.tx++;
          while (this.queue.length > 0) {
            const batch = this.queue.splice(0);
            const settled = await Promise.allSettled(batch.map((j) => j.work(tx)));
            const failed = settled.findIndex((r) => r.status === 'rejected' && isDatabaseError(r.reason));
            if (failed >= 0) {
              // The transaction is broken: deliver what succeeded before it, retry the rest (the
              // driver retries transient errors, otherwise each of them gets the error).
              settled.forEach((r, i) => {
                if (r.status === 'fulfilled') batch[i]!.resolve(r.value);
                else if (!isDatabaseError(r.reason)) batch[i]!.reject(r.reason);
              });
              this.queue.unshift(...batch.filter((_, i) => settled[i]!.status === 'rejected' && isDatabaseError((settled[i] as PromiseRejectedResult).reason)));
              throw (settled[failed] as PromiseRejectedResult).reason;
            }
            settled.forEach((r, i) => (r.status === 'fulfilled' ? batch[i]!.resolve(r.value) : batch[i]!.reject(r.reason)));
            // The resolvers given these results ask for the next level before the event loop
            // turns: keep the transaction for them.
            await new Promise<void>((ok) => setImmediate(ok));
          }
        }, { timeout: this.txTimeoutMs });
      }
    } catch (err) {
      for (const j of this.queue.splice(0)) j.reject(signal.aborted ? signal.reason : err);
    } finally {
      this.running = false;
      for (const j of this.queue.splice(0)) j.reject(signal.reason);
      if (!signal.aborted && this.queue.length === 0) {
        // Nothing left: give the session back (it holds no connection between transactions).
        const session = this.session;
        this.session = undefined;
        if (session) await closeQuietly(session);
      }
    }
  }

  private cancel(): void {
    const reason = this.signal!.reason;
    for (const j of this.queue.splice(0)) j.reject(reason);
    const session = this.session;
    this.session = undefined;
    // Closing the session is how the driver cancels (as executeQuery does with its signal).
    if (session) void closeQuietly(session);
  }
}

function isDatabaseError(e: unknown): boolean {
  return e instanceof Neo4jError;
}

async function closeQuietly(session: Session): Promise<void> {
  try {
    await session.close();
  } catch {
    // already closed by a cancellation
  }
}

/** Neo4j aborts one of two writers waiting on each other's locks; the driver marks it transient. */
function isDeadlock(err: unknown): boolean {
  return err instanceof Neo4jError && (err.code.includes('DeadlockDetected') || (isRetryableError(err) && /can't acquire|deadlock/i.test(err.message)));
}
