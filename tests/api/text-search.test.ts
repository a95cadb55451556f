import { beforeAll, describe, expect, it } from 'vitest';
import { gql, type Stack } from '../helpers/stack.ts';
import { seededStack } from '../helpers/seeded.ts';

// textSearch: sentences and titles found by the words they hold, through the real stack and the
// full-text indexes sentence_text and article_title, with where the words are.
const seeded = seededStack();
let stack: Stack;

// A second article with a title of its own (a header title is no sentence) and words no entity is named by.
const TITLE = 'Energy ministers meet in Vladivostok';
const BODY =
  'Ministers discussed energy supplies and liquefied natural gas. The energy talks went on. ENERGY prices, Energy-saving plans and U.S. views were not discussed.';
const ENERGY_ARTICLE = {
  article: { title: TITLE, body: BODY, published: '2019-09-05' },
  sentences: [
    { index: 0, start: 0, end: 62 },
    { index: 1, start: 63, end: 88 },
    { index: 2, start: 89, end: BODY.length },
  ],
  entities: [],
  relations: [],
};

beforeAll(async () => {
  stack = seeded.current;
  await stack.store.loadArticle(ENERGY_ARTICLE);
});

const HIT = `score field text matches { start end text } sentence { key index text } article { key title published } entities { __typename key name }`;

async function search(args: string, fields = HIT) {
  return gql(stack, `{ textSearch(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${fields} } } } }`);
}

