import { beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createPolicyGraphYoga } from '../../src/server/yoga.ts';
import { gql, operation, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';
import { seededStack } from '../helpers/seeded.ts';

// The opt-in response cache: identical queries are answered from memory, a mutation of this
// process empties it, and a write elsewhere shows after the TTL.

const seeded = seededStack({ eachTest: true });
const NAME = '{ entity(key: "person:shinzo-abe") { name } }';

function cachedStack(ttlMs: number): Stack {
  const s = seeded.current;
  const yoga = createPolicyGraphYoga({ store: s.store, logger: createLogger('silent'), writeToken: WRITE_TOKEN, graphiql: false, responseCacheTtlMs: ttlMs });
  return { ...s, yoga };
}

describe('response cache', () => {
  let stack: Stack;
  beforeEach(() => {
    stack = cachedStack(60_000);
  });

  it('answers a repeated query without reading the database', async () => {
    const first = await gql(stack, NAME);
    const reads = stack.store.roundTrips;
    const again = await gql(stack, NAME);
    expect(again.data).toEqual(first.data);
    expect(stack.store.roundTrips).toBe(reads);
    await gql(stack, NAME.replace('shinzo-abe', 'vladimir-putin'));
    expect(stack.store.roundTrips).toBe(reads + 1);
  });

  it('is emptied by a mutation of this process', async () => {
    expect((await gql(stack, NAME)).data.entity.name).toBe('Shinzo Abe');
    const r = await gql(stack, operation('UpdateEntity'), { key: 'person:shinzo-abe', name: 'Abe Shinzo' }, { authorization: `Bearer ${WRITE_TOKEN}` });
    expect(r.data.updateEntity.entity.name).toBe('Abe Shinzo');
    expect((await gql(stack, NAME)).data.entity.name).toBe('Abe Shinzo');
  });

  it('shows a write made elsewhere once the TTL has passed, and caches no errors', async () => {
    stack = cachedStack(300);
    expect((await gql(stack, NAME)).data.entity.name).toBe('Shinzo Abe');
    await stack.driver.executeQuery("MATCH (p:Person {id: 'person:shinzo-abe'}) SET p.name = 'Renamed Elsewhere'");
    expect((await gql(stack, NAME)).data.entity.name).toBe('Shinzo Abe');
    await new Promise((r) => setTimeout(r, 400));
    expect((await gql(stack, NAME)).data.entity.name).toBe('Renamed Elsewhere');

    const bad = '{ entity(key: "country:japan") { ... on Country { people(first: 1000) { totalCount } } } }';
    expect((await gql(stack, bad)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reads = stack.store.roundTrips;
    expect((await gql(stack, bad)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.store.roundTrips).toBeGreaterThan(reads);
  });
});
