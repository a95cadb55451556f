import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../src/server/plugins/use-body-limit.ts';
import { graphCounts, loadSeed, openStack, wipe, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';
import { answerCode, expectNoLeak, expectStillUp, send, serve, type Answer, type Send, type Served } from './http.ts';

// Issue 6: bad input of every kind is answered with a clear code and message, leaks no stack or
// Cypher, leaves the service up, and leaves the graph exactly as it was (counts before = after).

let stack: Stack;
let served: Served;
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadSeed(stack.store);
  served = await serve(stack);
});
afterAll(async () => {
  await served?.close();
  await stack?.close();
});

const MiB = 1024 * 1024;
const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
const q = (query: string, variables?: Record<string, unknown>, extra: Record<string, unknown> = {}): Send => ({
  body: { query, variables, ...extra },
});
const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
const SEARCH = 'query($q: String!) { search(query: $q, first: 100) { edges { node { key } } } }';
const INGEST = `mutation($text: String!, $title: String, $published: String) {
  ingestArticle(text: $text, title: $title, published: $published) {
    __typename
    ... on InvalidArticleError { problems }
    ... on IngestArticlePayload { article { key } }
  }
}`;
const ingest = (variables: Record<string, unknown>): Send => ({ ...q(INGEST, variables), headers: auth });
/** Pseudo-random bytes, the same every run. */
function noise(n: number): Uint8Array {
  const out = new Uint8Array(n);
  let x = 0x2545f491;
  for (let i = 0; i < n; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
/** A body streamed in 1 MiB chunks without Content-Length (Transfer-Encoding: chunked). */
function chunked(totalMiB: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(c) {
      if (sent === 0) c.enqueue(Buffer.from('{"query":"{ counts { label } }","variables":{"pad":"'));
      if (sent < totalMiB) c.enqueue(new Uint8Array(MiB).fill(0x78));
      else {
        c.enqueue(Buffer.from('"}}'));
        c.close();
      }
      sent++;
    },
  });
}
/** `n` levels of article → sentences → edges → node → article: 4 depth levels each. */
const deep = (n: number) => `{ article(key: "x") { ${'sentences { edges { node { article { '.repeat(n)} title ${'} } } } '.repeat(n)} } }`;
const words = (s: string) =>
  s
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');

type Check = (a: Answer) => void | Promise<void>;
interface Case {
  group: string;
  name: string;
  send: Send | (() => Send);
  /** The refusal's code; null when the right answer is a normal result (then `check` says which). */
  code: string | null;
  status?: number;
  check?: Check;
}

/** Search with query syntax must mean its plain words: no error, and nothing beyond the plain words' hits. */
function literalSearch(input: string, atLeastOne = false): Case {
  return {
    group: 'search syntax',
    name: `search ${JSON.stringify(input)}`,
    send: q(SEARCH, { q: input }),
    code: null,
    check: async (a) => {
      type Hits = { edges: { node: { key: string } }[] };
      const keys = (a.json.data.search as Hits).edges.map((h) => h.node.key);
      const plain = words(input);
      const base = plain ? ((await send(served, q(SEARCH, { q: plain }))).json.data.search as Hits).edges.map((h) => h.node.key) : [];
      expect(base).toEqual(expect.arrayContaining(keys));
      if (atLeastOne) expect(keys).toContain('person:vladimir-putin');
    },
  };
}

/** A filter value that looks like Cypher or a pattern matches nothing: it is compared literally. */
function literalFilter(field: string, value: string, list = 'entities'): Case {
  return {
    group: 'filter syntax',
    name: `${list}(filter: {${field}: ${JSON.stringify(value)}})`,
    send: q(`query($f: EntityFilter) { ${list}(filter: $f) { totalCount } }`, { f: { [field]: value } }),
    code: null,
    check: (a) => expect(a.json.data[list].totalCount).toBe(0),
  };
}

