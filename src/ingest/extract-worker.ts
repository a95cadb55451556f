// Worker thread of extract-pool.ts: reads and extracts article files (pure, CPU-bound) and sends
// back each file's graph, or why it could not be read.
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../extract/index.ts';
import { graphOfFile } from './article-source.ts';
import type { FileGraph } from './extract-pool.ts';

parentPort!.on('message', (files: string[]) => {
  parentPort!.postMessage(
    files.map((file): FileGraph => {
      try {
        return { file, ok: true, ...graphOfFile(file, extractArticle) };
      } catch (err) {
        return { file, ok: false, error: (err as Error).message };
      }
    }),
  );
});
