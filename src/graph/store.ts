import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { validateGraph } from '../model/validate-graph.ts';
import { unloadArticle, writeArticle } from './article-writes.ts';

/**
 * The data-access layer's entry point: reads in read transactions (routed to secondaries on a
 * cluster), writes in write transactions, each with a server-side timeout.
 */
export class GraphStore {
  constructor(
    readonly driver: Driver,
    readonly database: string,
    readonly txTimeoutMs: number,
  ) {}

  /** Counts every transaction function call, so tests can assert round trips per request. */
  roundTrips = 0;

  async read<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.roundTrips++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(work, { timeout: this.txTimeoutMs });
    } finally {
      await session.close();
    }
  }

  async write<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.roundTrips++;
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

  async deleteArticle(articleId: string): Promise<boolean> {
    return this.write((tx) => unloadArticle(tx, articleId));
  }

  async ping(): Promise<boolean> {
    try {
      await this.driver.executeQuery('RETURN 1', {}, { database: this.database, routing: 'READ' });
      return true;
    } catch {
      return false;
    }
  }
}
