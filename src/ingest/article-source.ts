import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { parseArticle } from '../model/article-file.ts';

/** `foo.txt` → `foo.annotation.json`: a reviewed annotation kept next to its article. */
function annotationPath(articlePath: string): string {
  return `${articlePath.replace(/\.txt$/i, '')}.annotation.json`;
}

class ArticleFileError extends Error {}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of an article file. Only regular files are read (a FIFO would block forever, a folder
 * named *.txt cannot be read), and only valid UTF-8: bytes in another encoding are refused rather
 * than loaded as replacement characters.
 */
function readArticleFile(path: string): string {
  const cannot = (err: unknown) => new ArticleFileError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  let bytes: Buffer;
  try {
    if (!statSync(path).isFile()) throw new ArticleFileError(`cannot read ${path}: not a regular file`);
    bytes = readFileSync(path);
  } catch (err) {
    throw err instanceof ArticleFileError ? err : cannot(err);
  }
  try {
    return utf8.decode(bytes);
  } catch {
    throw new ArticleFileError(`cannot read ${path}: not UTF-8 text`);
  }
}

/**
 * The graph of one article file: its reviewed annotation when there is one (it takes precedence
 * over extraction), otherwise what the extractor reads from the text.
 */
export function graphOfFile(
  path: string,
  extract: (raw: string) => ExtractedGraph,
): { graph: unknown; from: 'annotation' | 'extractor'; warnings?: string[] } {
  const raw = readArticleFile(path);
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
  const { warnings } = parseArticle(raw);
  return { graph: extract(raw), from: 'extractor', ...(warnings ? { warnings } : {}) };
}
