import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import type { GraphStore } from '../graph/index.ts';
import { graphOfFile } from './article-source.ts';

export interface FileResult {
  file: string;
  ok: boolean;
  from?: 'annotation' | 'extractor';
  articleId?: string;
  replaced?: boolean;
  error?: string;
  /** Loaded, but with something the reader should know (an unreadable Date header). */
  warnings?: string[];
}

/** Article files named on the command line: folders give their `.txt` files, sorted by name. */
export function articleFiles(paths: string[]): string[] {
  return paths.flatMap((p) => {
    let isDir = false;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      return [p]; // reported as unreadable when loaded
    }
    return isDir
      ? readdirSync(p)
          .filter((f) => f.endsWith('.txt'))
          .sort()
          .map((f) => join(p, f))
      : [p];
  });
}

/**
 * Loads each file in its own transaction: a bad file is reported and leaves nothing behind,
 * while the good ones still load.
 */
export async function loadFiles(
  store: GraphStore,
  files: string[],
  extract: (raw: string) => ExtractedGraph,
  onResult: (r: FileResult, done: number) => void = () => {},
): Promise<FileResult[]> {
  const results: FileResult[] = [];
  for (const file of files) {
    let result: FileResult;
    try {
      const { graph, from, warnings } = graphOfFile(file, extract);
      const loaded = await store.loadArticle(graph);
      result = { file, ok: true, from, ...loaded, ...(warnings ? { warnings } : {}) };
    } catch (err) {
      result = { file, ok: false, error: (err as Error).message };
    }
    results.push(result);
    onResult(result, results.length);
  }
  return results;
}
