import { describe, expect, it } from 'vitest';
import { article as syntheticArticle } from '../../bench/corpus.ts';
import { GraphStore } from '../../src/graph/store.ts';
import { createLogger } from '../../src/logger.ts';
import { createPolicyGraphYoga } from '../../src/server/yoga.ts';
import { seededStack } from '../helpers/seeded.ts';
import { graphCounts, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';
import { expectNoLeak } from './http.ts';

// Concurrent ingests that share entities (found by the soak): they must all land, and a write that
// waits on a lock past its timeout is refused with a code, not "Unexpected error.", leaving nothing
// behind. (GraphStore runs a process's writes one at a time and retries deadlocks with other
// processes, so this test shows that queueing loses nothing; the soak shows it under load.)

const seeded = seededStack({ eachTest: true });

const INGEST = 'mutation($text: String!) { ingestArticle(text: $text) { __typename ... on IngestArticlePayload { article { key } } } }';

async function ingest(yoga: Stack['yoga'], text: string) {
  const res = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${WRITE_TOKEN}` },
    body: JSON.stringify({ query: INGEST, variables: { text } }),
  });
  const text_ = await res.text();
  expectNoLeak(text_);
  return JSON.parse(text_) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}

describe('concurrent writes', () => {
  it('24 concurrent ingests of articles sharing countries and ministers all land', { timeout: 120_000 }, async () => {
    const texts = Array.from({ length: 24 }, (_, i) => syntheticArticle(11, i).text);
    const results = await Promise.all(texts.map((t) => ingest(seeded.current.yoga, t)));
    const errors = results.flatMap((r) => r.errors ?? []);
    expect(errors, JSON.stringify(errors)).toEqual([]);
    expect(results.every((r) => r.data.ingestArticle.__typename === 'IngestArticlePayload')).toBe(true);
    expect((await graphCounts(seeded.current.driver)).Article).toBe(1 + new Set(results.map((r) => r.data.ingestArticle.article.key)).size);
  });

  it('an ingest that waits on a held lock past its timeout answers TIMEOUT and writes nothing', { timeout: 60_000 }, async () => {
    // A store with a short timeout (writes get 3x: 900 ms), over the same database.
    const store = new GraphStore(seeded.current.driver, 'neo4j', 300);
    const yoga = createPolicyGraphYoga({ store, logger: createLogger('silent'), writeToken: WRITE_TOKEN, graphiql: false });
    const before = await graphCounts(seeded.current.driver);
    const holder = seeded.current.driver.session();
    const tx = await holder.beginTransaction();
    try {
      await tx.run("MATCH (e:Entity {id: 'country:japan'}) SET e.lockedByTest = true");
      const r = await ingest(yoga, 'Japan talks\n\nJapan and India agreed to widen their cooperation in Tokyo.\n');
      expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['TIMEOUT']);
      expect(r.errors?.[0]?.message).not.toBe('Unexpected error.');
    } finally {
      await tx.rollback();
      await holder.close();
    }
    expect(await graphCounts(seeded.current.driver)).toEqual(before);
  });
});
