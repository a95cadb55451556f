import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphReader, type QueryRunner } from '../../src/graph/index.ts';
import { gql, loadSeed, loadTestArticles, openStack, wipe, type Stack } from '../helpers/stack.ts';

// Every list is a connection paged by keyset, and the lists that grow with the corpus (an
// entity's mentions and articles) are cut by the database, not after reading every row.

let stack: Stack;
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadSeed(stack.store);
  await loadTestArticles(stack.store);
});
afterAll(() => stack.close());

/** A reader over the real store that records, per query, how many page rows Neo4j sent back. */
function countingReader(): { reads: GraphReader; sent: number[] } {
  const sent: number[] = [];
  const counting = (q: QueryRunner): QueryRunner => ({
    run(query, parameters) {
      const result = q.run(query, parameters);
      void result.then((r) => sent.push(...r.records.map((rec) => (rec.get('rows') as unknown[]).length)));
      return result;
    },
  });
  return { reads: new GraphReader({ read: (work) => stack.store.read((q) => work(counting(q))) }), sent };
}

/** Every node of a connection field, page by page with `first`, following endCursor. */
async function allPages(query: (after: string | null) => string, at: (data: any) => any, first: number) {
  const nodes: unknown[] = [];
  let after: string | null = null;
  for (let i = 0; i < 100; i++) {
    const r = await gql(stack, query(after), { first });
    expect(r.errors).toBeUndefined();
    const c = at(r.data);
    expect(c.edges.length).toBeLessThanOrEqual(first);
    nodes.push(...c.edges.map((e: any) => e.node));
    if (!c.pageInfo.hasNextPage) return { nodes, total: c.totalCount };
    after = c.pageInfo.endCursor;
  }
  throw new Error('no last page');
}

describe('pages limited in the database', () => {
  it("an entity's mentions and articles: Neo4j sends first + 1 rows, not every row", async () => {
    const { reads, sent } = countingReader();
    const page = { first: 1, after: null, total: true };
    const mentions = (await reads.mentionsOfEntities(['country:russia'], page)).get('country:russia')!;
    const articles = (await reads.articlesOfEntities(['country:russia'], page)).get('country:russia')!;
    expect(mentions.total).toBeGreaterThan(10);
    expect(articles.total).toBeGreaterThanOrEqual(3);
    expect([mentions.rows.length, articles.rows.length]).toEqual([1, 1]);
    expect([mentions.hasNextPage, articles.hasNextPage]).toEqual([true, true]);
    expect(sent).toEqual([2, 2]);
    // Without totalCount asked, nothing counts every row either.
    expect((await reads.mentionsOfEntities(['country:russia'], { ...page, total: false })).get('country:russia')!.total).toBe(0);
  });

  it('the articles of an entity are read as keys; the page alone is read whole', async () => {
    const { reads } = countingReader();
    const rows = (await reads.articlesOfEntities(['country:russia'], { first: 3, after: null, total: false })).get('country:russia')!.rows;
    for (const row of rows) expect(Object.keys(row).sort()).toEqual(['id', 'published']);
  });
});

