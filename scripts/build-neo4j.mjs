#!/usr/bin/env node
// Gathers the local Neo4j's jars (neo4j/pom.xml) into neo4j/target/lib once. Offline first, so a
// machine that built it before (jars in ~/.m2) starts without the network; online only when needed.
// Skipped when NEO4J_URI points at a database of the user's own.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pom = join(root, 'neo4j', 'pom.xml');
const lib = join(root, 'neo4j', 'target', 'lib');
const classArchive = join(root, 'neo4j', 'target', 'neo4j-classes.jsa');

function upToDate() {
  if (!existsSync(lib)) return false;
  const jars = readdirSync(lib).filter((f) => f.endsWith('.jar'));
  return jars.some((f) => f.startsWith('neo4j-server-')) && statSync(lib).mtimeMs >= statSync(pom).mtimeMs;
}

// Neo4j's classes parsed once for all later starts (scripts/neo4j-class-archive.ts); it only warns on failure.
function writeClassArchive() {
  if (existsSync(classArchive) && statSync(classArchive).mtimeMs >= statSync(lib).mtimeMs) return;
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'neo4j-class-archive.ts')], { stdio: 'inherit', cwd: root });
}

if (process.env.NEO4J_URI && !process.argv.includes('--force')) process.exit(0);
if (upToDate()) {
  writeClassArchive();
  process.exit(0);
}

// Output is kept back and shown only when it matters: an offline attempt that misses jars prints a
// block of [ERROR] lines that reads as failure to a newcomer although the online attempt then works.
const mvn = (extra, show) =>
  spawnSync('mvn', ['-B', '-q', ...extra, '-f', pom, 'package'], { stdio: show ? 'inherit' : 'pipe', encoding: 'utf8' });
console.log('[policygraph] gathering Neo4j 5.26 Community jars with Maven (neo4j/pom.xml)…');
const offline = mvn(['-o'], false);
if (offline.status !== 0) {
  if (offline.error) {
    console.error(`[policygraph] cannot run Maven (${offline.error.message}): install it (mvn) and run this again.`);
    process.exit(1);
  }
  console.log(
    '[policygraph] some jars are not in the local Maven cache (~/.m2) yet: downloading them from Maven Central (first run only, about 140 MB)…',
  );
  if (mvn([], true).status !== 0) {
    console.error('[policygraph] Maven could not gather the Neo4j jars: see the output above (is Maven Central reachable?).');
    process.exit(1);
  }
}
console.log(`[policygraph] Neo4j jars ready in ${lib}`);
writeClassArchive();
