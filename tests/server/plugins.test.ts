import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/graph/driver.ts';
import { GraphStore } from '../../src/graph/store.ts';
import { createLogger } from '../../src/logger.ts';
import { ExplorerUnavailableError } from '../../src/explore/bundle.ts';
import { createContext } from '../../src/api/context.ts';
import { schema } from '../../src/api/schema.ts';
import { MAX_REQUEST_BYTES, useBodyLimit } from '../../src/server/plugins/use-body-limit.ts';
import { useInputErrorCodes } from '../../src/server/plugins/use-input-error-codes.ts';
import { useStaticRoutes } from '../../src/server/plugins/use-static-routes.ts';
import { createPolicyGraphYoga } from '../../src/server/yoga.ts';
import { freePort } from '../helpers/ports.ts';
import { loadSeed, openStack, wipe, type Stack } from '../helpers/stack.ts';

// Each plugin of src/server/plugins/ through yoga.fetch (no port): the status and the error code a
// client sees, and that no answer carries a stack trace.
let stack: Stack;
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadSeed(stack.store);
}, 120_000);
afterAll(() => stack?.close());

const URL = 'http://localhost/graphql';
const COUNTS = JSON.stringify({ query: '{ counts { label count } }' });

async function send(
  init: RequestInit & { headers?: Record<string, string> },
  yoga: { fetch: (url: string, init: RequestInit) => Response | Promise<Response> } = stack.yoga,
) {
  const res = await yoga.fetch(URL, { method: 'POST', ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const text = await res.text();
  expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);
  const json = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
  return { status: res.status, json, code: json.errors?.[0]?.extensions?.code };
}

describe('use-body-limit', () => {
  it('refuses a body over the limit that declares its length: 413 REQUEST_ENTITY_TOO_LARGE', async () => {
    const body = JSON.stringify({ query: '{ counts { label } }', variables: { pad: 'x'.repeat(MAX_REQUEST_BYTES) } });
    const a = await send({ body });
    expect([a.status, a.code]).toEqual([413, 'REQUEST_ENTITY_TOO_LARGE']);
  });

  it('refuses a streamed body (no Content-Length) once it passes the limit: 413', async () => {
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 3) c.enqueue(new Uint8Array(MAX_REQUEST_BYTES / 2).fill(0x20));
        else c.close();
      },
    });
    const a = await send({ body, duplex: 'half' } as RequestInit & { headers?: Record<string, string> });
    expect([a.status, a.code]).toEqual([413, 'REQUEST_ENTITY_TOO_LARGE']);
  });

  it('refuses an invalid Content-Length: 400 BAD_REQUEST', async () => {
    const a = await send({ body: COUNTS, headers: { 'content-length': '12, 12' } });
    expect([a.status, a.code]).toEqual([400, 'BAD_REQUEST']);
  });

  it('works alone: the body it read goes on to Yoga’s own parser', async () => {
    const yoga = createYoga({ schema, plugins: [useBodyLimit({ maxBytes: 200 })] });
    const ok = await yoga.fetch(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' } });
    const big = await yoga.fetch(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(300)}` }),
    });
    expect(big.status).toBe(413);
  });
});

describe('use-utf8-body', () => {
  it('refuses a body that is not valid UTF-8: 400 BAD_REQUEST', async () => {
    const body = Buffer.concat([Buffer.from('{"query":"{ counts { lab'), Buffer.from([0xff, 0xfe]), Buffer.from('el } }"}')]);
    const a = await send({ body });
    expect([a.status, a.code]).toEqual([400, 'BAD_REQUEST']);
    expect(a.json.errors?.[0]?.message).toBe('The request body is not valid UTF-8.');
  });

  it('answers a valid body, non-ASCII included', async () => {
    const a = await send({
      body: JSON.stringify({ query: 'query($q: String!) { search(query: $q) { __typename } }', variables: { q: 'Путин' } }),
    });
    expect(a.status).toBe(200);
    expect(a.json.errors).toBeUndefined();
  });
});

describe('use-media-type', () => {
  it('answers a POST of a content type no parser takes with 415 UNSUPPORTED_MEDIA_TYPE, saying what is accepted', async () => {
    const a = await send({ body: '{ counts { label } }', headers: { 'content-type': 'text/plain' } });
    expect([a.status, a.code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
    expect(a.json.errors?.[0]?.message).toMatch(/application\/json/);
  });
});

describe('use-input-error-codes', () => {
  it('gives variables that do not coerce BAD_USER_INPUT', async () => {
    const a = await send({
      body: JSON.stringify({ query: 'query($n: Int) { entities(first: $n) { totalCount } }', variables: { n: 'many' } }),
    });
    expect(a.code).toBe('BAD_USER_INPUT');
  });

  it('gives a malformed global id BAD_USER_INPUT, which graphql-js and Pothos leave without a code', async () => {
    const body = JSON.stringify({ query: '{ node(id: "garbage!!") { id } }' });
    const bare = createYoga({ schema, context: () => createContext(stack.store, false), maskedErrors: false });
    const coded = createYoga({
      schema,
      context: () => createContext(stack.store, false),
      maskedErrors: false,
      plugins: [useInputErrorCodes()],
    });
    expect((await send({ body }, bare)).code).toBeUndefined();
    expect((await send({ body }, coded)).code).toBe('BAD_USER_INPUT');
    expect((await send({ body })).code).toBe('BAD_USER_INPUT');
  });
});

describe('use-query-shape-limits and use-cost-limit', () => {
  it('refuses a document too deep (DEPTH_LIMIT_EXCEEDED) and one too costly (COST_LIMIT_EXCEEDED)', async () => {
    const deep = `{ article(key: "x") { ${'sentences { edges { node { article { '.repeat(6)} title ${'} } } } '.repeat(6)} } }`;
    expect((await send({ body: JSON.stringify({ query: deep }) })).code).toBe('DEPTH_LIMIT_EXCEEDED');
    const costly =
      '{ people(first: 100) { edges { node { offices(first: 100) { edges { node { holders(first: 100) { totalCount } } } } } } } }';
    const a = await send({ body: JSON.stringify({ query: costly }) });
    expect(a.code).toBe('COST_LIMIT_EXCEEDED');
  });

  it('costs one document anew for each set of variables (the remembered cost is per variables)', async () => {
    const query =
      'query Q($n: Int!) { people(first: $n) { edges { node { offices(first: $n) { edges { node { holders(first: $n) { totalCount } } } } } } } }';
    const small = await send({ body: JSON.stringify({ query, variables: { n: 2 } }) });
    expect(small.code).toBeUndefined();
    const big = await send({ body: JSON.stringify({ query, variables: { n: 100 } }) });
    expect(big.code).toBe('COST_LIMIT_EXCEEDED');
    const again = await send({ body: JSON.stringify({ query, variables: { n: 2 } }) });
    expect(again.code).toBeUndefined();
  });
});

describe('use-liveness: /health', () => {
  it('answers 200 {"status":"ok"} while alive, 503 {"status":"down", reason} once not', async () => {
    const ok = await stack.yoga.fetch('http://localhost/health');
    expect([ok.status, ok.headers.get('content-type'), await ok.text()]).toEqual([200, 'application/json', '{"status":"ok"}']);
    const dead = createPolicyGraphYoga({ store: stack.store, logger: createLogger('silent'), graphiql: false, alive: () => false });
    const down = await dead.fetch('http://localhost/health');
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: 'down', reason: 'the local Neo4j could not be restarted' });
  });
});

describe('use-readiness: /ready', () => {
  it('answers 200 with Neo4j reachable and the article count', async () => {
    const res = await stack.yoga.fetch('http://localhost/ready');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json');
    expect(await res.json()).toEqual({ status: 'ok', neo4j: 'reachable', articles: 1 });
  });

  it('answers 503 {"status":"unavailable","neo4j":"unreachable"} when nothing listens on the Bolt port', async () => {
    const driver = createDriver({ uri: `bolt://127.0.0.1:${await freePort()}`, user: 'neo4j', password: '' });
    try {
      const yoga = createPolicyGraphYoga({
        store: new GraphStore(driver, 'neo4j', 10_000),
        logger: createLogger('silent'),
        graphiql: false,
      });
      const res = await yoga.fetch('http://localhost/ready');
      expect(res.status).toBe(503);
      expect(await res.json()).toEqual({ status: 'unavailable', neo4j: 'unreachable', reason: 'Neo4j does not answer' });
      // Liveness is not readiness: the process itself is fine.
      expect((await yoga.fetch('http://localhost/health')).status).toBe(200);
    } finally {
      await driver.close();
    }
  });
});

