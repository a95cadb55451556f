// The benchmark's own Neo4j: the project's local Neo4j 5.26 in $BENCH_HOME (default .neo4j/bench),
// on its own ports (bolt 7697, http 7484), with a 2g heap and a 2g page cache. Data persist between
// runs (a graph grows 1k → 10k → 100k). Snapshots of each size live in their own folders
// (.neo4j/bench-1k, bench-10k, bench-100k): BENCH_HOME=.neo4j/bench-10k picks one. Only one bench
// Neo4j may run at a time on the same ports: BENCH_BOLT_PORT / BENCH_HTTP_PORT move one elsewhere
// (neo4j.conf is written anew at each start, so a folder built on other ports starts anywhere).
// Always set BENCH_HOME for a folder other than .neo4j/bench: a bench script started without it
// starts (or shares) the Neo4j of .neo4j/bench.
//
// Transaction logs are pruned at each checkpoint (every 5 min) down to the newest file (64 MiB
// files), so a 100k ingest does not leave tens of GB of logs behind (Neo4j's default keeps two days
// of them). BENCH_HEAP / BENCH_PAGECACHE (default 2g each) size a build; conf is rewritten at each
// start, so a graph built with more memory is read with the default.
//
//   tsx bench/neo4j.ts [--fresh]    starts it and keeps it running until Ctrl-C / SIGTERM
import { createDriver } from '../src/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../src/graph/local-neo4j.ts';
import { applySchema } from '../src/graph/migrations.ts';
import type { Driver } from 'neo4j-driver';

export const BENCH_NEO4J = {
  home: process.env.BENCH_HOME || '.neo4j/bench',
  boltPort: Number(process.env.BENCH_BOLT_PORT || 7697),
  httpPort: Number(process.env.BENCH_HTTP_PORT || 7484),
  heap: process.env.BENCH_HEAP || '2g',
  pagecache: process.env.BENCH_PAGECACHE || '2g',
  extraConf: {
    'db.tx_log.rotation.retention_policy': '1 files',
    'db.tx_log.rotation.size': '64M',
    // Pruning happens at checkpoints (default every 15 min): a big ingest writes ~100 KB of log per article.
    'db.checkpoint.interval.time': '5m',
  },
};

export async function startBenchNeo4j(fresh = false): Promise<{ neo4j: LocalNeo4j; driver: Driver }> {
  const neo4j = await startLocalNeo4j({ ...BENCH_NEO4J, fresh, startTimeoutMs: 180_000 });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: 'unused' });
  await applySchema(driver, 'neo4j');
  return { neo4j, driver };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { neo4j, driver } = await startBenchNeo4j(process.argv.includes('--fresh'));
  await driver.close();
  console.log(`bench Neo4j (${BENCH_NEO4J.home}) on ${neo4j.uri}, pid ${neo4j.pid}; Ctrl-C stops it`);
  const stop = () => void neo4j.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  setInterval(() => {}, 1 << 30);
}
