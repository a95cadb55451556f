// The benchmark's own Neo4j: the project's local Neo4j 5.26 in .neo4j/bench, on its own ports,
// with a 2g heap and a 2g page cache. Data persist between runs (the graph grows 1k → 10k → 100k).
import { createDriver } from '../src/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local-neo4j.ts';
import { applySchema } from '../src/graph/migrations.ts';
import type { Driver } from 'neo4j-driver';

export const BENCH_NEO4J = { home: '.neo4j/bench', boltPort: 7697, httpPort: 7484, heap: '2g', pagecache: '2g' };

export async function startBenchNeo4j(fresh = false): Promise<{ neo4j: LocalNeo4j; driver: Driver }> {
  const neo4j = await startLocalNeo4j({ ...BENCH_NEO4J, fresh, startTimeoutMs: 180_000 });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'unused' });
  await applySchema(driver, 'neo4j');
  return { neo4j, driver };
}
