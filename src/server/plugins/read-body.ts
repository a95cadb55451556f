import type { GraphQLParams } from 'graphql-yoga';

// The request body is read once. use-body-limit reads it (counting bytes as they come) and
// use-utf8-body decodes and parses it; they are two plugins, so the bytes pass from one to the
// other here instead of through a second stream (piping every body twice cost 3–4% of a cached
// answer's CPU, bench/RESULTS.md). A parser that does not know this hand-over gets a fresh Request.

/** Yoga's request parser type (not exported by its index). */
type RequestParser = (request: Request) => GraphQLParams | GraphQLParams[] | Response | Promise<GraphQLParams | GraphQLParams[] | Response>;
type FetchAPI = { Request: typeof Request };

/** Marks a parser that takes an already-read body from `bodyOf` instead of reading the request. */
const TAKES_READ_BODY = Symbol('policygraph.takesReadBody');

const readBodies = new WeakMap<Request, Uint8Array<ArrayBuffer>>();

export function markTakesReadBody<P extends RequestParser>(parser: P): P {
  return Object.assign(parser, { [TAKES_READ_BODY]: true });
}

/** Hands a body already read from `request` on to the next parser, without reading it again where the parser allows. */
export function handOn(request: Request, bytes: Uint8Array<ArrayBuffer>, next: RequestParser, fetchAPI: FetchAPI) {
  if (TAKES_READ_BODY in next) {
    readBodies.set(request, bytes);
    return next(request);
  }
  return next(replay(request, bytes, fetchAPI));
}

/** The body's bytes: those a plugin before already read, or read now. */
export async function bodyOf(request: Request): Promise<Uint8Array<ArrayBuffer>> {
  return readBodies.get(request) ?? new Uint8Array(await request.arrayBuffer());
}

/** The same request with `bytes` as an unread body, for a parser of Yoga's own. */
export function replay(request: Request, bytes: Uint8Array<ArrayBuffer>, fetchAPI: FetchAPI): Request {
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body: bytes, signal: request.signal });
}
