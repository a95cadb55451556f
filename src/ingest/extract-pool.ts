import { Worker } from 'node:worker_threads';

// Article files extracted in worker threads (extraction is pure and CPU-bound: one worker per
// core), delivered in file order so that what is built from them does not depend on timing.

export type FileGraph =
  | { file: string; ok: true; graph: unknown; from: 'annotation' | 'extractor'; warnings?: string[] }
  | { file: string; ok: false; error: string };

function startWorker(): Worker {
  const url = new URL(import.meta.url.endsWith('.ts') ? './extract-worker.ts' : './extract-worker.js', import.meta.url);
  if (url.pathname.endsWith('.js')) return new Worker(url);
  // Under tsx (npm run policygraph, tests) the worker registers tsx before importing TypeScript.
  return new Worker(`import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true });
}

/**
 * Yields the files' graphs in the order of `files`, `chunk` files at a time, while the workers
 * extract ahead (at most two chunks in flight per worker, so memory stays bounded).
 */
export async function* extractFiles(files: readonly string[], workers: number, chunk = 200): AsyncGenerator<FileGraph[]> {
  const pool = Array.from({ length: Math.max(1, workers) }, startWorker);
  const queues = pool.map((w) => {
    const q: { ok: (r: FileGraph[]) => void; fail: (e: Error) => void }[] = [];
    w.on('message', (r: FileGraph[]) => q.shift()!.ok(r));
    w.on('error', (e) => {
      for (const p of q.splice(0)) p.fail(e);
    });
    return q;
  });
  const send = (k: number, part: string[]) =>
    new Promise<FileGraph[]>((ok, fail) => {
      queues[k]!.push({ ok, fail });
      pool[k]!.postMessage(part);
    });
  const pending: Promise<FileGraph[]>[] = [];
  let next = 0;
  const refill = () => {
    while (pending.length < pool.length * 2 && next < files.length) {
      pending.push(send((next / chunk) % pool.length, files.slice(next, next + chunk)));
      next += chunk;
    }
  };
  try {
    refill();
    while (pending.length > 0) {
      const part = await pending.shift()!;
      refill();
      yield part;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
