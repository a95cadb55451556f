import { beforeAll, describe, expect, it } from 'vitest';
import { gql, type Stack } from '../helpers/stack.ts';
import { seededStack } from '../helpers/seeded.ts';

// `entity(key)` compiles the relationship tree below it into one Cypher query. These tests check
// its answers against an oracle computed in JS from a dump of every relationship of the seed graph,
// so they do not trust the compiler to check the compiler.

const seeded = seededStack();
let stack: Stack;
interface Rel {
  from: string;
  type: string;
  to: string;
  evidence: string[];
}
let rels: Rel[];

beforeAll(async () => {
  stack = seeded.current;
  const res = await stack.driver.executeQuery(
    `MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS from, type(r) AS type, b.id AS to, coalesce(r.evTexts, []) AS evidence`,
  );
  rels = res.records.map((r) => r.toObject() as Rel);
});

/** Neighbours of `id` through `type` in a direction, sorted by (name, id) as the API pages them. */
function neighbours(id: string, type: string, dir: 'OUT' | 'IN') {
  return rels
    .filter((r) => r.type === type && (dir === 'OUT' ? r.from === id : r.to === id))
    .map((r) => {
      const key = dir === 'OUT' ? r.to : r.from;
      return { key, name: names.get(key)!, evidence: r.evidence };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.key < b.key ? -1 : 1));
}
const names = new Map<string, string>();

