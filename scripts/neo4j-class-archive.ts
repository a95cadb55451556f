// Writes the local Neo4j's class-data-sharing archive (NEO4J_CLASS_ARCHIVE): starts Neo4j once on
// a throw-away folder with -XX:ArchiveClassesAtExit, lets it answer a query, and stops it; the JVM
// writes the classes it loaded as it exits. Run by scripts/build-neo4j.mjs after the jars; a
// failure only costs start-up speed, so it warns and exits 0.
import { existsSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { NEO4J_CLASS_ARCHIVE, NEO4J_LIB, startLocalNeo4j } from '../src/graph/local-neo4j.ts';
import { freePort } from '../tests/helpers/ports.ts';

const upToDate = existsSync(NEO4J_CLASS_ARCHIVE) && statSync(NEO4J_CLASS_ARCHIVE).mtimeMs >= statSync(NEO4J_LIB).mtimeMs;
if (upToDate && !process.argv.includes('--force')) process.exit(0);

const home = mkdtempSync(join(tmpdir(), 'policygraph-class-archive-'));
const partial = `${NEO4J_CLASS_ARCHIVE}.partial`;
try {
  console.log('[policygraph] writing the Neo4j class-data archive (faster starts and restarts)…');
  rmSync(partial, { force: true });
  const server = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '256m',
    pagecache: '32m',
    fresh: true,
    archiveClassesTo: partial,
  });
  const driver = neo4j.driver(server.uri);
  await driver.executeQuery('CREATE (n:Warmup) WITH n MATCH (m:Warmup) DETACH DELETE m');
  await driver.close();
  // Not server.stop(): writing the archive at exit can outlast stop()'s 20 s before it kills.
  process.kill(server.pid, 'SIGTERM');
  await server.exited;
  if (!existsSync(partial)) throw new Error('the JVM wrote no archive');
  renameSync(partial, NEO4J_CLASS_ARCHIVE);
  console.log(`[policygraph] class-data archive ready: ${NEO4J_CLASS_ARCHIVE}`);
} catch (err) {
  console.warn(
    `[policygraph] warning: no class-data archive (${(err as Error).message.split('\n')[0]}); Neo4j starts without it, only more slowly`,
  );
} finally {
  rmSync(home, { recursive: true, force: true });
  rmSync(partial, { force: true });
}
