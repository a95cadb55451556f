import { beforeAll, describe, expect, it } from 'vitest';
import { GraphStore } from '../../src/graph/store.ts';
import { createLogger } from '../../src/logger.ts';
import { createPolicyGraphYoga, LIMITS } from '../../src/server/yoga.ts';
import { gql, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';
import { seededStack } from '../helpers/seeded.ts';

const seeded = seededStack();
let stack: Stack;
beforeAll(() => {
  stack = seeded.current;
});

const codeOf = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;

describe('limits refuse a request with a code that says which one', () => {
  it('depth', async () => {
    let q = 'name';
    for (let i = 0; i < 8; i++) q = `... on Person { offices { edges { node { name ${q} } } } }`;
    const nested = `{ entity(key: "person:shinzo-abe") { ${q} } }`;
    const r = await gql(stack, nested);
    expect(codeOf(r)).toBe('DEPTH_LIMIT_EXCEEDED');
    expect(r.data).toBeUndefined();
  });

  it('aliases', async () => {
    const fields = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: counts { count }`).join(' ');
    expect(codeOf(await gql(stack, `{ ${fields} }`))).toBe('ALIAS_LIMIT_EXCEEDED');
  });

  it('tokens', async () => {
    const fields = Array.from({ length: LIMITS.maxTokens }, () => 'counts { count }').join(' ');
    expect(codeOf(await gql(stack, `{ ${fields} }`))).toBe('TOKEN_LIMIT_EXCEEDED');
  });

  it('directives', async () => {
    const dirs = Array.from({ length: LIMITS.maxDirectives + 1 }, () => '@include(if: true)').join(' ');
    expect(codeOf(await gql(stack, `{ counts ${dirs} { count } }`))).toBe('DIRECTIVE_LIMIT_EXCEEDED');
  });

  it('cost: nested pages multiply, with the sizes the variables ask for', async () => {
    const q = `query($n: Int) { people(first: $n) { edges { node { offices(first: $n) { edges { node { holders(first: $n) { edges { node { name } } } } } } } } } }`;
    const before = stack.store.roundTrips;
    const r = await gql(stack, q, { n: 100 });
    expect(codeOf(r)).toBe('COST_LIMIT_EXCEEDED');
    expect(stack.store.roundTrips).toBe(before); // refused before any resolver ran
    const small = await gql(stack, q, { n: 5 });
    expect(small.errors).toBeUndefined();
  });

  it('page size: first above the maximum', async () => {
    const r = await gql(stack, '{ people(first: 101) { totalCount } }');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
  });
});

it('body size: a declared length over the limit, or one that is not a length, is refused before reading', async () => {
  const post = async (contentLength: string) => {
    const res = await stack.yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': contentLength },
      body: JSON.stringify({ query: '{ counts { count } }' }),
    });
    return { status: res.status, code: codeOf((await res.json()) as never) };
  };
  expect(await post(String(2 * 1024 * 1024))).toEqual({ status: 413, code: 'REQUEST_ENTITY_TOO_LARGE' });
  for (const bad of ['1,2', '-1', 'abc']) expect(await post(bad)).toEqual({ status: 400, code: 'BAD_REQUEST' });
});

describe('authentication', () => {
  const m = 'mutation { deleteArticle(key: "article:nothing") { deleted } }';
  it('refuses mutations without the token, or with a wrong one, as UNAUTHENTICATED', async () => {
    expect(codeOf(await gql(stack, m))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(stack, m, {}, { authorization: 'Bearer wrong-token-0000000000' }))).toBe('UNAUTHENTICATED');
    const ok = await gql(stack, m, {}, { authorization: `Bearer ${WRITE_TOKEN}` });
    expect(ok.errors).toBeUndefined();
    expect(ok.data.deleteArticle.deleted).toBe(false);
  });
});

describe('internal errors are masked', () => {
  it('shows no stack, Cypher or driver message when the database fails', async () => {
    const broken = new GraphStore(stack.driver, 'no-such-database', 2_000);
    const yoga = createPolicyGraphYoga({ store: broken, logger: createLogger('silent'), writeToken: WRITE_TOKEN, graphiql: false });
    const res = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ people(filter: { nameContains: "abe" }) { totalCount } }' }),
    });
    const text = await res.text();
    const body = JSON.parse(text);
    expect(body.errors[0].message).toBe('Unexpected error.');
    expect(body.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    for (const leak of ['stack', 'MATCH', 'no-such-database', 'Neo4j', '.ts:']) expect(text).not.toContain(leak);
  });
});

describe('cancellation', () => {
  it('a read of an aborted request stops: before it starts, and while it runs', async () => {
    const done = new AbortController();
    done.abort();
    await expect(stack.store.forRequest({ signal: done.signal }).read((tx) => tx.run('RETURN 1'))).rejects.toThrow();
    const ctl = new AbortController();
    const started = Date.now();
    const slow = stack.store
      .forRequest({ signal: ctl.signal })
      .read((tx) => tx.run('UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 13 RETURN count(x)'));
    setTimeout(() => ctl.abort(), 300);
    await expect(slow).rejects.toThrow();
    // Uncancelled, this query runs into the 10 s transaction timeout; cancelled, the server ends it.
    expect(Date.now() - started).toBeLessThan(3_000);
    const running = await stack.driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS q');
    expect((running.records[0]!.get('q') as string[]).some((q) => q.includes('range(1, 400000000)'))).toBe(false);
  });
});