describe('a compiled entity tree', () => {
  beforeAll(async () => {
    const res = await stack.driver.executeQuery('MATCH (e:Entity) RETURN e.id AS id, e.name AS name');
    for (const r of res.records) names.set(r.get('id') as string, r.get('name') as string);
  });

  it('answers two relationship levels with pages, totals and evidence as the graph holds them, in one round trip', async () => {
    const person = rels.find((r) => r.type === 'PROPOSED' && r.from.startsWith('person:'))!.from;
    const before = stack.store.roundTrips;
    const r = await gql(
      stack,
      `query($k: String!) { entity(key: $k) { key ... on Person {
      plans: proposedPlans(first: 1) { totalCount pageInfo { hasNextPage } edges { implicit evidence { text } node { key name
        ... on Plan { topics { totalCount edges { node { key } } } } } } }
      offices { edges { node { key country { node { name } } } } } } } }`,
      { k: person },
    );
    expect(r.errors).toBeUndefined();
    expect(stack.store.roundTrips - before).toBe(1);

    const plans = neighbours(person, 'PROPOSED', 'OUT');
    expect(plans.length).toBeGreaterThan(0);
    const got = r.data.entity.plans;
    expect(got.totalCount).toBe(plans.length);
    expect(got.pageInfo.hasNextPage).toBe(plans.length > 1);
    expect(got.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual([plans[0]!.key]);
    expect(got.edges[0].evidence.map((e: { text: string }) => e.text)).toEqual(plans[0]!.evidence);
    const topics = neighbours(plans[0]!.key, 'COVERS', 'OUT');
    expect(got.edges[0].node.topics.totalCount).toBe(topics.length);
    expect(got.edges[0].node.topics.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(topics.map((t) => t.key));

    const offices = neighbours(person, 'HOLDS_OFFICE', 'OUT');
    expect(r.data.entity.offices.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(offices.map((o) => o.key));
    for (const [i, o] of offices.entries()) {
      const country = neighbours(o.key, 'OFFICE_OF', 'OUT')[0];
      expect(r.data.entity.offices.edges[i].node.country?.node.name ?? null).toBe(country?.name ?? null);
    }
  });

  it('gives each alias its own page, pages on by cursor, and follows fragments on an interface', async () => {
    const country = 'country:japan';
    const people = neighbours(country, 'AFFILIATED_WITH', 'IN');
    expect(people.length).toBeGreaterThan(1);
    const r = await gql(
      stack,
      `{ entity(key: "${country}") { ... on Country {
      one: people(first: 1) { pageInfo { endCursor } edges { node { key } } }
      all: people(first: 100) { edges { node { key ... on Person { countries { edges { node { key } } } } } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.one.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual([people[0]!.key]);
    expect(r.data.entity.all.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(people.map((p) => p.key));
    for (const e of r.data.entity.all.edges) {
      expect(e.node.countries.edges.map((c: { node: { key: string } }) => c.node.key)).toEqual(
        neighbours(e.node.key, 'AFFILIATED_WITH', 'OUT').map((c) => c.key),
      );
    }
    const next = await gql(
      stack,
      `query($after: String!) { entity(key: "${country}") { ... on Country { people(first: 100, after: $after) { edges { node { key } } } } } }`,
      {
        after: r.data.entity.one.pageInfo.endCursor,
      },
    );
    expect(next.data.entity.people.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(people.slice(1).map((p) => p.key));
  });

  it('answers empty pages and pages of another type, one round trip per root', async () => {
    // The tree comes back in pieces, a record per page row (reads/compile-selection.ts, splitProjection):
    // an empty page must still be a page, and a page for another type must not be one.
    const person = [...names.keys()].find(
      (k) => k.startsWith('person:') && neighbours(k, 'SAID', 'OUT').length === 0 && neighbours(k, 'HOLDS_OFFICE', 'OUT').length > 0,
    )!;
    expect(person).toBeDefined();
    const tree = `key ... on Person { statements { totalCount edges { node { key } } } offices(first: 1) { totalCount edges { node { key } } } }
      ... on Country { people(first: 2) { totalCount edges { node { key } } } }`;
    const before = stack.store.roundTrips;
    const r = await gql(stack, `query($p: String!) { p: entity(key: $p) { ${tree} } c: entity(key: "country:japan") { ${tree} } }`, {
      p: person,
    });
    expect(r.errors).toBeUndefined();
    expect(stack.store.roundTrips - before).toBe(2);
    const keys = (page: { edges: { node: { key: string } }[] }) => page.edges.map((e) => e.node.key);
    expect(r.data.p.statements).toEqual({ totalCount: 0, edges: [] });
    const offices = neighbours(person, 'HOLDS_OFFICE', 'OUT');
    expect([r.data.p.offices.totalCount, keys(r.data.p.offices)]).toEqual([offices.length, offices.slice(0, 1).map((o) => o.key)]);
    expect(r.data.p.people).toBeUndefined();
    const people = neighbours('country:japan', 'AFFILIATED_WITH', 'IN');
    expect([r.data.c.key, r.data.c.people.totalCount, keys(r.data.c.people)]).toEqual([
      'country:japan',
      people.length,
      people.slice(0, 2).map((x) => x.key),
    ]);
    expect(r.data.c.statements).toBeUndefined();
  });

  it('keeps different selections under one response key apart (two `edges` aliases)', async () => {
    const person = neighbours('country:japan', 'AFFILIATED_WITH', 'IN')[0]!.key;
    const r = await gql(
      stack,
      `{ entity(key: "${person}") { ... on Person { countries {
      a: edges { node { key ... on Country { x: people(first: 1) { edges { node { key } } } } } }
      b: edges { node { key ... on Country { x: people(first: 100) { totalCount edges { node { key } } } } } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    for (const [i, e] of r.data.entity.countries.a.entries()) {
      const people = neighbours(e.node.key, 'AFFILIATED_WITH', 'IN').map((p) => p.key);
      expect(people.length).toBeGreaterThan(1);
      expect(e.node.x.edges.map((c: { node: { key: string } }) => c.node.key)).toEqual(people.slice(0, 1));
      expect(r.data.entity.countries.b[i].node.x.edges.map((c: { node: { key: string } }) => c.node.key)).toEqual(people);
      expect(r.data.entity.countries.b[i].node.x.totalCount).toBe(people.length);
    }
  });

  it('reports a bad page argument deep in the tree at its own path', async () => {
    const r = await gql(
      stack,
      '{ entity(key: "country:japan") { key ... on Country { people { edges { node { ... on Person { offices(first: 1000) { totalCount } } } } } } } }',
    );
    // offices and everything above it up to entity are non-null: the failure nulls the nearest nullable field.
    expect(r.data.entity).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((r.errors?.[0] as { path?: unknown[] } | undefined)?.path?.slice(-2)).toEqual(['node', 'offices']);
  });

  it('reads the properties a selection asks wherever entities come from (lists, search, subgraphs, trees)', async () => {
    const base = 'key aliases attributes { key value }';
    const fields = `${base} ... on Statement { text speech } ... on Event { date }`;
    const plain = async (key: string) => (await gql(stack, `query($k: String!) { entity(key: $k) { ${fields} } }`, { k: key })).data.entity;
    const r = await gql(
      stack,
      `{
      statements(first: 3) { edges { node { ${base} text speech } } }
      events(first: 3) { edges { node { ${base} date } } }
      search(query: "japan") { edges { node { ${fields} } } }
      neighborhood(key: "country:japan", limit: 10) { nodes { ${fields} } }
      entity(key: "country:japan") { ... on Country { people { edges { node { ${base} } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const found = [
      ...r.data.statements.edges.map((e: any) => e.node),
      ...r.data.events.edges.map((e: any) => e.node),
      ...r.data.search.edges.map((h: any) => h.node),
      ...r.data.neighborhood.nodes,
      ...r.data.entity.people.edges.map((e: any) => e.node),
    ];
    expect(found.length).toBeGreaterThan(10);
    expect(
      found.some((e) => e.aliases.length > 0) &&
        found.some((e) => e.attributes.length > 0) &&
        found.some((e) => e.text) &&
        found.some((e) => e.date),
    ).toBe(true);
    for (const e of found) expect(e).toEqual(await plain(e.key));
  });
});
