import type { Driver } from 'neo4j-driver';

/**
 * The database's position in its transaction history: the bookmark Neo4j returns for a read. It
 * moves with every committed write, whoever made it (this service, the CLI, a script, Neo4j
 * Browser), and with nothing else, so two equal versions mean the graph in between was the same.
 * It may name a write a read started right after cannot see yet (committed, not yet applied):
 * reads that must include it pass it on as their bookmark (GraphStore.forRequest({ bookmarks })), and Neo4j starts
 * them once it is applied. The bookmark is opaque: only equality is used.
 *
 * Calls share probes: a call made while a probe runs waits for the next probe, which starts after
 * the call was made and so sees every write acknowledged before it; all calls made while one probe
 * runs share that next one. Under load this keeps the probes to about one per round trip.
 */
export class GraphVersion {
  private running: Promise<string> | undefined;
  private queued: Promise<string> | undefined;
  /** Probes sent so far (for tests and metrics). */
  probes = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    private readonly timeoutMs: number,
  ) {}

  current(): Promise<string> {
    if (!this.running) return this.start();
    this.queued ??= this.running.then(ignore, ignore).then(() => {
      this.queued = undefined;
      return this.start();
    });
    return this.queued;
  }

  private start(): Promise<string> {
    const probe = this.probe().finally(() => {
      if (this.running === probe) this.running = undefined;
    });
    this.running = probe;
    return probe;
  }

  private async probe(): Promise<string> {
    this.probes++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'READ' });
    try {
      await session.run('RETURN 1', {}, { timeout: this.timeoutMs });
      const bookmarks = session.lastBookmarks();
      if (bookmarks.length === 0) throw new Error('Neo4j returned no bookmark for a read');
      return bookmarks.join(' ');
    } finally {
      await session.close();
    }
  }
}

function ignore(): void {}
