import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from '../../bench/corpus.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { GraphStore } from '../../src/graph/store.ts';
import { dumpGraph } from '../helpers/graph-dump.ts';
import { openStack, wipe, type Stack } from '../helpers/stack.ts';

// The batched loader must build exactly the graph that loadArticle builds one article at a time.
let stack: Stack;
beforeAll(async () => {
  stack = await openStack();
});
afterAll(() => stack.close());

describe('batched ingest (src/graph/batch-writes.ts)', () => {
  it('gives the same graph as loadArticle per article, and stays idempotent', async () => {
    const texts = [
      ...[...Array(20).keys()].map((i) => article(3, i).text),
      ...['india-japan', 'india-russia', 'china-russia'].map((f) => readFileSync(`data/test-articles/${f}.txt`, 'utf8')),
    ];
    const graphs = texts.map((t) => extractArticle(t));
    // A generous transaction timeout: other test runs may load the machine.
    const store = new GraphStore(stack.driver, 'neo4j', 60_000);
    await wipe(stack.driver);
    for (const g of graphs) await store.loadArticle(g);
    const one = await dumpGraph(stack.driver);
    await wipe(stack.driver);
    for (let i = 0; i < graphs.length; i += 7) await store.loadArticles(graphs.slice(i, i + 7));
    expect(await dumpGraph(stack.driver)).toEqual(one);
    // Loading a batch again (with a duplicate inside it) changes nothing but the order of evidence.
    const unordered = await dumpGraph(stack.driver, true);
    expect((await store.loadArticles([...graphs.slice(0, 5), graphs[0]!])).replaced).toBe(5);
    expect(await dumpGraph(stack.driver, true)).toEqual(unordered);
  }, 240_000);
});