describe('textSearch', () => {
  it('finds a word that only sentences hold, with offsets that cut out the word', async () => {
    const names = await gql(stack, '{ search(query: "energy") { edges { node { key } } } }');
    expect(names.data.search.edges).toEqual([]); // no entity is named by it: only what articles say holds it
    const r = await search('query: "energy", in: [SENTENCE]');
    expect(r.errors).toBeUndefined();
    const c = r.data.textSearch;
    expect(c.totalCount).toBe(3);
    for (const { node } of c.edges) {
      expect(node.field).toBe('SENTENCE');
      expect(node.text).toBe(node.sentence.text);
      expect(node.matches.length).toBeGreaterThan(0);
      for (const m of node.matches) {
        expect(node.text.slice(m.start, m.end)).toBe(m.text);
        expect(m.text.toLowerCase()).toBe('energy');
      }
      expect(node.article).toEqual({ key: expect.stringMatching(/^article:/), title: TITLE, published: '2019-09-05' });
      expect(node.score).toBeGreaterThan(0);
    }
    // Every occurrence, whatever its case, "Energy-saving" included (the analyzer splits on the hyphen).
    const third = c.edges.find((e: any) => e.node.sentence.index === 2).node;
    expect(third.matches.map((m: any) => m.text)).toEqual(['ENERGY', 'Energy']);
    expect(third.matches[0].start).toBe(third.text.indexOf('ENERGY'));
    // Best first.
    const scores = c.edges.map((e: any) => e.node.score);
    expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
  });

  it('matches every word, whole or as a prefix, and gives the entities the sentence mentions', async () => {
    const r = await search('query: "entrepren russian market"');
    expect(r.errors).toBeUndefined();
    const [hit, ...rest] = r.data.textSearch.edges.map((e: any) => e.node);
    expect(rest).toEqual([]);
    expect(hit.sentence.text).toContain('for Japanese entrepreneurs, the ‘cooperation plan’ offers a chance');
    expect(hit.matches.map((m: any) => m.text)).toEqual(['entrepreneurs', 'Russian', 'market']);
    for (const m of hit.matches) expect(hit.text.slice(m.start, m.end)).toBe(m.text);
    expect(hit.article.title).toBe('Japan supports the development of mutually beneficial cooperation with Russia');
    const keys = hit.entities.map((e: any) => e.key);
    expect(keys).toEqual(expect.arrayContaining(['person:hiroshi-kajiyama', 'country:japan']));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('finds an article by a title that is no sentence, once only where the title is the first sentence', async () => {
    const title = await search('query: "vladivostok"');
    expect(title.data.textSearch.edges.map((e: any) => e.node)).toEqual([
      expect.objectContaining({
        field: 'TITLE',
        text: TITLE,
        sentence: null,
        entities: [],
        matches: [{ start: 25, end: 36, text: 'Vladivostok' }],
      }),
    ]);
    // The seed has no header: its title is its sentence 0, found as that sentence alone.
    const seedTitle = await search('query: "mutually beneficial supports"');
    expect(seedTitle.data.textSearch.edges.map((e: any) => [e.node.field, e.node.sentence?.index])).toEqual([['SENTENCE', 0]]);
    const onlyTitles = await search('query: "energy", in: [TITLE]');
    expect(onlyTitles.data.textSearch.edges.map((e: any) => e.node.text)).toEqual([TITLE]);
    expect((await search('query: "energy"')).data.textSearch.totalCount).toBe(4);
  });

  it('cuts words as the index does: an abbreviation and a possessive are one word', async () => {
    const us = (await search('query: "u.s."')).data.textSearch.edges.map((e: any) => e.node);
    expect(us.map((h: any) => [h.sentence.index, h.matches.map((m: any) => m.text)])).toEqual([[2, ['U.S']]]);
    // The seed's "Russia’s" is one word that "russia" begins: highlighted whole, as Lucene holds it.
    const hits = (await search('query: "russia objectives"')).data.textSearch.edges.map((e: any) => e.node);
    expect(hits).toHaveLength(1);
    expect(hits[0].matches.map((m: any) => m.text)).toEqual(['Russian', 'Russian', 'Russia’s', 'objectives']);
  });

  it('pages by keyset to exactly the one-page result', async () => {
    const all = (await search('query: "russia", first: 100', 'score sentence { key }')).data.textSearch;
    expect(all.totalCount).toBeGreaterThan(4);
    expect(all.edges).toHaveLength(all.totalCount);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r: any = await gql(
        stack,
        'query($after: String) { textSearch(query: "russia", first: 2, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { sentence { key } } } } }',
        { after },
      );
      expect(r.errors).toBeUndefined();
      const c = r.data.textSearch;
      expect(c.totalCount).toBe(all.totalCount);
      expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...c.edges.map((e: any) => e.node.sentence.key));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.edges.map((e: any) => e.node.sentence.key));
  });

  it('reads a page in a fixed number of round trips, however many hits it holds', async () => {
    const tripsOf = async (first: number) => {
      const before = stack.store.roundTrips;
      const r = await search(`query: "russia", first: ${first}`);
      expect(r.data.textSearch.edges).toHaveLength(Math.min(first, r.data.textSearch.totalCount));
      return stack.store.roundTrips - before;
    };
    // The search, then one batch for the articles and one for the sentences' mentions.
    expect(await tripsOf(10)).toBe(3);
    expect(await tripsOf(1)).toBe(3);
  });

  it('an unmatched query is an empty connection; Lucene syntax is plain text', async () => {
    const none = await search('query: "photosynthesis"');
    expect(none.errors).toBeUndefined();
    expect(none.data.textSearch).toEqual({ totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
    for (const q of ['energy AND (', 'title:energy~2', '"energy', 'energy*^3 OR', 'e?ergy', '/energy/']) {
      const r = await gql(stack, 'query($q: String!) { textSearch(query: $q) { totalCount edges { node { text } } } }', { q });
      expect(r.errors, q).toBeUndefined();
    }
    // An operator word is a word: "AND" finds sentences holding "and", it joins nothing.
    const and = await gql(stack, '{ textSearch(query: "energy AND gas") { edges { node { matches { text } } } } }');
    expect(and.data.textSearch.edges[0].node.matches.map((m: any) => m.text)).toEqual(['energy', 'and', 'gas']);
  });

  it('refuses a query with no word, an overlong query, an empty `in`, bad paging and a foreign cursor, with BAD_USER_INPUT', async () => {
    const list = await gql(stack, '{ entities(first: 1) { pageInfo { endCursor } } }');
    const foreign = list.data.entities.pageInfo.endCursor;
    for (const args of [
      'query: "  *** "',
      'query: "\\\\ -"',
      'query: ""',
      `query: "${'energy '.repeat(40)}"`,
      'query: "energy", in: []',
      'query: "energy", first: 101',
      'query: "energy", after: "not-a-cursor"',
      `query: "energy", after: "${foreign}"`,
    ]) {
      const r = await search(args);
      expect(r.errors?.[0]?.extensions?.code, args).toBe('BAD_USER_INPUT');
      expect(JSON.stringify(r.errors)).not.toMatch(/Cypher|Lucene|queryNodes|stack/i);
    }
  });
});
