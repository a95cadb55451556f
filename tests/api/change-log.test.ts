import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { gql, openStack, wipe, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';

// The change log (src/graph/change-log.ts): every committed write — API mutations, the CLI —
// appends one Change in its own transaction, and `changes(after:)` pages through them.

let stack: Stack;
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
});
afterAll(() => stack?.close());

const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
const KOREA = readFileSync('data/test-articles/korea-russia.txt', 'utf8');
const CHANGE = `seq at kind articlesAdded articlesReplaced articlesRemoved entitiesUpdated truncated
  factsAdded { key kind entityLabel relation from to countries } factsRemoved { key kind }`;

async function changes(after?: string, first = 100) {
  const r = await gql(
    stack,
    `query ($after: String, $first: Int) { changes(after: $after, first: $first) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${CHANGE} } } } }`,
    { after, first },
  );
  expect(r.errors).toBeUndefined();
  return r.data.changes;
}
const last = async () => (await changes()).edges.at(-1).node;

describe('the change log', () => {
  it('logs API ingest (new, then replaced), CLI ingest, merge, update and delete, each in its write', { timeout: 120_000 }, async () => {
    const ingest = await gql(
      stack,
      'mutation ($text: String!) { ingestArticle(text: $text) { ... on IngestArticlePayload { article { key } } } }',
      { text: KOREA },
      auth,
    );
    const korea = ingest.data.ingestArticle.article.key as string;
    const first = await last();
    expect(first).toMatchObject({
      seq: 1,
      kind: 'INGEST',
      articlesAdded: [korea],
      articlesReplaced: [],
      factsRemoved: [],
      truncated: false,
    });
    expect(Date.now() - Date.parse(first.at)).toBeLessThan(60_000);
    const facts = first.factsAdded as {
      key: string;
      kind: string;
      entityLabel: string | null;
      relation: string | null;
      from: string;
      to: string;
      countries: string[];
    }[];
    expect(facts.find((f) => f.key === 'country:south-korea')).toMatchObject({
      kind: 'ENTITY',
      entityLabel: 'Country',
      countries: ['country:south-korea'],
    });
    const rel = facts.find((f) => f.kind === 'RELATIONSHIP')!;
    expect(rel.key).toBe(`${rel.from} ${rel.relation} ${rel.to}`);
    expect(rel.entityLabel).toBeNull();
    // Every fact the article brought: its entities and relationships, nothing else.
    const graph = await stack.driver.executeQuery(
      `MATCH (:Article {id: $a})-[:HAS_SENTENCE]->()-[:MENTIONS]->(e:Entity) WITH collect(DISTINCT e.id) AS es
       OPTIONAL MATCH (a:Entity)-[r]->(b:Entity) WHERE $a IN r.articleIds
       RETURN es, collect(a.id + ' ' + type(r) + ' ' + b.id) AS rs`,
      { a: korea },
    );
    const expected = [...(graph.records[0]!.get('es') as string[]), ...(graph.records[0]!.get('rs') as string[])];
    expect(facts.map((f) => f.key).sort()).toEqual(expected.sort());

    // The same text again changes no fact: the change says the article was replaced, and nothing more.
    await gql(stack, 'mutation ($text: String!) { ingestArticle(text: $text) { __typename } }', { text: KOREA }, auth);
    expect(await last()).toMatchObject({
      seq: 2,
      kind: 'INGEST',
      articlesAdded: [],
      articlesReplaced: [korea],
      factsAdded: [],
      factsRemoved: [],
    });

    // Another process: the CLI writes to the same log.
    const cli = await runCli({ NEO4J_URI: inject('neo4jUri') }, ['ingest', 'data/test-articles/india-japan.txt']);
    expect(cli.code, cli.stderr).toBe(0);
    const india = await last();
    expect(india).toMatchObject({ seq: 3, kind: 'INGEST', articlesAdded: [expect.stringMatching(/^article:/)] });
    const indiaFacts = new Set(india.factsAdded.map((f: { key: string }) => f.key));
    expect(indiaFacts).toContain('country:india');
    // Entities the graph held already are not added again.
    expect(facts.filter((f) => indiaFacts.has(f.key))).toEqual([]);

    const merge = await gql(stack, 'mutation { mergeEntities(keep: "country:japan", drop: "country:india") { __typename } }', {}, auth);
    expect(merge.data.mergeEntities.__typename).toBe('EntityPayload');
    const merged = await last();
    expect(merged).toMatchObject({ seq: 4, kind: 'MERGE', entitiesUpdated: ['country:japan'] });
    expect(merged.factsRemoved[0]).toEqual({ key: 'country:india', kind: 'ENTITY' });
    expect(merged.factsRemoved.slice(1).every((f: { key: string }) => f.key.split(' ').includes('country:india'))).toBe(true);
    expect(merged.factsAdded.length).toBeGreaterThan(0);
    for (const f of merged.factsAdded) {
      expect([f.from, f.to]).toContain('country:japan');
      expect(f.countries).toContain('country:japan');
    }

    await gql(stack, 'mutation { updateEntity(key: "country:japan", aliases: ["Nippon"]) { __typename } }', {}, auth);
    expect(await last()).toMatchObject({ seq: 5, kind: 'UPDATE', entitiesUpdated: ['country:japan'], factsAdded: [] });

    await gql(stack, 'mutation ($k: String!) { deleteArticle(key: $k) { deleted } }', { k: korea }, auth);
    const deleted = await last();
    expect(deleted).toMatchObject({ seq: 6, kind: 'DELETE', articlesRemoved: [korea], factsAdded: [] });
    expect(deleted.factsRemoved.map((f: { key: string }) => f.key)).toContain('country:south-korea');

    // Writes that change nothing log nothing: a refused mutation, an unknown article, an invalid text.
    await gql(stack, 'mutation ($k: String!) { deleteArticle(key: $k) { deleted } }', { k: korea }, auth);
    await gql(stack, 'mutation { ingestArticle(text: "   ") { __typename } }', {}, auth);
    await gql(stack, 'mutation { mergeEntities(keep: "country:japan", drop: "country:nowhere") { __typename } }', {}, auth);
    expect((await changes()).totalCount).toBe(6);
  });

  it('pages with opaque cursors: after a cursor, only what came later', async () => {
    const all = await changes();
    expect(all.edges.map((e: { node: { seq: number } }) => e.node.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    const page1 = await changes(undefined, 4);
    expect([page1.totalCount, page1.edges.length, page1.pageInfo.hasNextPage]).toEqual([6, 4, true]);
    const page2 = await changes(page1.pageInfo.endCursor, 4);
    expect(page2.edges.map((e: { node: { seq: number } }) => e.node.seq)).toEqual([5, 6]);
    expect([page2.totalCount, page2.pageInfo.hasNextPage]).toEqual([2, false]);
    // Nothing new: an empty page, and the client keeps its cursor.
    const none = await changes(page2.pageInfo.endCursor);
    expect([none.totalCount, none.edges, none.pageInfo.endCursor]).toEqual([0, [], null]);
  });

  it('refuses a cursor it did not issue with BAD_USER_INPUT', async () => {
    const list = await gql(stack, '{ people(first: 1) { pageInfo { endCursor } } }');
    for (const after of ['nonsense', list.data.people.pageInfo.endCursor, Buffer.from('change:-1').toString('base64url')]) {
      const r = await gql(stack, 'query ($after: String) { changes(after: $after) { totalCount } }', { after });
      expect(r.errors?.[0]?.extensions?.code, after).toBe('BAD_USER_INPUT');
    }
  });
});
