import type { Driver, ManagedTransaction, Session } from 'neo4j-driver';
import { validateGraph } from '../model/validate-graph.ts';
import { unloadArticle, writeArticle } from './article-writes.ts';
import { writeArticles } from './batch-writes.ts';
import { mergeEntities, updateEntity } from './entity-writes.ts';
import type { EntityRow } from './reads/rows.ts';

/**
 * The data-access layer's entry point: reads in read transactions (routed to secondaries on a
 * cluster), writes in write transactions, each with a server-side timeout. `forRequest` gives a
 * view bound to a request's AbortSignal: when the client goes away, its running read is cancelled.
 */
export class GraphStore {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly txTimeoutMs: number,
    private readonly counter: { n: number } = { n: 0 },
    readonly signal?: AbortSignal,
  ) {}

  /** Counts every transaction function call (shared by request views), so tests can assert round trips per request. */
  get roundTrips(): number {
    return this.counter.n;
  }
  set roundTrips(n: number) {
    this.counter.n = n;
  }

  forRequest(signal: AbortSignal): GraphStore {
    return new GraphStore(this.driver, this.database, this.txTimeoutMs, this.counter, signal);
  }

  async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.signal?.throwIfAborted();
    this.counter.n++;
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
  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.counter.n++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(work, { timeout: this.txTimeoutMs * 3 });
    } finally {
      await session.close();
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

async function closeQuietly(session: Session): Promise<void> {
  try {
    await session.close();
  } catch {
    // already closed by a cancellation
  }
}
