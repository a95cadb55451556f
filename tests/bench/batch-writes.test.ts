import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from '../../bench/corpus.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { GraphStore } from '../../src/graph/store.ts';
import { openStack, wipe, type Stack } from '../helpers/stack.ts';

// The batched loader must build exactly the graph that loadArticle builds one article at a time.
let stack: Stack;
beforeAll(async () => {
  stack = await openStack();
});
afterAll(() => stack.close());

/** Reloading an article moves its evidence to the end of each list (as loadArticle does): `unordered` compares evidence as a set. */
function evidenceSet(p: Record<string, unknown>): Record<string, unknown> {
  const ids = (p.evSentenceIds ?? []) as string[];
  const col = (k: string) => (p[k] ?? []) as unknown[];
  const ev = ids.map((id, i) => JSON.stringify([id, col('evStarts')[i], col('evEnds')[i], col('evTexts')[i], col('evImplicit')[i]])).sort();
  return { ev, articleIds: [...((p.articleIds ?? []) as string[])].sort() };
}

async function dump(driver: Driver, unordered = false): Promise<unknown> {
  const clean = (p: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'createdAt' && k !== 'loadedAt').map(([k, v]) => [k, k === 'aliases' ? [...(v as string[])].sort() : v]).sort());
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p');
  return {
    nodes: nodes.records.map((r) => JSON.stringify([[...(r.get('l') as string[])].sort(), clean(r.get('p'))])).sort(),
    rels: rels.records.map((r) => JSON.stringify([r.get('a'), r.get('t'), r.get('b'), (unordered ? evidenceSet : clean)(r.get('p'))])).sort(),
  };
}

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
    const one = await dump(stack.driver);
    await wipe(stack.driver);
    for (let i = 0; i < graphs.length; i += 7) await store.loadArticles(graphs.slice(i, i + 7));
    expect(await dump(stack.driver)).toEqual(one);
    // Loading a batch again (with a duplicate inside it) changes nothing but the order of evidence.
    const unordered = await dump(stack.driver, true);
    expect((await store.loadArticles([...graphs.slice(0, 5), graphs[0]!])).replaced).toBe(5);
    expect(await dump(stack.driver, true)).toEqual(unordered);
  }, 240_000);
});
