import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, loadSeed, loadTestArticles, openStack, wipe, type Stack } from '../helpers/stack.ts';

// No N+1: the transactions one request opens depend on the shape of the query (one DataLoader
// batch per field and nesting level), never on how many entities it returns.

let stack: Stack;
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadSeed(stack.store);
  await loadTestArticles(stack.store);
});
afterAll(() => stack.close());

// 3 nested relationship levels under each listed entity (people → offices → country → its people),
// plus per-entity counts, mentions and evidence with its sentence.
const QUERY = `query Wide($first: Int!) {
  entities(first: $first) {
    totalCount
    edges { node {
      key name mentionCount articleCount
      mentions { edges { node { text } } }
      ... on Person { offices(first: 5) { edges { evidence { text sentence { index } } node {
        name
        ... on Office { officeOf(first: 5) { edges { node {
          name
          ... on Country { people(first: 5) { totalCount edges { node { name } } } }
        } } } }
      } } } }
      ... on Country { offices(first: 5) { edges { node { name ... on Office { holders(first: 5) { edges { node { name ... on Person { countries { edges { node { name } } } } } } } } } } } }
    } }
  }
}`;

async function roundTripsOf(first: number) {
  const before = stack.store.roundTrips;
  const r = await gql(stack, QUERY, { first });
  expect(r.errors).toBeUndefined();
  return { trips: stack.store.roundTrips - before, data: r.data };
}

const entitiesIn = (x: unknown): number => {
  if (Array.isArray(x)) return x.reduce((n: number, y) => n + entitiesIn(y), 0);
  if (x && typeof x === 'object') return ('name' in x ? 1 : 0) + Object.values(x).reduce((n: number, y) => n + entitiesIn(y), 0);
  return 0;
};

describe('round trips per request', () => {
  it('stay at a small fixed number for 100 entities with 3 nested relationship levels', async () => {
    const wide = await roundTripsOf(100);
    expect(wide.data.entities.totalCount).toBeGreaterThanOrEqual(50);
    expect(wide.data.entities.edges.length).toBeGreaterThanOrEqual(50);
    expect(entitiesIn(wide.data)).toBeGreaterThan(150);
    console.info(
      `round trips: ${wide.trips} for ${wide.data.entities.edges.length} listed entities, ${entitiesIn(wide.data)} entities in the result`,
    );
    // One transaction per distinct loader: list, stats, mentions, 7 relationship fields, sentences = 10 at most.
    expect(wide.trips).toBeLessThanOrEqual(10);
    const narrow = await roundTripsOf(5);
    expect(narrow.trips).toBeLessThanOrEqual(wide.trips);
  });
});
