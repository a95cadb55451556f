import type { Server } from 'node:http';
import { expect } from 'vitest';
import { listen } from '../../src/server/http.ts';
import type { Stack } from '../helpers/stack.ts';

// Reliability tests talk to the service over real HTTP on loopback (node:http, real Content-Length
// and chunked bodies), not through yoga.fetch.

export interface Served {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export async function serve(stack: Stack): Promise<Served> {
  const server = await listen(stack.yoga, '127.0.0.1', 0);
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

export interface Answer {
  status: number;
  text: string;
  json: any;
}

export interface Send {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string, bytes or a stream as they are. */
  body?: unknown;
}

export async function send(served: Served, s: Send): Promise<Answer> {
  const raw = s.body;
  const body =
    raw === undefined || typeof raw === 'string' || raw instanceof Uint8Array || raw instanceof ReadableStream
      ? (raw as BodyInit | undefined)
      : JSON.stringify(raw);
  const res = await fetch(served.url + (s.path ?? '/graphql'), {
    method: s.method ?? 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...s.headers },
    body,
    ...(raw instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, text, json };
}

// What must never reach a client: stack frames, file paths, driver errors, Cypher.
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat [\w.<>]+ \(|\bat .+:\d+:\d+/],
  ['file path', /node_modules|\/work\/|\.ts:\d+|\.js:\d+/],
  ['stack key', /"stack(trace)?"\s*:/],
  ['driver error', /Neo4jError|Neo\.(Client|Transient|Database)Error/],
  ['Cypher', /\bMATCH\s*\(|\bUNWIND\b|\bMERGE\s*\(|\bDETACH DELETE\b|db\.index\.|queryNodes|\bCypher\b/],
];

export function expectNoLeak(text: string): void {
  for (const [what, re] of LEAKS) expect(re.test(text), `${what} in response: ${text.slice(0, 300)}`).toBe(false);
}

/** The service still answers a good query after a bad one. */
export async function expectStillUp(served: Served): Promise<void> {
  const a = await send(served, { body: { query: '{ counts { label count } }' } });
  expect(a.status).toBe(200);
  expect(a.json?.errors).toBeUndefined();
  expect(a.json?.data?.counts?.length).toBeGreaterThan(0);
}

/**
 * The code of a refusal: the first error's extensions.code (every error must have one), or, for
 * a mutation's typed error, the union member's __typename (e.g. InvalidArticleError).
 */
export function answerCode(a: Answer): string | undefined {
  const errors = a.json?.errors as { message: string; extensions?: { code?: string } }[] | undefined;
  if (errors?.length) {
    for (const e of errors) {
      expect(e.extensions?.code, `error without code: ${e.message}`).toBeTypeOf('string');
      expect(e.message.length).toBeGreaterThan(0);
      expect(e.message).not.toBe('Unexpected error.');
    }
    return errors[0]!.extensions!.code;
  }
  const data = a.json?.data as Record<string, { __typename?: string } | null> | undefined;
  const typed = data && Object.values(data).find((v) => v?.__typename?.endsWith('Error'));
  return typed?.__typename;
}
