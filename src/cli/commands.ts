// The commands that write to the graph (ingest, load, delete): each opens the configured Neo4j
// (the local one when NEO4J_URI is unset) for the call and closes it.
import { SingleBar, Presets } from 'cli-progress';
import { extractArticle } from '../extract/index.ts';
import { articleFiles, loadFiles, type FileResult } from '../ingest/load-files.ts';
import { withDatabase } from './database.ts';
import { CliError } from './errors.ts';
import { readText } from './read-text.ts';

function report(results: FileResult[]): void {
  for (const r of results) for (const w of r.warnings ?? []) console.error(`warning: ${r.file}: ${w}`);
  const bad = results.filter((r) => !r.ok);
  for (const r of bad) console.error(`error: ${r.file}: ${r.error}`);
  const fromAnn = results.filter((r) => r.ok && r.from === 'annotation').length;
  console.log(
    `${results.length - bad.length} of ${results.length} article(s) loaded (${fromAnn} from reviewed annotations), ${bad.length} failed.`,
  );
  if (bad.length) throw new CliError(`${bad.length} file(s) could not be loaded`, 1);
}

/** `ingest FILE|DIR…`: extract (or take the reviewed annotation) and load, one transaction per article. */
export async function ingestCommand(paths: string[]): Promise<void> {
  const files = articleFiles(paths);
  if (files.length === 0) throw new CliError('no .txt article files found', 66);
  await withDatabase(async (rt) => {
    const bar =
      files.length > 1 && process.stderr.isTTY
        ? new SingleBar({ format: 'ingest [{bar}] {value}/{total} {file}' }, Presets.shades_classic)
        : null;
    bar?.start(files.length, 0, { file: '' });
    const results = await loadFiles(rt.store, files, extractArticle, (r, done) => bar?.update(done, { file: r.file }));
    bar?.stop();
    report(results);
  });
}

/** `load ANNOTATION.json…`: load reviewed annotations (ExtractedGraph JSON) as they are. */
export async function loadCommand(files: string[]): Promise<void> {
  await withDatabase(async (rt) => {
    const results: FileResult[] = [];
    for (const file of files) {
      try {
        const loaded = await rt.store.loadArticle(JSON.parse(readText(file)));
        results.push({ file, ok: true, from: 'annotation', ...loaded });
      } catch (err) {
        results.push({ file, ok: false, error: (err as Error).message });
      }
    }
    report(results);
  });
}

export async function deleteCommand(key: string): Promise<void> {
  await withDatabase(async (rt) => {
    if (!(await rt.store.deleteArticle(key))) throw new CliError(`no article ${key}`, 1);
    console.log(`deleted ${key}`);
  });
}
