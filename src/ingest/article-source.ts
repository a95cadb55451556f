import { existsSync, readFileSync } from 'node:fs';
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { parseArticle } from '../model/article-file.ts';

/** `foo.txt` → `foo.annotation.json`: a reviewed annotation kept next to its article. */
export function annotationPath(articlePath: string): string {
  return articlePath.replace(/\.txt$/i, '') + '.annotation.json';
}

export class ArticleFileError extends Error {}

/**
 * The graph of one article file: its reviewed annotation when there is one (it takes precedence
 * over extraction), otherwise what the extractor reads from the text.
 */
export function graphOfFile(path: string, extract: (raw: string) => ExtractedGraph): { graph: unknown; from: 'annotation' | 'extractor' } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (err) {
    throw new ArticleFileError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
  const ann = annotationPath(path);
  if (existsSync(ann)) {
    let graph: ExtractedGraph;
    try {
      graph = JSON.parse(readFileSync(ann, 'utf8')) as ExtractedGraph;
    } catch (err) {
      throw new ArticleFileError(`cannot read annotation ${ann}: ${(err as Error).message}`);
    }
    if (graph?.article?.body !== parseArticle(raw).body) {
      throw new ArticleFileError(`annotation ${ann} does not match the text of ${path} (edited since it was reviewed?)`);
    }
    return { graph, from: 'annotation' };
  }
  return { graph: extract(raw), from: 'extractor' };
}
