import { beforeAll, describe, expect, it } from 'vitest';
import { gql, type Stack } from '../helpers/stack.ts';
import { seededStack } from '../helpers/seeded.ts';

// Lists with filters and sorts, keyset paging for each sort, search, exploration, Relay ids.
const seeded = seededStack();
let stack: Stack;
beforeAll(() => {
  stack = seeded.current;
});

const keys = (r: any, field: string) => r.data[field].edges.map((e: any) => e.node.key);

async function pageThrough(field: string, args: string): Promise<string[]> {
  const seen: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const r: any = await gql(
      stack,
      `query($after: String) { ${field}(${args}, first: 2, after: $after) { pageInfo { hasNextPage endCursor } edges { node { key } } } }`,
      { after },
    );
    expect(r.errors).toBeUndefined();
    seen.push(...keys(r, field));
    if (!r.data[field].pageInfo.hasNextPage) return seen;
    after = r.data[field].pageInfo.endCursor;
  }
  throw new Error('paging did not end');
}

describe('lists', () => {
  it.each([
    ['entities', 'sort: { field: NAME, direction: ASC }'],
    ['entities', 'sort: { field: NAME, direction: DESC }'],
    ['entities', 'sort: { field: MENTIONS, direction: DESC }'],
    ['statements', 'sort: { field: MENTIONS, direction: ASC }'],
  ])('%s(%s) pages by keyset to exactly the one-page result', async (field, args) => {
    const all = keys(await gql(stack, `{ ${field}(${args}, first: 100) { edges { node { key } } } }`), field);
    expect(all.length).toBeGreaterThan(5);
    expect(await pageThrough(field, args)).toEqual(all);
  });

  it('sorts by mentions, most first', async () => {
    const r = await gql(
      stack,
      '{ entities(sort: { field: MENTIONS, direction: DESC }, first: 3) { edges { node { key mentionCount } } } }',
    );
    const counts = r.data.entities.edges.map((e: any) => e.node.mentionCount);
    expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    expect(r.data.entities.edges[0].node.key).toBe('country:russia');
  });

  it('filters by country, topic, name prefix, article and date; combines with AND/OR/NOT', async () => {
    const q = async (label: string, filter: string) => {
      const r = await gql(stack, `{ entities(label: ${label}, filter: ${filter}, first: 50) { edges { node { key } } } }`);
      expect(r.errors).toBeUndefined();
      return keys(r, 'entities');
    };
    expect(await q('Person', '{ country: "country:russia" }')).toEqual(['person:vladimir-putin']);
    expect(await q('NationalObjective', '{ topic: "topic:productivity" }')).toEqual(['national-objective:twelve-national-projects']);
    expect(await q('Office', '{ nameStartsWith: "prime" }')).toEqual(['office:prime-minister-of-japan']);
    expect(await q('Event', '{ dateFrom: "2016-05-20", dateTo: "2017" }')).toEqual(['event:abe-putin-meeting-in-sochi']);
    expect(await q('Event', '{ dateFrom: "2016-06" }')).toEqual([]);
    expect(await q('Person', '{ or: [{ country: "country:russia" }, { nameContains: "kajiyama" }] }')).toEqual([
      'person:hiroshi-kajiyama',
      'person:vladimir-putin',
    ]);
    expect(await q('Person', '{ not: { country: "country:japan" } }')).toEqual(['person:vladimir-putin']);
    expect(await q('Person', '{ and: [{ country: "country:japan" }, { nameContains: "abe" }] }')).toEqual(['person:shinzo-abe']);
    expect(await q('Person', '{ article: "article:none" }')).toEqual([]);
  });

  it('refuses a bad date and an over-nested filter as BAD_USER_INPUT', async () => {
    const bad = await gql(stack, '{ events(filter: { dateFrom: "May 2016" }) { totalCount } }');
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const deep = await gql(stack, '{ people(filter: { not: { not: { not: { not: { not: { nameContains: "a" } } } } } }) { totalCount } }');
    expect(deep.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('search', () => {
  const search = (query: string, extra = '') =>
    gql(stack, `query($q: String!) { search(query: $q${extra}) { totalCount edges { score node { __typename key } } } }`, { q: query });

  it('finds by name and alias, best first, typed', async () => {
    const r = await search('russian leader');
    expect(r.data.search.edges[0].node).toEqual({ __typename: 'Person', key: 'person:vladimir-putin' });
    const byPrefix = await search('kajiy', ', labels: [Person]');
    expect(byPrefix.data.search.edges.map((h: any) => h.node.key)).toEqual(['person:hiroshi-kajiyama']);
    expect(byPrefix.data.search.totalCount).toBe(1);
  });

  it('treats Lucene syntax literally: no error, never wider', async () => {
    for (const q of ['a OR b*~', 'putin OR abe', 'name:putin', '"unbalanced', '(', '*', '~2', '\\\\', 'AND', '-putin', 'putin^9 abe']) {
      const r = await search(q);
      expect(r.errors, q).toBeUndefined();
      expect(
        r.data.search.edges.map((h: any) => h.node.key),
        q,
      ).not.toContain('person:shinzo-abe');
    }
  });
});

describe('entityByName', () => {
  const byName = (name: string, label?: string) =>
    gql(
      stack,
      `query($name: String!${label ? ', $label: EntityLabel' : ''}) { entityByName(name: $name${label ? ', label: $label' : ''}) {
        matchedBy matchedText entity { __typename key name } alternatives { matchedBy matchedText entity { key } } } }`,
      label ? { name, label } : { name },
    );
  const match = async (name: string, label?: string) => {
    const r = await byName(name, label);
    expect(r.errors, name).toBeUndefined();
    return r.data.entityByName;
  };

  it('finds by exact name, typed, and says so', async () => {
    expect(await match('Vladimir Putin')).toEqual({
      matchedBy: 'EXACT_NAME',
      matchedText: 'Vladimir Putin',
      entity: { __typename: 'Person', key: 'person:vladimir-putin', name: 'Vladimir Putin' },
      alternatives: [],
    });
  });

  it('ignores case and surrounding spaces', async () => {
    const m = await match('  vLADIMIR putin ');
    expect([m.matchedBy, m.matchedText, m.entity.key]).toEqual(['EXACT_NAME', 'Vladimir Putin', 'person:vladimir-putin']);
    const a = await match('THE RUSSIAN LEADER');
    expect([a.matchedBy, a.matchedText, a.entity.key]).toEqual(['ALIAS', 'the Russian leader', 'person:vladimir-putin']);
  });

  it('finds by alias, with the alias as stored', async () => {
    for (const [name, key] of [
      ['the Russian leader', 'person:vladimir-putin'],
      ['Kajiyama', 'person:hiroshi-kajiyama'],
      ['Tokyo', 'country:japan'],
      ['Japanese Prime Minister', 'office:prime-minister-of-japan'],
    ] as const) {
      const m = await match(name);
      expect([m.matchedBy, m.matchedText, m.entity.key], name).toEqual(['ALIAS', name, key]);
    }
  });

  it('prefers the exact name to an alias, and an alias to full text', async () => {
    // "Japan" is country:japan's name and appears in many names and aliases (full text).
    expect((await match('Japan')).entity.key).toBe('country:japan');
    expect((await match('Japan')).matchedBy).toBe('EXACT_NAME');
    // "Russian" is an alias of country:russia and a word in "the Russian leader", "Russian President".
    const r = await match('russian');
    expect([r.matchedBy, r.matchedText, r.entity.key, r.alternatives]).toEqual(['ALIAS', 'Russian', 'country:russia', []]);
  });

  it('falls back to full text (all words, whole or as a prefix), naming the name or alias matched', async () => {
    const m = await match('Putin');
    expect([m.matchedBy, m.matchedText, m.entity.key]).toEqual(['FULL_TEXT', 'Vladimir Putin', 'person:vladimir-putin']);
    // Other entities whose names hold the word are alternatives, best first, matched the same way.
    const alt = m.alternatives.map((a: any) => a.entity.key);
    expect(alt).toContain('event:abe-putin-meeting-in-sochi');
    expect(alt).not.toContain('person:vladimir-putin');
    expect(m.alternatives.every((a: any) => a.matchedBy === 'FULL_TEXT')).toBe(true);
    const p = await match('russian leader');
    expect([p.matchedBy, p.matchedText, p.entity.key]).toEqual(['FULL_TEXT', 'the Russian leader', 'person:vladimir-putin']);
  });

  it('filters by label, in every way of matching', async () => {
    expect(await match('Vladimir Putin', 'Country')).toBeNull();
    expect((await match('Russia', 'Country')).entity.key).toBe('country:russia');
    const person = await match('Russian', 'Person');
    expect([person.matchedBy, person.matchedText, person.entity.key]).toEqual(['FULL_TEXT', 'the Russian leader', 'person:vladimir-putin']);
    const office = await match('Russia', 'Office');
    expect(office.matchedBy).toBe('FULL_TEXT');
    expect([office.entity.key, ...office.alternatives.map((a: any) => a.entity.key)].sort()).toEqual([
      'office:minister-for-economic-cooperation-with-russia',
      'office:president-of-russia',
    ]);
  });

  it('answers null when nothing matches, and for input with no word', async () => {
    expect(await match('Angela Merkel')).toBeNull();
    expect(await match('person:vladimir-putin')).toBeNull();
    expect(await match('—')).toBeNull();
  });

  it('treats Lucene syntax and quotes literally', async () => {
    for (const name of ['"Vladimir Putin"', 'Putin OR Abe', 'name:putin', '\\', 'Putin~', '(', 'AND']) {
      const r = await byName(name);
      expect(r.errors, name).toBeUndefined();
      expect(r.data.entityByName?.entity.key, name).not.toBe('person:shinzo-abe');
    }
  });

  it('refuses an empty or over-long name and an unknown label (a variable) as BAD_USER_INPUT', async () => {
    for (const name of ['', '   ', 'x'.repeat(201)]) {
      const r = await byName(name);
      expect(r.errors?.[0]?.extensions?.code, JSON.stringify(name)).toBe('BAD_USER_INPUT');
      expect(r.data?.entityByName ?? null).toBeNull();
    }
    expect((await byName('x'.repeat(200))).errors).toBeUndefined();
    const viaVariable = await byName('Putin', 'Politician');
    expect(viaVariable.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Written into the document, an unknown label makes the document invalid, as for every enum
    // argument of the API (tests/reliability/bad-input.test.ts): nothing runs.
    const inline = await gql(stack, '{ entityByName(name: "Putin", label: Politician) { entity { key } } }');
    expect(inline.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('keeps entity(key:) as it was: a name there is no key', async () => {
    const r = await gql(stack, '{ byKey: entity(key: "person:vladimir-putin") { key } byName: entity(key: "Vladimir Putin") { key } }');
    expect(r.data).toEqual({ byKey: { key: 'person:vladimir-putin' }, byName: null });
  });
});

describe('exploration', () => {
  it('neighborhood: entities only, edges between returned nodes, bounded', async () => {
    const r = await gql(
      stack,
      '{ neighborhood(key: "person:shinzo-abe", depth: 2, limit: 8) { truncated nodes { __typename key } edges { id type source target evidence { text } } } }',
    );
    const g = r.data.neighborhood;
    expect(g.nodes).toHaveLength(8);
    expect(g.truncated).toBe(true);
    const ids = new Set(g.nodes.map((n: any) => n.key));
    for (const e of g.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(g.nodes.map((n: any) => n.__typename)).not.toContain('Sentence');
    expect(g.edges.find((e: any) => e.id === 'person:shinzo-abe-PROPOSED->plan:eight-point-cooperation-plan').evidence[0].text).toContain(
      'Shinzo Abe',
    );
    // Without evidence or truncated in the selection neither is read, and the subgraph is the same.
    const bare = await gql(stack, '{ neighborhood(key: "person:shinzo-abe", depth: 2, limit: 8) { nodes { key } edges { id } } }');
    expect(bare.data.neighborhood.nodes).toEqual(g.nodes.map((n: any) => ({ key: n.key })));
    expect(bare.data.neighborhood.edges).toEqual(g.edges.map((e: any) => ({ id: e.id })));
  });

  it('paths: shortest first, each edge walked', async () => {
    const r = await gql(
      stack,
      '{ paths(from: "person:shinzo-abe", to: "place:sochi", maxHops: 3) { paths { hops keys } edges { source target } } }',
    );
    expect(r.data.paths.paths[0].hops).toBeLessThanOrEqual(3);
    expect(r.data.paths.paths[0].keys[0]).toBe('person:shinzo-abe');
    expect(r.data.paths.paths[0].keys.at(-1)).toBe('place:sochi');
    // Every node on a path is in nodes, every step of a path is one of the edges.
    const keys = new Set(r.data.paths.paths.flatMap((p: any) => p.keys));
    const steps = new Set(r.data.paths.edges.map((e: any) => [e.source, e.target].sort().join(' ')));
    for (const p of r.data.paths.paths)
      for (let i = 1; i < p.keys.length; i++) expect(steps.has([p.keys[i - 1], p.keys[i]].sort().join(' '))).toBe(true);
    const nodes = await gql(stack, '{ paths(from: "person:shinzo-abe", to: "place:sochi", maxHops: 3) { nodes { key } } }');
    expect(new Set(nodes.data.paths.nodes.map((n: any) => n.key))).toEqual(keys);
    // truncated says whether the path count left paths out.
    const all = (
      await gql(stack, '{ paths(from: "person:shinzo-abe", to: "place:sochi", maxHops: 3, limit: 20) { truncated paths { keys } } }')
    ).data.paths;
    expect(all.truncated).toBe(false);
    expect(all.paths.length).toBeGreaterThan(1);
    const one = (
      await gql(stack, '{ paths(from: "person:shinzo-abe", to: "place:sochi", maxHops: 3, limit: 1) { truncated paths { keys } } }')
    ).data.paths;
    expect(one.truncated).toBe(true);
    expect(one.paths).toHaveLength(1);
    // One of the shortest (paths of equal length may come in any order).
    expect(all.paths.map((p: any) => p.keys.join())).toContain(one.paths[0].keys.join());
    expect(one.paths[0].keys.length).toBe(all.paths[0].keys.length);
    const exact = await gql(
      stack,
      `{ paths(from: "person:shinzo-abe", to: "place:sochi", maxHops: 3, limit: ${all.paths.length}) { truncated } }`,
    );
    expect(exact.data.paths.truncated).toBe(false);
  });

  it('refuses depth > 3 and maxHops > 6; unknown keys give null', async () => {
    expect((await gql(stack, '{ neighborhood(key: "person:shinzo-abe", depth: 4) { truncated } }')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await gql(stack, '{ paths(from: "a:b", to: "c:d", maxHops: 7) { truncated } }')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await gql(stack, '{ neighborhood(key: "person:nobody") { truncated } }')).data.neighborhood).toBeNull();
    expect((await gql(stack, '{ paths(from: "person:shinzo-abe", to: "person:nobody") { truncated } }')).data.paths).toBeNull();
    expect((await gql(stack, '{ paths(from: "person:nobody", to: "person:nobody") { truncated } }')).data.paths).toBeNull();
    const self = await gql(stack, '{ paths(from: "person:shinzo-abe", to: "person:shinzo-abe") { paths { keys } nodes { key } } }');
    expect(self.data.paths).toEqual({ paths: [{ keys: ['person:shinzo-abe'] }], nodes: [{ key: 'person:shinzo-abe' }] });
  });
});

describe('Relay', () => {
  it('global ids round-trip through node and nodes', async () => {
    const r = await gql(stack, '{ people(first: 3) { edges { node { id key } } } articles { edges { node { id key } } } }');
    const ids = [...r.data.people.edges, ...r.data.articles.edges].map((e: any) => e.node);
    const back = await gql(stack, 'query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { key } ... on Article { key } } }', {
      ids: ids.map((n: any) => n.id),
    });
    expect(back.data.nodes).toEqual(ids);
    const one = await gql(stack, 'query($id: ID!) { node(id: $id) { id } }', { id: ids[0].id });
    expect(one.data.node.id).toBe(ids[0].id);
  });
});
