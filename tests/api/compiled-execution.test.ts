import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { exampleOperations } from '../../src/server/operations.ts';
import { createPolicyGraphYoga } from '../../src/server/yoga.ts';
import { loadSeed, openStack, wipe, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';

// Requests run compiled (graphql-jit) by default. Every answer must be the one graphql-js gives:
// data, errors (message, code, path, locations) and HTTP status, byte for byte. Each request below
// goes to two servers over the same seed graph, one compiled and one interpreted, and the answers
// are compared; the compiled server gets it twice (an operation is compiled the second time it is
// seen) and must really have compiled what it answered.
let stack: Stack;
let compiled: ReturnType<typeof createPolicyGraphYoga>;
let interpreted: ReturnType<typeof createPolicyGraphYoga>;
const compiledOperations: { name: string | undefined; ok: boolean }[] = [];
let ids: string[];

beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadSeed(stack.store);
  const base = { store: stack.store, logger: createLogger('silent'), writeToken: WRITE_TOKEN, graphiql: false };
  compiled = createPolicyGraphYoga({ ...base, onOperationCompiled: (name, ok) => compiledOperations.push({ name, ok }) });
  interpreted = createPolicyGraphYoga({ ...base, execution: 'interpreted' });
  const r = await answer(interpreted, { query: '{ people(first: 2) { edges { node { id } } } }' });
  ids = JSON.parse(r.body).data.people.edges.map((e: { node: { id: string } }) => e.node.id);
});
afterAll(() => stack.close());

async function answer(yoga: typeof compiled, body: unknown, headers: Record<string, string> = {}) {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.text() };
}

async function same(
  body: { query: string; variables?: Record<string, unknown>; operationName?: string },
  headers?: Record<string, string>,
) {
  const b = await answer(interpreted, body, headers);
  const [first, second] = [await answer(compiled, body, headers), await answer(compiled, body, headers)];
  expect(first).toEqual(b);
  expect(second).toEqual(b);
  return JSON.parse(second.body) as { data?: unknown; errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[] };
}

const reads = exampleOperations().filter((op) => !/^\s*mutation/m.test(op.query.replace(/^#.*$/gm, '')));
const variablesFor: Record<string, () => Record<string, unknown>> = {
  MentionedInArticle: () => ({ article: 'article:japan-russia-cooperation' }),
  NodesById: () => ({ ids }),
};

describe('compiled execution', () => {
  it.each(reads.map((op) => [op.name, op.query] as const))('answers %s as graphql-js does', async (name, query) => {
    const before = compiledOperations.length;
    const r = await same({ query, variables: variablesFor[name]?.() });
    expect(r.errors).toBeUndefined();
    expect(compiledOperations.slice(before)).toEqual([{ name: undefined, ok: true }]);
  });

  it('answers a nested tree with aliases, fragments, directives, enum and input variables as graphql-js does', async () => {
    const r = await same({
      query: `query Tree($key: String!, $skipOffices: Boolean!, $dir: SortDirection!) {
        a: entity(key: $key) { __typename key ...Names ... on Person {
          offices @skip(if: $skipOffices) { totalCount edges { node { key country { node { name } } } } }
          one: statements(first: 1) { pageInfo { hasNextPage endCursor } edges { cursor implicit evidence { text start end } node { key } } }
          two: statements(first: 2) { edges { node { ... on Statement { text } } } } } }
        b: entity(key: "nobody:here") { key }
        people(first: 2, sort: { field: NAME, direction: $dir }, filter: { and: [{ country: "country:japan" }] }) { totalCount edges { node { name } } }
      }
      fragment Names on Entity { name aliases }`,
      variables: { key: 'person:hiroshi-kajiyama', skipOffices: false, dir: 'DESC' },
    });
    expect((r.data as any).a.offices.totalCount).toBeGreaterThan(0);
    expect((r.data as any).b).toBeNull();
  });

  it('reports resolver errors at the same paths, with the same codes, as graphql-js', async () => {
    // Each failing field under a nullable field of its own (a, b): a failed non-null field nulls its
    // parent up to the nearest nullable one, and when two failures null the same one graphql-js
    // lists only the first, graphql-jit both.
    const r = await same({
      query: `{ a: entity(key: "person:hiroshi-kajiyama") { key ... on Person { statements(first: -1) { totalCount } } }
        b: entity(key: "person:hiroshi-kajiyama") { key ... on Person { offices(after: "not-a-cursor") { totalCount } } }
        neighborhood(key: "person:shinzo-abe", depth: 99) { nodes { key } } }`,
    });
    expect(r.errors!.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(r.errors!.map((e) => e.path)).toEqual(expect.arrayContaining([['a', 'statements'], ['b', 'offices'], ['neighborhood']]));
    expect(r.data).toEqual({ a: null, b: null, neighborhood: null });
  });

  it('leaves requests whose variables do not coerce to graphql-js (400 and its messages)', async () => {
    const before = compiledOperations.length;
    const r = await same({
      query: 'query($k: String!, $n: Int) { entity(key: $k) { key } people(first: $n) { totalCount } }',
      variables: { k: null, n: 'ten' },
    });
    expect(r.errors!.every((e) => e.extensions?.code === 'BAD_USER_INPUT')).toBe(true);
    expect(compiledOperations.length).toBe(before);
  });

  it('runs the operation named in a document of several, with its own defaults', async () => {
    const query =
      'query A($k: String! = "person:shinzo-abe") { entity(key: $k) { name } } query B($k: String! = "country:japan") { entity(key: $k) { name } }';
    const a = await same({ query, operationName: 'A' });
    const b = await same({ query, operationName: 'B' });
    expect([(a.data as any).entity.name, (b.data as any).entity.name]).toEqual(['Shinzo Abe', 'Japan']);
  });

  it('answers mutations as graphql-js does: refused without the token, typed errors with it', async () => {
    const mutation = {
      query: 'mutation($t: String!) { ingestArticle(title: "x", text: $t) { __typename ... on InvalidArticleError { message problems } } }',
      variables: { t: '   ' },
    };
    const refused = await same(mutation);
    expect(refused.errors![0]!.extensions?.code).toBe('UNAUTHENTICATED');
    const invalid = await same(mutation, { authorization: `Bearer ${WRITE_TOKEN}` });
    expect((invalid.data as any).ingestArticle.__typename).toBe('InvalidArticleError');
  });

  it('compiles an operation the second time it is seen, not the first', async () => {
    const query = '{ counts { label count } }';
    const before = compiledOperations.length;
    await answer(compiled, { query });
    expect(compiledOperations.length).toBe(before);
    await answer(compiled, { query });
    await answer(compiled, { query });
    expect(compiledOperations.slice(before)).toEqual([{ name: undefined, ok: true }]);
  });

  it('answers introspection as graphql-js does', async () => {
    const r = await same({ query: '{ __schema { queryType { name } types { name kind fields { name args { name defaultValue } } } } }' });
    expect((r.data as any).__schema.queryType.name).toBe('Query');
  });
});
