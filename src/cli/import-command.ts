import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import {
  BulkImportError,
  BulkImportWriter,
  GraphReader,
  importIntoLocalNeo4j,
  LocalNeo4jError,
  localDatabaseAbsent,
  localNeo4jRunning,
} from '../graph/index.ts';
import { extractFiles } from '../ingest/extract-pool.ts';
import { articleFiles } from '../ingest/load-files.ts';
import { validateGraph } from '../model/validate-graph.ts';
import type { Runtime } from '../runtime.ts';
import { cliConfig, withDatabase } from './database.ts';
import { CliError } from './errors.ts';

// `import FILE|DIR…`: the first load of a large archive. Articles are extracted in worker threads
// and written as CSV, and neo4j-admin imports them offline into the local Neo4j's (empty)
// database: the same graph `ingest` builds, without a transaction per batch. All or nothing: one
// unreadable or invalid file and nothing is imported.

const reader = (rt: Runtime) => new GraphReader(rt.store);

export async function importCommand(paths: string[], opts: { workers?: string }): Promise<void> {
  const config = cliConfig();
  if (config.NEO4J_URI)
    throw new CliError('import writes the local Neo4j offline (NEO4J_URI must be unset); use `ingest` for a Neo4j elsewhere', 2);
  const workers = opts.workers === undefined ? availableParallelism() : Number(opts.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new CliError('--workers must be an integer from 1 to 64', 2);
  const files = articleFiles(paths);
  if (files.length === 0) throw new CliError('no .txt article files found', 66);
  const home = resolve(config.LOCAL_NEO4J_DIR);
  if (localNeo4jRunning(home))
    throw new CliError(`the local Neo4j in ${home} is running (a service?): stop it first, import rewrites its database offline`, 1);
  if (!localDatabaseAbsent(home)) {
    const nodes = await withDatabase((rt) => reader(rt).nodeCount('all'));
    if (nodes > 0)
      throw new CliError(
        `the local graph in ${home} is not empty (${nodes} nodes): import only fills an empty graph; use \`ingest\` to add articles`,
        1,
      );
  }

  const t0 = Date.now();
  mkdirSync(home, { recursive: true });
  const dir = mkdtempSync(join(home, 'import-'));
  try {
    const writer = new BulkImportWriter(dir);
    const failed: string[] = [];
    for await (const part of extractFiles(files, workers)) {
      for (const r of part) {
        // Every file is checked, so all the bad ones are reported; once one is bad nothing is written.
        let graph: ReturnType<typeof validateGraph>;
        try {
          if (!r.ok) throw new Error(r.error);
          graph = validateGraph(r.graph);
          for (const w of r.warnings ?? []) console.error(`warning: ${r.file}: ${w}`);
        } catch (err) {
          failed.push(`${r.file}: ${(err as Error).message}`);
          continue;
        }
        if (failed.length === 0) await writer.add(graph);
      }
      if (process.stderr.isTTY)
        process.stderr.write(`\rextracted ${writer.counts.articles + writer.counts.duplicates + failed.length}/${files.length}`);
    }
    if (failed.length > 0) {
      for (const f of failed) console.error(`error: ${f}`);
      throw new CliError(`${failed.length} file(s) could not be read or extracted; nothing was imported`, 1);
    }
    let t1: number;
    let importMs: number;
    try {
      const csv = await writer.finish();
      t1 = Date.now();
      ({ ms: importMs } = await importIntoLocalNeo4j(home, csv, dir));
    } catch (err) {
      // A value the CSV format cannot carry, or neo4j-admin failing: nothing was imported.
      if (err instanceof BulkImportError || err instanceof LocalNeo4jError) throw new CliError(`${err.message}\nnothing was imported`, 1);
      throw err;
    }
    const t2 = Date.now();
    // Starting applies the schema; the indexes are populated over the whole graph before it returns.
    // The import wrote no transaction: its one change (the articles, no facts) is logged now.
    const graph = await withDatabase(
      async (rt) => {
        await rt.store.recordImport(writer.articleIds);
        return { articles: await reader(rt).nodeCount('Article'), entities: await reader(rt).nodeCount('Entity') };
      },
      { indexWaitSeconds: 3600 },
    );
    const t3 = Date.now();
    const c = writer.counts;
    if (process.stderr.isTTY) process.stderr.write('\n');
    console.log(
      `${c.articles} article(s) imported (${c.duplicates} duplicate text(s) skipped): ${graph.entities} entities, ${c.mentions} mentions, ${c.relations} relationships.`,
    );
    console.log(
      `${((t3 - t0) / 1000).toFixed(1)} s = ${(c.articles / ((t3 - t0) / 1000)).toFixed(1)} articles/s (extract + CSV ${((t1 - t0) / 1000).toFixed(1)} s, neo4j-admin import ${(importMs / 1000).toFixed(1)} s, start + indexes ${((t3 - t2) / 1000).toFixed(1)} s).`,
    );
    if (graph.articles !== c.articles)
      throw new CliError(`the imported graph holds ${graph.articles} articles, expected ${c.articles}`, 70);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
