import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { createDriver } from '../../src/graph/driver.ts';
import { applySchema } from '../../src/graph/migrations.ts';
import { GraphStore } from '../../src/graph/store.ts';
import { createLogger } from '../../src/logger.ts';
import { listen } from '../../src/server/http.ts';
import { serveWebSockets } from '../../src/server/websocket.ts';
import { createPolicyGraphYoga } from '../../src/server/yoga.ts';
import { runCli } from '../helpers/cli.ts';
import { freePort } from '../helpers/ports.ts';
import { subscribeSse } from '../helpers/sse.ts';
import { gql, wipe, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';

// Two replicas in one test process: each its own driver, store, change-feed poller and response
// cache, on the one Neo4j of the test run, as two service processes would be. What one writes (or
// the CLI, a process of its own) reaches the other's subscribers and reads.

async function replica(): Promise<Stack> {
  const driver = createDriver({ uri: inject('neo4jUri'), user: 'neo4j', password: '' });
  await applySchema(driver, 'neo4j');
  const store = new GraphStore(driver, 'neo4j', 10_000);
  const yoga = createPolicyGraphYoga({
    store,
    logger: createLogger('silent'),
    writeToken: WRITE_TOKEN,
    graphiql: false,
    responseCacheBytes: 1 << 20,
  });
  return { driver, store, yoga, close: () => driver.close() };
}

let a: Stack;
let b: Stack;
beforeAll(async () => {
  [a, b] = await Promise.all([replica(), replica()]);
  await wipe(a.driver);
});
afterAll(async () => {
  for (const r of [a, b]) r?.store.changes.close();
  await Promise.all([a?.close(), b?.close()]);
});

const auth = { authorization: `Bearer ${WRITE_TOKEN}` };
const text = (name: string) => readFileSync(`data/test-articles/${name}.txt`, 'utf8');
const ingest = async (r: Stack, name: string) => {
  const res = await gql(
    r,
    'mutation ($t: String!) { ingestArticle(text: $t) { ... on IngestArticlePayload { article { key } } } }',
    { t: text(name) },
    auth,
  );
  return res.data.ingestArticle.article.key as string;
};
const sse = (r: Stack, query: string, variables?: Record<string, unknown>) =>
  subscribeSse((url, init) => Promise.resolve(r.yoga.fetch(url, init)), 'http://localhost/graphql', query, variables);
const ARTICLES = 'subscription ($after: String) { articleIngested(after: $after) { cursor key replaced at article { key title } } }';
const FACTS =
  'subscription ($filter: FactFilter, $after: String) { factAdded(filter: $filter, after: $after) { cursor at fact { key kind entityLabel relation countries } } }';

describe('subscriptions fed from the change log', () => {
  it('reach both replicas within 2 s of a CLI ingest; fact filters let through exactly what they name', { timeout: 90_000 }, async () => {
    const [onA, onB] = await Promise.all([sse(a, ARTICLES), sse(b, ARTICLES)]);
    const offices = await sse(b, FACTS, { filter: { relation: 'HOLDS_OFFICE' } });
    const india = await sse(a, FACTS, { filter: { country: 'country:india', label: 'Person' } });
    try {
      expect([onA.status, onB.status]).toEqual([200, 200]);
      const cli = await runCli({ NEO4J_URI: inject('neo4jUri') }, ['ingest', 'data/test-articles/india-japan.txt']);
      expect(cli.code, cli.stderr).toBe(0);
      for (const sub of [onA, onB]) {
        const [event] = await sub.waitFor(1, 10_000);
        expect(event!.errors).toBeUndefined();
        const e = event!.data.articleIngested;
        expect(e).toMatchObject({
          replaced: false,
          article: { key: e.key, title: 'Japan backs Make in India with investment and supply chains' },
        });
        expect(event!.receivedAt - Date.parse(e.at), 'ms from commit to event').toBeLessThan(2000);
      }
      // What each filter should let through, from the write's change in the log.
      const log = await gql(a, '{ changes(first: 100) { edges { node { factsAdded { key kind entityLabel relation countries } } } } }');
      const facts = log.data.changes.edges.at(-1).node.factsAdded as {
        key: string;
        entityLabel: string | null;
        relation: string | null;
        countries: string[];
      }[];
      const person = (f: (typeof facts)[number]) => f.entityLabel === 'Person' || f.key.split(' ').some((k) => k.startsWith('person:'));
      const expected = [
        facts.filter((f) => f.relation === 'HOLDS_OFFICE'),
        // A relationship passes a label filter through one of its ends; an entity through its own label.
        facts.filter((f) => f.countries.includes('country:india') && person(f)),
      ];
      expect(expected.map((e) => e.length > 0 && e.length < facts.length)).toEqual([true, true]);
      expect(expected[1]!.some((f) => f.relation !== null) && expected[1]!.some((f) => f.entityLabel === 'Person')).toBe(true);
      for (const [i, sub] of [offices, india].entries()) {
        const got = await sub.waitFor(expected[i]!.length, 10_000);
        expect(got.map((r) => r.data.factAdded.fact)).toEqual(expected[i]);
      }
    } finally {
      for (const sub of [onA, onB, offices, india]) sub.close();
    }
    // The last subscriber gone, each replica's poller stops.
    await expect.poll(() => [a.store.changes.size, b.store.changes.size], { timeout: 5000 }).toEqual([0, 0]);
  });

  it('a subscriber that reconnects with its last cursor gets what it missed, then live events', { timeout: 90_000 }, async () => {
    const first = await sse(a, ARTICLES);
    const korea = await ingest(b, 'korea-russia');
    const [seen] = await first.waitFor(1, 10_000);
    expect(seen!.data.articleIngested.key).toBe(korea);
    first.close();

    const missed = [await ingest(a, 'china-russia'), await ingest(b, 'central-asia')];
    const again = await sse(b, ARTICLES, { after: seen!.data.articleIngested.cursor });
    const caughtUp = await again.waitFor(2, 10_000);
    expect(caughtUp.map((r) => r.data.articleIngested.key)).toEqual(missed);
    const live = await ingest(a, 'india-japan-roadmap');
    const all = await again.waitFor(3, 10_000);
    expect(all.map((r) => r.data.articleIngested.key)).toEqual([...missed, live]);
    again.close();

    // An event's cursor resumes inside its change: after the second fact of the last ingest, the third comes first.
    const log = (await gql(a, '{ changes(first: 100) { edges { cursor } } }')).data.changes.edges;
    const facts = await sse(a, FACTS, { after: log.at(-2).cursor });
    const replay = await facts.waitFor(3, 10_000);
    facts.close();
    const resumed = await sse(b, FACTS, { after: replay[1]!.data.factAdded.cursor });
    const [next] = await resumed.waitFor(1, 10_000);
    resumed.close();
    expect(next!.data.factAdded.fact.key).toBe(replay[2]!.data.factAdded.fact.key);
  });

  it('a read through one replica after a write through the other is fresh, its response cache included', async () => {
    const count = async () => (await gql(b, '{ articles(first: 100) { totalCount } }')).data.articles.totalCount as number;
    const before = await count();
    expect([await count(), await count()]).toEqual([before, before]); // kept on second sight, answered from memory on the third
    const probes = b.store.graphVersionProbes;
    const key = (await gql(a, '{ articles(first: 1) { edges { node { key } } } }')).data.articles.edges[0].node.key;
    await gql(a, 'mutation ($k: String!) { deleteArticle(key: $k) { deleted } }', { k: key }, auth);
    expect(await count()).toBe(before - 1);
    expect(b.store.graphVersionProbes).toBeGreaterThan(probes);
  });

  it('graphql-ws on the same HTTP server: events, then a clean close', { timeout: 30_000 }, async () => {
    const server = await listen(a.yoga, '127.0.0.1', await freePort());
    const closeWs = serveWebSockets(server, a.yoga);
    const { port } = server.address() as { port: number };
    const client = createClient({ url: `ws://127.0.0.1:${port}/graphql`, webSocketImpl: WebSocket, retryAttempts: 0 });
    // From the log's current end, so the write below is delivered however long the socket takes to open.
    const after = (await gql(b, '{ changes(first: 100) { edges { cursor } } }')).data.changes.edges.at(-1).cursor;
    const events = client.iterate<{ articleIngested: { key: string; article: { title: string } } }>({
      query: 'subscription ($after: String) { articleIngested(after: $after) { key article { title } } }',
      variables: { after },
    });
    const received = events.next();
    const key = await ingest(b, 'korea-russia');
    const { value } = await received;
    expect(value).toMatchObject({ data: { articleIngested: { key, article: { title: expect.any(String) } } } });
    // Closing ends the subscription on the client (the socket closes with 1001, going away).
    const ended = events.next().then(
      (r) => r.done,
      () => true,
    );
    await closeWs();
    expect(await ended).toBe(true);
    await client.dispose();
    await new Promise((r) => server.close(r));
  });

  it('refuses bad input and operations over the limits with coded errors', async () => {
    const deep = `subscription { articleIngested { article { ${'sentences { edges { node { article { '.repeat(6)} title ${'} } } } '.repeat(6)} } } }`;
    const costly = `subscription { factAdded { fact { entity { ... on Person { offices(first: 100) { edges { node {
      holders(first: 100) { edges { node { offices(first: 100) { totalCount } } } } } } } } } } } }`;
    const cases: [string, Record<string, unknown>, string][] = [
      [ARTICLES, { after: 'nonsense' }, 'BAD_USER_INPUT'],
      [FACTS, { after: Buffer.from('change:1:x').toString('base64url') }, 'BAD_USER_INPUT'],
      [FACTS, { filter: { label: 'Planet' } }, 'BAD_USER_INPUT'],
      [FACTS, { filter: { relation: 'LIKES' } }, 'BAD_USER_INPUT'],
      [FACTS, { filter: { country: 'Japan' } }, 'BAD_USER_INPUT'],
      [deep, {}, 'DEPTH_LIMIT_EXCEEDED'],
      [costly, {}, 'COST_LIMIT_EXCEEDED'],
    ];
    for (const [query, variables, code] of cases) {
      const sub = await sse(a, query, variables);
      const [result] = await sub.waitFor(1, 10_000);
      sub.close();
      expect(result!.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe(code);
    }
    expect(a.store.changes.size).toBe(0);
  });
});