const CASES: Case[] = [
  // GraphQL documents that do not parse or validate
  { group: 'syntax', name: 'unclosed selection', send: q('{ entity(key: "x") { name '), code: 'GRAPHQL_PARSE_FAILED' },
  { group: 'syntax', name: 'prose instead of a query', send: q('hello world'), code: 'GRAPHQL_PARSE_FAILED' },
  { group: 'syntax', name: 'unterminated string', send: q('{ entity(key: "x) { name } }'), code: 'GRAPHQL_PARSE_FAILED' },
  { group: 'syntax', name: 'NUL character in the document', send: q('{ counts { label } }\u0000'), code: 'GRAPHQL_PARSE_FAILED' },
  { group: 'syntax', name: 'unknown root field', send: q('{ nope }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    group: 'syntax',
    name: 'unknown nested field',
    send: q('{ people { edges { node { password } } } }'),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { group: 'syntax', name: 'unknown argument', send: q('{ entity(key: "x", drop: true) { name } }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'syntax', name: 'missing required argument', send: q('{ entity { name } }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'syntax', name: 'selection on a scalar', send: q('{ counts { label { x } } }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'syntax', name: 'object without selection', send: q('{ entity(key: "x") }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    group: 'syntax',
    name: 'fragment on an unknown type',
    send: q('{ entity(key: "x") { ... on Spaceship { name } } }'),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { group: 'syntax', name: 'undefined variable', send: q('{ entity(key: $k) { name } }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    group: 'syntax',
    name: 'string literal for an Int',
    send: q('{ people(first: "ten") { totalCount } }'),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  {
    group: 'syntax',
    name: 'unknown enum value',
    send: q('{ entities(label: Spaceship) { totalCount } }'),
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
  { group: 'syntax', name: 'unknown directive', send: q('{ counts @explode { label } }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  { group: 'syntax', name: 'a query field subscribed to', send: q('subscription { counts { label } }'), code: 'GRAPHQL_VALIDATION_FAILED' },
  {
    group: 'syntax',
    name: 'two operations, no operationName',
    send: q('query A { counts { label } } query B { counts { label } }'),
    code: 'OPERATION_RESOLUTION_FAILURE',
    status: 400,
  },
  {
    group: 'syntax',
    name: 'unknown operationName',
    send: q('query A { counts { label } }', undefined, { operationName: 'B' }),
    code: 'OPERATION_RESOLUTION_FAILURE',
    status: 400,
  },
  { group: 'syntax', name: 'no query at all', send: { body: {} }, code: 'PERSISTED_QUERY_ID_REQUIRED' },
  { group: 'syntax', name: 'query is a number', send: { body: { query: 5 } }, code: 'BAD_REQUEST', status: 400 },

  // Variables of the wrong type
  {
    group: 'variables',
    name: 'Int given a string',
    send: q('query($f: Int) { people(first: $f) { totalCount } }', { f: 'ten' }),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    group: 'variables',
    name: 'String! given null',
    send: q('query($k: String!) { entity(key: $k) { name } }', { k: null }),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    group: 'variables',
    name: 'String! missing',
    send: q('query($k: String!) { entity(key: $k) { name } }'),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    group: 'variables',
    name: 'String given an object',
    send: q('query($k: String!) { entity(key: $k) { name } }', { k: { $ne: null } }),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    group: 'variables',
    name: 'Int given 1.5',
    send: q('query($f: Int) { people(first: $f) { totalCount } }', { f: 1.5 }),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  // The cost limit (plugin-complexity) coerces variables and checks arguments as execution does:
  // 2^40 is no Int, and a page size beyond 100 is refused as such before any cost is counted.
  {
    group: 'variables',
    name: 'Int first given 2^40',
    send: q('query($f: Int) { people(first: $f) { totalCount } }', { f: 2 ** 40 }),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    group: 'variables',
    name: 'Int depth given 2^31',
    send: q('query($d: Int) { neighborhood(key: "person:shinzo-abe", depth: $d) { truncated } }', { d: 2 ** 31 }),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    group: 'variables',
    name: 'unknown enum value',
    send: q('query($l: EntityLabel) { entities(label: $l) { totalCount } }', { l: 'Spaceship' }),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    group: 'variables',
    name: 'unknown input field',
    send: q('query($f: EntityFilter) { entities(filter: $f) { totalCount } }', { f: { bogus: 1 } }),
    code: 'BAD_USER_INPUT',
    status: 400,
  },
  {
    group: 'variables',
    name: 'variables is a JSON string',
    send: q('{ counts { label } }', '{"k":"x"}' as never),
    code: 'BAD_REQUEST',
    status: 400,
  },
  { group: 'variables', name: 'variables is an array', send: q('{ counts { label } }', [1] as never), code: 'BAD_REQUEST', status: 400 },

  // Global ids and cursors
  { group: 'ids', name: 'node(id:) garbage', send: q('{ node(id: "garbage!!") { id } }'), code: 'BAD_USER_INPUT' },
  { group: 'ids', name: 'node(id:) empty', send: q('{ node(id: "") { id } }'), code: 'BAD_USER_INPUT' },
  { group: 'ids', name: 'node(id:) of an unknown type', send: q(`{ node(id: "${b64('Spaceship:x')}") { id } }`), code: 'BAD_USER_INPUT' },
  { group: 'ids', name: 'node(id:) of a non-node type', send: q(`{ node(id: "${b64('Query:x')}") { id } }`), code: 'BAD_USER_INPUT' },
  {
    group: 'ids',
    name: 'node(id:) with Cypher inside',
    send: q(`{ node(id: "${b64("Person:x' OR 1=1 //")}") { id } }`),
    code: null,
    check: (a) => expect(a.json.data.node).toBeNull(),
  },
  { group: 'ids', name: 'nodes(ids:) with one garbage id', send: q('{ nodes(ids: ["garbage"]) { id } }'), code: 'BAD_USER_INPUT' },
  { group: 'ids', name: 'after: garbage cursor', send: q('{ people(first: 2, after: "garbage") { totalCount } }'), code: 'BAD_USER_INPUT' },
  {
    group: 'ids',
    name: 'after: base64 JSON with Cypher',
    send: q(`{ people(after: "${b64('{"name":"x\') RETURN 1 //"}')}") { totalCount } }`),
    code: 'BAD_USER_INPUT',
  },
  {
    group: 'ids',
    name: 'after: 10 kB cursor',
    send: q(`{ articles(after: "${'A'.repeat(10_000)}") { totalCount } }`),
    code: 'BAD_USER_INPUT',
  },

  // Sizes, depths and counts
  { group: 'limits', name: 'people(first: -1)', send: q('{ people(first: -1) { totalCount } }'), code: 'BAD_USER_INPUT' },
  { group: 'limits', name: 'people(first: 101)', send: q('{ people(first: 101) { totalCount } }'), code: 'BAD_USER_INPUT' },
  {
    group: 'limits',
    name: 'people(first: 1000000)',
    send: q('{ people(first: 1000000) { edges { node { name } } } }'),
    code: 'BAD_USER_INPUT',
  },
  { group: 'limits', name: 'search(first: -1)', send: q('{ search(query: "putin", first: -1) { totalCount } }'), code: 'BAD_USER_INPUT' },
  {
    group: 'limits',
    name: 'search(first: 1000000)',
    send: q('{ search(query: "putin", first: 1000000) { totalCount } }'),
    code: 'BAD_USER_INPUT',
  },
  {
    group: 'limits',
    name: 'three nested pages of 100 (valid arguments, too costly)',
    send: q('{ people(first: 100) { edges { node { offices(first: 100) { edges { node { holders(first: 100) { totalCount } } } } } } } }'),
    code: 'COST_LIMIT_EXCEEDED',
  },
  {
    group: 'limits',
    name: 'neighborhood(depth: 20)',
    send: q('{ neighborhood(key: "person:shinzo-abe", depth: 20) { truncated } }'),
    code: 'BAD_USER_INPUT',
  },
  {
    group: 'limits',
    name: 'neighborhood(depth: -1)',
    send: q('{ neighborhood(key: "person:shinzo-abe", depth: -1) { truncated } }'),
    code: 'BAD_USER_INPUT',
  },
  {
    group: 'limits',
    name: 'neighborhood(limit: 1000000)',
    send: q('{ neighborhood(key: "person:shinzo-abe", limit: 1000000) { truncated } }'),
    code: 'BAD_USER_INPUT',
  },
  {
    group: 'limits',
    name: 'paths(maxHops: 100)',
    send: q('{ paths(from: "a", to: "b", maxHops: 100) { truncated } }'),
    code: 'BAD_USER_INPUT',
  },
  {
    group: 'limits',
    name: 'paths(limit: 1000)',
    send: q('{ paths(from: "a", to: "b", limit: 1000) { truncated } }'),
    code: 'BAD_USER_INPUT',
  },
  { group: 'limits', name: 'query depth 26', send: q(deep(6)), code: 'DEPTH_LIMIT_EXCEEDED' },
  {
    group: 'limits',
    name: '200 aliases',
    send: q(`{ ${Array.from({ length: 200 }, (_, i) => `a${i}: counts { label }`).join(' ')} }`),
    code: 'ALIAS_LIMIT_EXCEEDED',
  },
  {
    group: 'limits',
    name: '25 directives',
    send: q(`{ counts ${'@include(if: true) '.repeat(25)}{ label } }`),
    code: 'DIRECTIVE_LIMIT_EXCEEDED',
  },
  { group: 'limits', name: '9000-token document', send: q(`{ ${'counts { label } '.repeat(3000)}}`), code: 'TOKEN_LIMIT_EXCEEDED' },
  {
    group: 'limits',
    name: '1000 fragment definitions',
    send: q(`{ counts { label } } ${Array.from({ length: 1000 }, (_, i) => `fragment f${i} on Query { counts { label } }`).join(' ')}`),
    code: 'TOKEN_LIMIT_EXCEEDED',
  },
  {
    group: 'limits',
    name: '900 kB comment in a small query (answered)',
    send: q(`{ counts { label } }\n#${'x'.repeat(900_000)}`),
    code: null,
    check: (a) => expect(a.json.data.counts.length).toBeGreaterThan(0),
  },
  {
    group: 'limits',
    name: '2 MB document',
    send: q(`{ counts { label } } #${'x'.repeat(2 * MiB)}`),
    code: 'REQUEST_ENTITY_TOO_LARGE',
    status: 413,
  },

  // Batching is off: a JSON array is refused whole
  {
    group: 'batching',
    name: 'array of 2 operations',
    send: { body: [{ query: '{ counts { label } }' }, { query: '{ counts { label } }' }] },
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'batching',
    name: 'array of 1000 operations',
    send: { body: Array.from({ length: 1000 }, () => ({ query: '{ counts { label } }' })) },
    code: 'BAD_REQUEST',
    status: 400,
  },
  { group: 'batching', name: 'empty array', send: { body: [] }, code: 'BAD_REQUEST', status: 400 },
  {
    group: 'batching',
    name: 'array of 2 ingests with the token',
    send: {
      body: [
        { query: INGEST, variables: { text: 'A\n\nJapan met Russia.' } },
        { query: INGEST, variables: { text: 'B\n\nJapan met Russia.' } },
      ],
      headers: auth,
    },
    code: 'BAD_REQUEST',
    status: 400,
  },

  // Bodies: JSON, bytes, encodings, sizes, media types, methods
  { group: 'body', name: 'invalid JSON', send: { body: '{"query": ' }, code: 'BAD_REQUEST', status: 400 },
  { group: 'body', name: 'JSON null', send: { body: 'null' }, code: 'BAD_REQUEST', status: 400 },
  { group: 'body', name: 'JSON number', send: { body: '42' }, code: 'BAD_REQUEST', status: 400 },
  {
    group: 'body',
    name: 'raw NUL byte inside a JSON string',
    send: { body: bytes('{"query":"{ counts { label } }', [0], '"}') },
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'body',
    name: 'invalid UTF-8 in the query',
    send: { body: bytes('{"query":"{ counts { lab', [0xff, 0xfe], 'el } }"}') },
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'body',
    name: 'invalid UTF-8 in a variable',
    send: { body: bytes(`{"query":${JSON.stringify(SEARCH)},"variables":{"q":"pu`, [0xc3, 0x28], 'tin"}}') },
    code: 'BAD_REQUEST',
    status: 400,
  },
  {
    group: 'body',
    name: 'overlong UTF-8 encoding of "/"',
    send: { body: bytes(`{"query":${JSON.stringify(SEARCH)},"variables":{"q":"`, [0xc0, 0xaf], '"}}') },
    code: 'BAD_REQUEST',
    status: 400,
  },
  { group: 'body', name: 'random binary body', send: { body: noise(4096) }, code: 'BAD_REQUEST', status: 400 },
  {
    group: 'body',
    name: '10 MB body with Content-Length',
    send: () => q('{ counts { label } }', { pad: 'x'.repeat(10 * MiB) }),
    code: 'REQUEST_ENTITY_TOO_LARGE',
    status: 413,
  },
  {
    group: 'body',
    name: '10 MB body streamed (chunked, no Content-Length)',
    send: () => ({ body: chunked(10) }),
    code: 'REQUEST_ENTITY_TOO_LARGE',
    status: 413,
  },
  {
    group: 'body',
    name: 'body just under the 1 MiB limit (answered)',
    send: () => q('{ counts { label } }', { pad: 'x'.repeat(MAX_REQUEST_BYTES - 200) }),
    code: null,
    check: (a) => expect(a.json.data.counts.length).toBeGreaterThan(0),
  },
  {
    group: 'body',
    name: 'Content-Type text/plain',
    send: { body: '{ counts { label } }', headers: { 'content-type': 'text/plain' } },
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
  },
  {
    group: 'body',
    name: 'Content-Type application/xml',
    send: { body: '<query/>', headers: { 'content-type': 'application/xml' } },
    code: 'UNSUPPORTED_MEDIA_TYPE',
    status: 415,
  },
  { group: 'body', name: 'PUT', send: { method: 'PUT', body: { query: '{ counts { label } }' } }, code: 'BAD_REQUEST', status: 405 },
  {
    group: 'body',
    name: 'mutation over GET',
    send: { method: 'GET', path: `/graphql?query=${encodeURIComponent('mutation { deleteArticle(key: "x") { deleted } }')}` },
    code: 'BAD_REQUEST',
    status: 405,
  },
  {
    group: 'body',
    name: 'GET with broken percent-encoding',
    send: { method: 'GET', path: '/graphql?query=%E0%A4%A' },
    code: 'GRAPHQL_PARSE_FAILED',
  },
  {
    group: 'body',
    name: 'NUL (escaped) in a search variable (answered)',
    send: q(SEARCH, { q: 'put\u0000in' }),
    code: null,
    check: (a) => expect(Array.isArray(a.json.data.search.edges)).toBe(true),
  },
  {
    group: 'body',
    name: 'lone surrogate (escaped) in a search variable (answered)',
    send: q(SEARCH, { q: '\ud800putin' }),
    code: null,
    check: (a) => expect(Array.isArray(a.json.data.search.edges)).toBe(true),
  },

  // Lucene syntax and Cypher-looking strings: normal results, never errors or widened results
  literalSearch('putin~', true),
  literalSearch('putin*', true),
  literalSearch('putin^10'),
  literalSearch('putin-japan'),
  literalSearch('putin/japan'),
  literalSearch('"putin', true),
  literalSearch('putin)', true),
  literalSearch('name:putin'),
  literalSearch('+putin -abe'),
  literalSearch('putin AND abe'),
  literalSearch('putin OR japan'),
  literalSearch('*'),
  literalSearch('?'),
  literalSearch('\\'),
  literalSearch('('),
  literalSearch('/.*/'),
  literalSearch('p*~0.1 || !x [a TO z] {a TO z}'),
  literalSearch("') DETACH DELETE n //"),
  literalSearch('MATCH (n) RETURN n'),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder sent as literal text, on purpose.
  literalSearch('${x} {{x}} %s'),
  literalFilter('nameContains', "' OR 1=1 //"),
  literalFilter('nameContains', '(?i).*'),
  literalFilter('nameContains', '%'),
  literalFilter('nameStartsWith', '.*'),
  literalFilter('country', "country:japan' OR '1'='1"),
  literalFilter('article', '") MATCH (n) DETACH DELETE n //'),
  literalFilter('topic', '*'),
  literalFilter('nameContains', '`}) RETURN 1 //', 'people'),
  {
    group: 'filter syntax',
    name: 'events(filter: {dateFrom: "2016\' OR 1=1"})',
    send: q(`{ events(filter: { dateFrom: "2016' OR 1=1" }) { totalCount } }`),
    code: 'BAD_USER_INPUT',
  },

  // ingestArticle with the write token: refused with a typed error (or a code), nothing written
  { group: 'ingest', name: 'empty text', send: ingest({ text: '' }), code: 'InvalidArticleError' },
  { group: 'ingest', name: 'whitespace only', send: ingest({ text: ' \n\n\t \n' }), code: 'InvalidArticleError' },
  {
    group: 'ingest',
    name: 'binary data (bytes as Latin-1)',
    send: ingest({ text: Buffer.from(noise(20_000)).toString('latin1') }),
    code: 'InvalidArticleError',
  },
  {
    group: 'ingest',
    name: 'binary data (bytes as UTF-8, replacement characters)',
    send: ingest({ text: Buffer.from(noise(20_000)).toString('utf8') }),
    code: 'InvalidArticleError',
  },
  {
    group: 'ingest',
    name: 'NUL bytes inside a real article',
    send: ingest({ text: 'Talks\n\nJapan and Russia\u0000 agreed to cooperate.' }),
    code: 'InvalidArticleError',
  },
  {
    group: 'ingest',
    name: 'title of spaces',
    send: ingest({ text: 'Talks\n\nJapan and Russia agreed to cooperate.', title: '   ' }),
    code: 'InvalidArticleError',
  },
  {
    group: 'ingest',
    name: 'title with a NUL',
    send: ingest({ text: 'Talks\n\nJapan and Russia agreed to cooperate.', title: 'T\u0000' }),
    code: 'InvalidArticleError',
  },
  {
    group: 'ingest',
    name: 'published "yesterday"',
    send: ingest({ text: 'Talks\n\nJapan and Russia agreed to cooperate.', published: 'yesterday' }),
    code: 'InvalidArticleError',
  },
  {
    group: 'ingest',
    name: '200,001 characters (over the documented maximum)',
    send: () => ingest({ text: `Long\n\n${'Japan and Russia agreed. '.repeat(8000)}`.slice(0, 200_001) }),
    code: 'InvalidArticleError',
  },
  {
    group: 'ingest',
    name: '5 MB article',
    send: () => ingest({ text: `Huge\n\n${'Japan and Russia agreed. '.repeat(210_000)}` }),
    code: 'REQUEST_ENTITY_TOO_LARGE',
    status: 413,
  },
  { group: 'ingest', name: 'text: null', send: ingest({ text: null }), code: 'BAD_USER_INPUT', status: 400 },
  { group: 'ingest', name: 'text: a number', send: ingest({ text: 42 }), code: 'BAD_USER_INPUT', status: 400 },
  {
    group: 'ingest',
    name: 'text argument missing',
    send: { body: { query: 'mutation { ingestArticle { __typename } }' }, headers: auth },
    code: 'GRAPHQL_VALIDATION_FAILED',
  },
];

const table: string[] = [];

describe('bad input', () => {
  it('has at least 60 cases', () => expect(CASES.length).toBeGreaterThanOrEqual(60));

  it.each(CASES.map((c) => [`${c.group}: ${c.name}`, c] as const))('%s', async (_, c) => {
    const before = await graphCounts(stack.driver);
    const a = await send(served, typeof c.send === 'function' ? c.send() : c.send);
    expect(a.json, `not JSON (${a.status}): ${a.text.slice(0, 200)}`).toBeTypeOf('object');
    expectNoLeak(a.text);
    const code = answerCode(a);
    if (c.code === null) {
      expect(a.json.errors, JSON.stringify(a.json.errors)).toBeUndefined();
      expect(a.status).toBe(200);
    } else {
      expect(code, a.text.slice(0, 300)).toBe(c.code);
      if (c.status) expect(a.status).toBe(c.status);
      else expect([200, 400]).toContain(a.status);
    }
    await c.check?.(a);
    await expectStillUp(served);
    expect(await graphCounts(stack.driver)).toEqual(before);
    table.push(`| ${c.group} | ${c.name} | ${c.code ?? 'answered normally'} | ${a.status} |`);
  });
});

afterAll(() => {
  if (process.env.BAD_INPUT_TABLE)
    writeFileSync(
      process.env.BAD_INPUT_TABLE,
      `| group | case | code | HTTP |\n|---|---|---|---|\n${table.join('\n')}\n\n${table.length} cases\n`,
    );
});
