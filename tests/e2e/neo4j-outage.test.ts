import { readFileSync, rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { createDriver } from '../../src/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.ts';
import { applySchema } from '../../src/graph/migrations.ts';
import { GraphStore } from '../../src/graph/store.ts';
import { createLogger } from '../../src/logger.ts';
import { createPolicyGraphYoga } from '../../src/server/yoga.ts';
import { freePort } from '../helpers/ports.ts';
import { until } from '../helpers/service.ts';
import { SEED_ANNOTATION } from '../helpers/stack.ts';

// A Neo4j outage under a running service, with the real local Neo4j stopped and started again:
// readiness turns red, requests fail fast with a code, and the service recovers by itself.
const HOME = `.neo4j/test/outage-${process.pid}`;
const TX_TIMEOUT_MS = 10_000;
let neo4j: LocalNeo4j | undefined;
afterAll(async () => {
  await neo4j?.stop();
  rmSync(HOME, { recursive: true, force: true });
});

describe('a Neo4j outage', () => {
  it('turns readiness red, fails requests fast with SERVICE_UNAVAILABLE, and recovers without a restart', async () => {
    const ports = { boltPort: await freePort(), httpPort: await freePort() };
    const opts = { home: HOME, ...ports, heap: '256m', pagecache: '32m' };
    neo4j = await startLocalNeo4j({ ...opts, fresh: true });
    const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: '' });
    await applySchema(driver, 'neo4j');
    const store = new GraphStore(driver, 'neo4j', TX_TIMEOUT_MS);
    await store.loadArticle(JSON.parse(readFileSync(SEED_ANNOTATION, 'utf8')));
    const yoga = createPolicyGraphYoga({ store, logger: createLogger('silent'), graphiql: false });
    const ready = async () => (await yoga.fetch('http://localhost/ready')).status === 200;
    const query = async () => {
      const res = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ entity(key: "person:shinzo-abe") { name } }' }),
      });
      return (await res.json()) as {
        data?: { entity: { name: string } | null };
        errors?: { message: string; extensions: { code: string } }[];
      };
    };
    expect(await ready()).toBe(true);
    expect((await query()).data?.entity?.name).toBe('Shinzo Abe');

    const stopping = neo4j.stop();
    const redAfter = await until(async () => !(await ready()), 30_000);
    await stopping;
    const t0 = Date.now();
    const failed = await query();
    const failMs = Date.now() - t0;
    expect(failed.errors?.[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
    expect(JSON.stringify(failed)).not.toMatch(/Neo4jError|at .*\.js|MATCH/);
    expect(failMs).toBeLessThan(TX_TIMEOUT_MS);

    neo4j = await startLocalNeo4j({ ...opts, fresh: false });
    const recoveredAfter = await until(async () => (await ready()) && (await query()).data?.entity?.name === 'Shinzo Abe', 30_000);
    console.log(
      `outage: readiness red ${redAfter} ms after the stop began; a request failed in ${failMs} ms; recovered ${recoveredAfter} ms after Bolt answered again`,
    );
    expect(redAfter).toBeLessThanOrEqual(2_000);
    expect(recoveredAfter).toBeLessThanOrEqual(5_000);
    await driver.close();
  }, 180_000);
});
