import { beforeEach, describe, expect, it } from 'vitest';
import { article as syntheticArticle } from '../../bench/corpus.ts';
import { createLogger } from '../../src/logger.ts';
import { createPolicyGraphYoga } from '../../src/server/yoga.ts';
import { gql, operation, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';
import { seededStack } from '../helpers/seeded.ts';

// The response cache: a query asked again on an unchanged graph is answered from memory (kept on
// its second sight, served from the third); any write that commits — through this service or
// straight into Neo4j — ends the use of older answers at once.

const seeded = seededStack({ eachTest: true });
const NAME = '{ entity(key: "person:shinzo-abe") { name } }';
const BY_KEY = 'query ($key: String!) { entity(key: $key) { name } }';
const writer = { authorization: `Bearer ${WRITE_TOKEN}` };

function cachedStack(bytes = 1 << 20): Stack {
  const s = seeded.current;
  const yoga = createPolicyGraphYoga({
    store: s.store,
    logger: createLogger('silent'),
    writeToken: WRITE_TOKEN,
    graphiql: false,
    responseCacheBytes: bytes,
  });
  return { ...s, yoga };
}

describe('response cache', () => {
  let stack: Stack;
  beforeEach(() => {
    stack = cachedStack();
  });

  it('answers a repeated query without reading the database, per operation and variables, byte for byte', async () => {
    const raw = async (accept?: string) => {
      const res = await stack.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(accept ? { accept } : {}) },
        body: JSON.stringify({ query: NAME }),
      });
      return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
    };
    const probes = stack.store.graphVersionProbes;
    const first = await raw();
    // A request seen for the first time costs what it would without the cache: no version read.
    expect(stack.store.graphVersionProbes).toBe(probes);
    // Admission on second sight: the second request reads and keeps the answer, the third is a hit.
    expect(await raw()).toEqual(first);
    const reads = stack.store.roundTrips;
    // The kept JSON text is sent as it is, with the content type the request negotiates.
    expect(await raw()).toEqual(first);
    expect(await raw('application/graphql-response+json')).toEqual({ ...first, type: 'application/graphql-response+json; charset=utf-8' });
    expect(JSON.parse(first.body)).toEqual({ data: { entity: { name: 'Shinzo Abe' } } });
    expect(stack.store.roundTrips).toBe(reads);
    // Kept answers are bytes: the answers Yoga builds as text (an event stream, multipart) hold
    // the same JSON as the uncached service's (only their boundaries and pings may differ).
    const payloads = (body: string) => body.match(/\{"data".*\}/g);
    for (const accept of ['text/event-stream', 'multipart/mixed']) {
      const res = await seeded.current.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept },
        body: JSON.stringify({ query: NAME }),
      });
      const uncached = { type: res.headers.get('content-type'), payloads: payloads(await res.text()) };
      const before = stack.store.roundTrips;
      const hit = await raw(accept);
      expect(stack.store.roundTrips).toBe(before);
      expect({ type: hit.type, payloads: payloads(hit.body) }).toEqual(uncached);
      expect(uncached.payloads).toEqual([first.body]);
    }

    const reads2 = stack.store.roundTrips;
    const abe = await gql(stack, BY_KEY, { key: 'person:shinzo-abe' });
    const putin = await gql(stack, BY_KEY, { key: 'person:vladimir-putin' });
    expect([abe.data.entity.name, putin.data.entity.name]).toEqual(['Shinzo Abe', 'Vladimir Putin']);
    expect((await gql(stack, BY_KEY, { key: 'person:vladimir-putin' })).data.entity.name).toBe('Vladimir Putin');
    const afterThree = stack.store.roundTrips;
    expect(afterThree).toBe(reads2 + 3);
    expect((await gql(stack, BY_KEY, { key: 'person:vladimir-putin' })).data.entity.name).toBe('Vladimir Putin');
    expect((await gql(stack, BY_KEY, { key: 'person:shinzo-abe' })).data.entity.name).toBe('Shinzo Abe');
    expect(stack.store.roundTrips).toBe(afterThree + 1);
  });

  it('shows a write made straight into Neo4j on the very next request', async () => {
    expect((await gql(stack, NAME)).data.entity.name).toBe('Shinzo Abe');
    expect((await gql(stack, NAME)).data.entity.name).toBe('Shinzo Abe');
    await stack.driver.executeQuery("MATCH (p:Person {id: 'person:shinzo-abe'}) SET p.name = 'Renamed Elsewhere'");
    expect((await gql(stack, NAME)).data.entity.name).toBe('Renamed Elsewhere');
    // A name beyond ASCII: kept as UTF-8 bytes, the hit's body and its length are the uncached answer's.
    await stack.driver.executeQuery("MATCH (p:Person {id: 'person:shinzo-abe'}) SET p.name = '安倍晋三 Shinzō Abé'");
    const send = async () => {
      const res = await stack.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: NAME }),
      });
      return { length: res.headers.get('content-length'), body: await res.text() };
    };
    const [miss, kept] = [await send(), await send()];
    const reads = stack.store.roundTrips;
    expect(await send()).toEqual(miss);
    expect(kept).toEqual(miss);
    expect(stack.store.roundTrips).toBe(reads);
    expect(JSON.parse(miss.body).data.entity.name).toBe('安倍晋三 Shinzō Abé');
    expect(Number(miss.length)).toBe(Buffer.byteLength(miss.body));
  });

  it('shows a mutation of this service on the next request, and never answers a mutation from memory', async () => {
    expect((await gql(stack, NAME)).data.entity.name).toBe('Shinzo Abe');
    expect((await gql(stack, NAME)).data.entity.name).toBe('Shinzo Abe');
    const r = await gql(stack, operation('UpdateEntity'), { key: 'person:shinzo-abe', name: 'Abe Shinzo' }, writer);
    expect(r.data.updateEntity.entity.name).toBe('Abe Shinzo');
    expect((await gql(stack, NAME)).data.entity.name).toBe('Abe Shinzo');

    // Deleting an article that does not exist commits nothing, so the graph's version stays put:
    // the second, identical mutation must still run.
    const missing = { key: 'article:no-such-article' };
    expect((await gql(stack, operation('DeleteArticle'), missing, writer)).data.deleteArticle.deleted).toBe(false);
    const calls = stack.store.roundTrips;
    expect((await gql(stack, operation('DeleteArticle'), missing, writer)).data.deleteArticle.deleted).toBe(false);
    expect(stack.store.roundTrips).toBeGreaterThan(calls);
  });

  it('reads its writes under concurrent ingests: a hot answer never lags an acknowledged write', async () => {
    // A write's bookmark is visible a moment before its data (committed, not yet applied): an answer
    // read in between and kept under the new version would be served stale after the write's ack.
    const INGEST = 'mutation($text: String!) { ingestArticle(text: $text) { __typename } }';
    const COUNT = '{ articles(first: 1) { totalCount } }';
    let next = 0;
    let acknowledged = 0;
    const stale: string[] = [];
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        for (let n = 0; n < 10; n++) {
          const r = await gql(stack, INGEST, { text: syntheticArticle(7, next++).text }, writer);
          expect(r.data.ingestArticle.__typename).toBe('IngestArticlePayload');
          const atLeast = ++acknowledged + 1; // + the seed
          const count = (await gql(stack, COUNT)).data.articles.totalCount as number;
          if (count < atLeast) stale.push(`${count} articles, ${atLeast} acknowledged`);
          await gql(stack, COUNT);
        }
      }),
    );
    expect(stale).toEqual([]);
    expect((await gql(stack, COUNT)).data.articles.totalCount).toBe(81);
  }, 120_000);

  it('keeps no answer with errors', async () => {
    const bad = '{ entity(key: "country:japan") { ... on Country { people(first: 1000) { totalCount } } } }';
    expect((await gql(stack, bad)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gql(stack, bad)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const reads = stack.store.roundTrips;
    expect((await gql(stack, bad)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(stack.store.roundTrips).toBeGreaterThan(reads);
  });

  it('holds no more than its byte budget', async () => {
    const name = (await gql(stack, NAME)).data.entity.name as string;
    // A budget smaller than one answer: nothing can be kept, every request reads.
    stack = cachedStack(JSON.stringify({ data: { entity: { name } } }).length - 1);
    await gql(stack, NAME);
    await gql(stack, NAME);
    const reads = stack.store.roundTrips;
    await gql(stack, NAME);
    expect(stack.store.roundTrips).toBe(reads + 1);
  });
});

describe('graph version', () => {
  it('changes with each committed write and shares probes between concurrent callers', async () => {
    const { store, driver } = seeded.current;
    const before = await store.graphVersion();
    expect(await store.graphVersion()).toBe(before);

    const sent = store.graphVersionProbes;
    const versions = await Promise.all(Array.from({ length: 20 }, () => store.graphVersion()));
    expect(new Set(versions)).toEqual(new Set([before]));
    expect(store.graphVersionProbes - sent).toBeLessThanOrEqual(2);

    // A call made after a write was acknowledged sees it, even while an older probe is running.
    const older = store.graphVersion();
    await driver.executeQuery("MATCH (p:Person {id: 'person:shinzo-abe'}) SET p.name = 'Abe'");
    const after = await store.graphVersion();
    await older;
    expect(after).not.toBe(before);
    expect(await store.graphVersion()).toBe(after);
  });
});
