import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { JVM_FLAGS, LocalNeo4jError, NEO4J_LIB, runningPid } from './local-neo4j.ts';
import { otherOwner } from './local-neo4j-owner.ts';

// neo4j-admin's offline import (`database import full`), run from the same Maven jars as the
// local Neo4j: it writes the store files directly, far faster than transactions, but only into a
// stopped database, and it replaces that database whole.

export interface ImportFiles {
  nodes: string[];
  relationships: string[];
}

/** True when no database store of `database` exists yet in the local Neo4j folder `home`. */
export function localDatabaseAbsent(home: string, database = 'neo4j'): boolean {
  return !existsSync(join(resolve(home), 'data', 'databases', database));
}

/** The local Neo4j of `home` is running (its pid file names a live server), or its owner is restarting it. */
export function localNeo4jRunning(home: string): boolean {
  return runningPid(join(resolve(home), 'neo4j.pid')) !== undefined || otherOwner(resolve(home)) !== undefined;
}

/**
 * Replaces database `neo4j` of the stopped local Neo4j in `home` with the CSV files. On failure
 * the half-written store is removed, so the next start finds an empty database again.
 */
export async function importIntoLocalNeo4j(home: string, files: ImportFiles, reportDir: string): Promise<{ ms: number; output: string }> {
  const root = resolve(home);
  if (localNeo4jRunning(root)) throw new LocalNeo4jError(`the local Neo4j in ${root} is running: stop it before an offline import`);
  // Only the data and log folders matter to the import tool; the server's neo4j.conf is left alone.
  const conf = mkdtempSync(join(tmpdir(), 'policygraph-import-conf-'));
  writeFileSync(join(conf, 'neo4j.conf'), `server.directories.data=${join(root, 'data')}\nserver.directories.logs=${join(root, 'logs')}\n`);
  const args = [
    ...JVM_FLAGS,
    '-cp',
    `${NEO4J_LIB}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    'neo4j',
    // Lists are joined with U+001F (no text of an article holds it); article texts span lines.
    '--id-type=string',
    '--array-delimiter=U+001F',
    '--multiline-fields=true',
    '--overwrite-destination=true',
    `--report-file=${join(reportDir, 'import.report')}`,
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
  ];
  const t0 = Date.now();
  let output = '';
  try {
    const code = await new Promise<number | null>((done, fail) => {
      const child = spawn('java', args, { env: { ...process.env, NEO4J_HOME: root, NEO4J_CONF: conf }, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
      child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
      child.on('error', fail);
      child.on('exit', done);
    });
    if (code !== 0) {
      for (const dir of ['databases', 'transactions']) rmSync(join(root, 'data', dir, 'neo4j'), { recursive: true, force: true });
      throw new LocalNeo4jError(`neo4j-admin database import failed (exit ${code}):\n${output.split('\n').slice(-25).join('\n')}`);
    }
  } finally {
    rmSync(conf, { recursive: true, force: true });
  }
  return { ms: Date.now() - t0, output };
}
