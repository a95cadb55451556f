import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { handOn } from './read-body.ts';

/**
 * The largest request body the service reads: 1 MiB. The biggest article ingestArticle takes
 * (200,000 characters, api/types/mutations.ts) fits in any UTF-8 (at most 4 bytes a character),
 * and no read query comes near it. It replaces Yoga's own limit (25 MB), turned off in yoga.ts.
 */
export const MAX_REQUEST_BYTES = 1024 * 1024;

function tooLarge(limit: number): GraphQLError {
  return new GraphQLError(`The request body is larger than the limit of ${limit} bytes.`, {
    extensions: { code: 'REQUEST_ENTITY_TOO_LARGE', maxBytes: limit, http: { status: 413 } },
  });
}

/** Reads a body stream, giving up (and cancelling it) as soon as it passes `limit` bytes. */
async function readLimited(body: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

/**
 * A body over `maxBytes` is refused with 413 (REQUEST_ENTITY_TOO_LARGE) whether it declares its
 * length or streams it chunked, before any GraphQL work; an invalid Content-Length with 400
 * (BAD_REQUEST). The body read here is handed to the next parser (read-body.ts), not read again.
 * Listed after use-utf8-body: a later plugin's parser wraps an earlier one's, so this one reads first.
 */
export function useBodyLimit(options: { maxBytes?: number } = {}): Plugin {
  const maxBytes = options.maxBytes ?? MAX_REQUEST_BYTES;
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      // Only one non-negative integer is a Content-Length (anything else, e.g. "1,2", is a smuggling attempt).
      if (declared !== null && !/^\d+$/.test(declared)) {
        throw new GraphQLError('The Content-Length header is invalid.', { extensions: { code: 'BAD_REQUEST', http: { status: 400 } } });
      }
      if (declared !== null && Number(declared) > maxBytes) throw tooLarge(maxBytes);
      if (!requestParser || request.body === null || request.method === 'GET' || request.method === 'HEAD') return;
      const next = requestParser;
      setRequestParser(async (req) => handOn(req, await readLimited(req.body!, maxBytes), next, fetchAPI));
    },
  };
}
