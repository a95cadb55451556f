import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { LRUCache } from 'lru-cache';

/**
 * The pages and assets people load in a browser (GraphiQL's ~9 MB page, the explorer's page, style
 * and script, Neo4j Browser's style and guide) go out compressed per Accept-Encoding (brotli, else
 * gzip) with an ETag: a reload revalidates and gets a 304 instead of the bytes again (issue 19,
 * item 9). A body is compressed once and kept, keyed by its hash, so the next visitor costs a hash
 * of the body, not a compression (brotli at quality 6: ~0.4 s for GraphiQL's page, 9.1 → 2.0 MB).
 * GraphQL answers are left alone: they are small, varied, and the response cache holds them.
 */
const COMPRESSIBLE = /^(text\/(html|css|plain|javascript)|application\/javascript)\b/;
const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const ENCODERS = {
  br: (b: Uint8Array) => brotli(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: b.length } }),
  gzip: (b: Uint8Array) => gzipAsync(b, { level: 6 }),
};
type Encoding = keyof typeof ENCODERS;

/** The encoding to use: the client's best-weighted of ours (ties: brotli first), or none. */
function chooseEncoding(acceptEncoding: string | null): Encoding | undefined {
  const weights = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((x) => x !== undefined);
    if (name) weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (e: Encoding) => weights.get(e) ?? weights.get('*') ?? 0;
  return (['br', 'gzip'] as const).filter((e) => weight(e) > 0).sort((a, b) => weight(b) - weight(a))[0];
}

export function useCompression(options: { maxBytes?: number } = {}): Plugin {
  // Compressed bodies by `${etag}:${encoding}`; one in progress is shared by the requests that wait for it.
  const done = new LRUCache<string, Uint8Array<ArrayBuffer>>({
    maxSize: options.maxBytes ?? 16 * 1024 * 1024,
    sizeCalculation: (b) => b.length || 1,
  });
  const pending = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
  const compress = (key: string, encoding: Encoding, body: Uint8Array): Promise<Uint8Array<ArrayBuffer>> => {
    const hit = done.get(key);
    if (hit) return Promise.resolve(hit);
    let p = pending.get(key);
    if (!p) {
      p = ENCODERS[encoding](body).then((buf) => {
        const bytes = new Uint8Array(buf.buffer as ArrayBuffer, buf.byteOffset, buf.length);
        done.set(key, bytes);
        return bytes;
      });
      p.finally(() => pending.delete(key)).catch(() => {});
      pending.set(key, p);
    }
    return p;
  };
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (request.method !== 'GET' || response.status !== 200) return;
      if (!COMPRESSIBLE.test(response.headers.get('content-type') ?? '') || response.headers.has('content-encoding')) return;
      const body = new Uint8Array(await response.arrayBuffer());
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('etag', etag);
      headers.set('vary', 'accept-encoding');
      // A page without a policy of its own (GraphiQL's) is kept but revalidated on each visit.
      if (!headers.has('cache-control')) headers.set('cache-control', 'no-cache');
      headers.delete('content-length');
      const ifNoneMatch = request.headers.get('if-none-match');
      if (ifNoneMatch?.split(',').some((t) => t.trim().replace(/^W\//, '') === etag)) {
        headers.delete('content-type');
        return setResponse(new fetchAPI.Response(null, { status: 304, headers }));
      }
      const encoding = chooseEncoding(request.headers.get('accept-encoding'));
      if (!encoding || body.length < 1024) {
        return setResponse(new fetchAPI.Response(body, { status: 200, headers }));
      }
      const bytes = await compress(`${etag}:${encoding}`, encoding, body);
      headers.set('content-encoding', encoding);
      headers.set('content-length', String(bytes.length));
      setResponse(new fetchAPI.Response(bytes, { status: 200, headers }));
    },
  };
}