describe('every list a connection, paged by keyset', () => {
  it('Entity.mentions: page by page equals one page, totalCount is mentionCount', async () => {
    const q = (after: string | null) =>
      `query($first: Int) { entity(key: "country:russia") { mentionCount
        mentions(first: $first${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor } edges { node { text start article { key } } } } } }`;
    const whole = await allPages(q, (d) => d.entity.mentions, 100);
    const paged = await allPages(q, (d) => d.entity.mentions, 3);
    expect(paged.nodes).toEqual(whole.nodes);
    const count = (await gql(stack, '{ entity(key: "country:russia") { mentionCount } }')).data.entity.mentionCount;
    expect([whole.total, whole.nodes.length]).toEqual([count, count]);
  });

  it('Entity.articles: newest first, undated last, page by page equals one page', async () => {
    const q = (after: string | null) =>
      `query($first: Int) { entity(key: "country:russia") {
        articles(first: $first${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor } edges { node { key published } } } } }`;
    const whole = await allPages(q, (d) => d.entity.articles, 100);
    const paged = await allPages(q, (d) => d.entity.articles, 1);
    expect(paged.nodes).toEqual(whole.nodes);
    const dates = (whole.nodes as { published: string | null }[]).map((a) => a.published ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
    expect(whole.total).toBe(whole.nodes.length);
  });

  it('Article.sentences and Sentence.mentions: in text order, page by page equals one page', async () => {
    const key = (await gql(stack, '{ articles(first: 1) { edges { node { key } } } }')).data.articles.edges[0].node.key;
    const sentences = (after: string | null) =>
      `query($first: Int) { article(key: "${key}") { sentenceCount
        sentences(first: $first${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor } edges { node { key index } } } } }`;
    const whole = await allPages(sentences, (d) => d.article.sentences, 100);
    expect((await allPages(sentences, (d) => d.article.sentences, 4)).nodes).toEqual(whole.nodes);
    expect((whole.nodes as { index: number }[]).map((s) => s.index)).toEqual(whole.nodes.map((_, i) => i));

    const s3 = (whole.nodes[3] as { key: string }).key;
    const mentions = (after: string | null) =>
      `query($first: Int) { sentence(key: "${s3}") {
        mentions(first: $first${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor } edges { node { start end entity { key } } } } } }`;
    const all = await allPages(mentions, (d) => d.sentence.mentions, 100);
    expect(all.nodes.length).toBeGreaterThan(3);
    expect((await allPages(mentions, (d) => d.sentence.mentions, 2)).nodes).toEqual(all.nodes);
    const starts = (all.nodes as { start: number }[]).map((m) => m.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('search: best first, page by page equals one page', async () => {
    const q = (after: string | null) =>
      `query($first: Int) { search(query: "russia"${after ? `, after: "${after}"` : ''}, first: $first) {
        totalCount pageInfo { hasNextPage endCursor } edges { score node { key } } } }`;
    const whole = await allPages(q, (d) => d.search, 100);
    expect(whole.nodes.length).toBeGreaterThan(2);
    expect(whole.total).toBe(whole.nodes.length);
    expect((await allPages(q, (d) => d.search, 2)).nodes).toEqual(whole.nodes);
  });

  it("a person's statements: by article date (newest first, undated last), then place in the article", async () => {
    const r = await gql(
      stack,
      `{ entity(key: "person:hiroshi-kajiyama") { ... on Person { statements(first: 100) { edges { cursor node { key
        ... on Statement { text article { key published text } } } } } } } }`,
    );
    expect(r.errors).toBeUndefined();
    const rows = r.data.entity.statements.edges.map((e: any) => e.node);
    expect(rows.length).toBe(9);
    const place = rows.map((s: any) => [s.article.published ?? '', s.article.key, s.article.text.indexOf(s.text)]);
    for (const [i, [date, article, at]] of place.entries()) {
      if (i === 0) continue;
      const [prevDate, prevArticle, prevAt] = place[i - 1];
      expect(date <= prevDate).toBe(true);
      if (article === prevArticle) expect(at).toBeGreaterThanOrEqual(prevAt);
    }
    const q = (after: string | null) =>
      `query($first: Int) { entity(key: "person:hiroshi-kajiyama") { ... on Person {
        statements(first: $first${after ? `, after: "${after}"` : ''}) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } } } }`;
    expect((await allPages(q, (d) => d.entity.statements, 2)).nodes.map((n: any) => n.key)).toEqual(rows.map((s: any) => s.key));
  });

  it("statements of every entity of a list (one batched read per level) come in the same order as one entity's", async () => {
    const one = await gql(stack, '{ entity(key: "person:hiroshi-kajiyama") { ... on Person { statements { edges { node { key } } } } } }');
    const r = await gql(stack, '{ people { edges { node { key statements { totalCount edges { node { key } } } } } } }');
    expect(r.errors).toBeUndefined();
    const kajiyama = r.data.people.edges.find((e: any) => e.node.key === 'person:hiroshi-kajiyama').node.statements;
    expect(kajiyama.totalCount).toBe(9);
    expect(kajiyama.edges).toEqual(one.data.entity.statements.edges);
  });
});