describe('use-static-routes', () => {
  it('serves the explorer’s script', async () => {
    const res = await stack.yoga.fetch('http://localhost/explore/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await res.text()).length).toBeGreaterThan(100_000);
  });

  it('answers 503 with the reason when a script cannot be had, and nothing internal otherwise', async () => {
    const routes = {
      '/explore/app.js': {
        type: 'text/javascript; charset=utf-8',
        body: () => Promise.reject(new ExplorerUnavailableError('The explorer is not built: run `npm run build`.')),
      },
      '/other': { type: 'text/plain', body: () => Promise.reject(new Error('ENOENT: /secret/path')) },
    };
    const yoga = createYoga({ schema, plugins: [useStaticRoutes({ routes })] });
    const res = await yoga.fetch('http://localhost/explore/app.js');
    expect([res.status, await res.text()]).toEqual([503, 'The explorer is not built: run `npm run build`.']);
    const other = await yoga.fetch('http://localhost/other');
    expect(other.status).toBe(503);
    expect(await other.text()).not.toMatch(/secret|ENOENT/);
  });
});

describe('useHiddenSuggestions', () => {
  const typo = JSON.stringify({
    query: '{ entity(key: "person:shinzo-abe") { nmae } search(query: "Abe", labels: [Persn]) { __typename } }',
  });

  it('strips every "Did you mean" (fields and enum values) unless suggestions are on', async () => {
    const hidden = await send({ body: typo });
    const messages = hidden.json.errors!.map((e) => e.message);
    expect(messages.some((m) => m.includes('Cannot query field "nmae"'))).toBe(true);
    expect(messages.some((m) => m.includes('"Persn"'))).toBe(true);
    expect(messages.join('\n')).not.toMatch(/Did you mean|Suggestion/);
  });

  it('keeps them in development (suggestions: true), for fields and enum values alike', async () => {
    const dev = createPolicyGraphYoga({ store: stack.store, logger: createLogger('silent'), graphiql: false, suggestions: true });
    const shown = await send({ body: typo }, dev);
    const messages = shown.json.errors!.map((e) => e.message).join('\n');
    expect(messages).toMatch(/Cannot query field "nmae" on type "\w+"\. Did you mean "name"\?/);
    expect(messages).toMatch(/"Persn".*Did you mean the enum value "Person"/);
  });
});
