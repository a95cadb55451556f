import { Writable } from 'node:stream';
import { pino } from 'pino';
import { beforeAll, describe, expect, it } from 'vitest';
import { GraphStore, type QueryRunner, type RequestOptions } from '../../src/graph/index.ts';
import { createPolicyGraphYoga } from '../../src/server/yoga.ts';
import { gql, type Stack } from '../helpers/stack.ts';
import { seededStack } from '../helpers/seeded.ts';

// A request's reads: auto-commit queries, each failing alone, all cancelled with the request.

const seeded = seededStack();
let stack: Stack;
beforeAll(() => {
  stack = seeded.current;
});

// The benchmark's Q2 shape (one compiled query) plus counts and provenance: several loaders,
// asked at different nesting levels.
const NESTED = `{ entity(key: "person:shinzo-abe") { key name mentionCount articles { edges { node { key } } } ... on Person {
  offices { edges { node { key name mentionCount mentions { edges { node { text } } } country { node { key name } } } } }
  statements(first: 10) { edges { node { key ... on Statement { text } } } }
  proposedPlans(first: 10) { edges { node { key name alignedWith { edges { node { key name
    ... on NationalObjective { topics { edges { node { key name } } } } } } } } } } } } }`;

describe('reads of one request', () => {
  it('a nested query reads level by level, each read one auto-commit query', async () => {
    const reads = stack.store.roundTrips;
    const r = await gql(stack, NESTED);
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.offices.edges.length).toBeGreaterThan(0);
    expect(r.data.entity.proposedPlans.edges[0].node.alignedWith.edges.length).toBeGreaterThan(0);
    expect(stack.store.roundTrips - reads).toBeGreaterThanOrEqual(3);
    // Neo4j accepts CALL { } IN TRANSACTIONS only in an implicit (auto-commit) transaction.
    const view = stack.store.forRequest({ signal: new AbortController().signal });
    const inTx = 'UNWIND [1, 2] AS x CALL (x) { RETURN x * 10 AS y } IN TRANSACTIONS RETURN collect(y) AS ys';
    expect(await view.read(async (tx) => (await tx.run(inTx)).records[0]!.get('ys'))).toEqual([10, 20]);
    await expect(stack.store.write((tx) => tx.run(inTx))).rejects.toThrow(/implicit transaction/i);
  });

  it("one read's error goes to that read only; a database error fails that read, not the next one", async () => {
    const view = stack.store.forRequest({ signal: new AbortController().signal });
    const ok = view.read(async (tx) => (await tx.run('RETURN 1 AS x')).records[0]!.get('x'));
    const bad = view.read(async (tx) => {
      await tx.run('RETURN 2');
      throw new RangeError('mine');
    });
    await expect(bad).rejects.toThrow('mine');
    expect(await ok).toBe(1);
    await expect(view.read((tx) => tx.run('RETURN 1/0'))).rejects.toThrow();
    expect(await view.read(async (tx) => (await tx.run('RETURN 3 AS x')).records[0]!.get('x'))).toBe(3);
  });
});

/** Every read of a request first runs a slow query, so the request can be cancelled mid-read. */
class SlowStore extends GraphStore {
  override forRequest(options: RequestOptions): GraphStore {
    const view = super.forRequest(options);
    const read = view.read.bind(view);
    view.read = <T>(work: (tx: QueryRunner) => Promise<T>) =>
      read(async (tx) => {
        await tx.run('UNWIND range(1, 400000000) AS x WITH x WHERE x % 7 = 13 RETURN count(x)');
        return work(tx);
      });
    return view;
  }
}

describe('a cancelled request', () => {
  it('stops its read and is not logged as an error', async () => {
    const lines: { level: number; msg: string }[] = [];
    const sink = new Writable({
      write(chunk, _enc, done) {
        for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
        done();
      },
    });
    const store = new SlowStore(stack.driver, 'neo4j', 10_000);
    const yoga = createPolicyGraphYoga({ store, logger: pino({ level: 'debug' }, sink), graphiql: false });
    const ctl = new AbortController();
    const started = Date.now();
    const req = yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: NESTED }),
      signal: ctl.signal,
    });
    setTimeout(() => ctl.abort(), 300);
    await Promise.resolve(req)
      .then((r) => r.text())
      .catch(() => undefined);
    await new Promise((ok) => setTimeout(ok, 500));
    expect(Date.now() - started).toBeLessThan(5_000);
    const running = await stack.driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery RETURN collect(currentQuery) AS q');
    expect((running.records[0]!.get('q') as string[]).some((q) => q.includes('range(1, 400000000)'))).toBe(false);
    expect(lines.filter((l) => l.level >= 50)).toEqual([]);
  });
});
