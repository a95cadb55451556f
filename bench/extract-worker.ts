// Worker thread: generates article i of the corpus and extracts its graph (pure, CPU-bound).
import { parentPort, workerData } from 'node:worker_threads';
import { article } from './corpus.ts';
import { extractArticle } from '../src/extract/index.ts';

const { seed } = workerData as { seed: number };
parentPort!.on('message', (batch: number[]) => {
  const t0 = performance.now();
  const graphs = batch.map((i) => extractArticle(article(seed, i).text));
  parentPort!.postMessage({ graphs, ms: performance.now() - t0 });
});
