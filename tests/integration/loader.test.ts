import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.ts';
import { writeArticle } from '../../src/graph/article-writes.ts';
import { mergeEntities, updateEntity } from '../../src/graph/entity-writes.ts';
import { InvalidGraphError, validateGraph } from '../../src/model/validate-graph.ts';
import { graphCounts, loadSeed, openStack, SEED_ANNOTATION, wipe, type Stack } from '../helpers/stack.ts';

// The loader against the real Neo4j: idempotent, all-or-nothing, and deleting an article removes
// exactly what only it supported.
let stack: Stack;
beforeAll(async () => {
  stack = await openStack();
});
beforeEach(() => wipe(stack.driver));
afterAll(() => stack.close());

// Shares Japan (and its aliases) with the seed.
const INDIA_JAPAN = 'data/test-articles/india-japan.txt';
const seed = () => JSON.parse(readFileSync(SEED_ANNOTATION, 'utf8'));

describe('loading articles', () => {
  it('writes the seed with its provenance: article, 12 sentences, every entity and relation of the annotation', async () => {
    await loadSeed(stack.store);
    const c = await graphCounts(stack.driver);
    const ann = seed();
    expect(c.Article).toBe(1);
    expect(c.Sentence).toBe(12);
    expect(c.Entity).toBe(ann.entities.length);
    const mentions = ann.entities.reduce((n: number, e: { mentions: unknown[] }) => n + e.mentions.length, 0);
    expect(c.MENTIONS).toBe(mentions);
    const relTypes = new Set<string>(ann.relations.map((r: { type: string }) => r.type));
    const rels = [...relTypes].reduce((n, t) => n + (c[t] ?? 0), 0);
    expect(rels).toBe(ann.relations.length);
  });

  it('is idempotent: loading the same article again changes no count', async () => {
    const first = await loadSeed(stack.store);
    const before = await graphCounts(stack.driver);
    const again = await loadSeed(stack.store);
    expect(again).toEqual({ articleId: first.articleId, replaced: true });
    expect(await graphCounts(stack.driver)).toEqual(before);
  });

  it('refuses an annotation with a span that does not cut out its text, and writes nothing', async () => {
    await loadSeed(stack.store);
    const before = await graphCounts(stack.driver);
    const bad = seed();
    bad.article.body = bad.article.body.replace('Tokyo', 'Kyoto');
    bad.article.title = 'A different article';
    await expect(stack.store.loadArticle(bad)).rejects.toBeInstanceOf(InvalidGraphError);
    expect(await graphCounts(stack.driver)).toEqual(before);
  });

  it('rolls back a write that fails midway as a whole: no partial article', async () => {
    await loadSeed(stack.store);
    const before = await graphCounts(stack.driver);
    const other = validateGraph(extractArticle(readFileSync(INDIA_JAPAN, 'utf8')));
    await expect(
      stack.store.write(async (tx) => {
        await writeArticle(tx, other);
        throw new Error('injected failure after the article was written');
      }),
    ).rejects.toThrow('injected failure');
    expect(await graphCounts(stack.driver)).toEqual(before);
  });
});

describe('deleting an article', () => {
  it('removes exactly the facts only it supported; shared entities and their other evidence stay', async () => {
    await loadSeed(stack.store);
    const seedOnly = await graphCounts(stack.driver);
    const other = extractArticle(readFileSync(INDIA_JAPAN, 'utf8'));
    const { articleId } = await stack.store.loadArticle(other);
    const both = await graphCounts(stack.driver);
    expect(both.Article).toBe(2);
    expect(both.Entity).toBeGreaterThan(seedOnly.Entity!);
    expect(await stack.store.deleteArticle(articleId)).toBe(true);
    expect(await graphCounts(stack.driver)).toEqual(seedOnly);
    const japan = await stack.driver.executeQuery(`MATCH (c:Country {id: 'country:japan'}) RETURN c.aliases AS aliases`);
    expect(japan.records[0]?.get('aliases')).toEqual(expect.arrayContaining(['Japanese', 'Tokyo']));
    expect(await stack.store.deleteArticle(articleId)).toBe(false);
  });
});

describe('hand corrections and reloads', () => {
  const entity = async (id: string) =>
    (
      await stack.driver.executeQuery('MATCH (e:Entity {id: $id}) RETURN e.name AS name, e.aliases AS aliases', { id })
    ).records[0]?.toObject();

  it('a renamed entity with hand-added aliases keeps them when its article is loaded again', async () => {
    await loadSeed(stack.store);
    await stack.store.write((tx) => updateEntity(tx, 'person:vladimir-putin', 'Vladimir V. Putin', ['President Putin']));
    await loadSeed(stack.store);
    const putin = await entity('person:vladimir-putin');
    expect(putin?.name).toBe('Vladimir V. Putin');
    expect(putin?.aliases).toEqual(expect.arrayContaining(['President Putin', 'Vladimir Putin', 'the Russian leader']));
  });

  it('a merged entity does not come back when its article is loaded again', async () => {
    await loadSeed(stack.store);
    await stack.store.write((tx) => mergeEntities(tx, 'topic:productivity', 'topic:production-diversification'));
    const merged = await graphCounts(stack.driver);
    await loadSeed(stack.store);
    expect(await entity('topic:production-diversification')).toBeUndefined();
    expect((await entity('topic:productivity'))?.aliases).toContain('diversifying production');
    expect(await graphCounts(stack.driver)).toEqual(merged);
  });
});
