import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createPolicyGraphYoga } from '../../src/server/yoga.ts';
import { sha256 } from '../../src/model/ids.ts';
import { registeredOperations } from '../../src/server/persisted-operations.ts';
import { loadSeed, openStack, wipe, type Stack } from '../helpers/stack.ts';
import { generateClient, run, serve, type Served } from './serve.ts';

// Persisted operations over real HTTP and the real Neo4j: the service as configured by default
// (arbitrary operations allowed), and the service with persistedOnly, which refuses anything but
// the registry (schema/operations/ + src/explore/operations/).
let stack: Stack;
let open: Served;
let locked: Served;
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadSeed(stack.store);
  open = await serve(stack.yoga);
  // The service itself, configured as PERSISTED_OPERATIONS_ONLY=true sets it up (src/main.ts).
  const lockedYoga = createPolicyGraphYoga({ store: stack.store, logger: createLogger('silent'), graphiql: false, persistedOnly: true });
  locked = await serve(lockedYoga);
}, 180_000);
afterAll(async () => {
  await open?.close();
  await locked?.close();
  await stack?.close();
});

async function post(server: Served, body: object) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] };
}
const byHash = (sha256Hash: string, variables?: object) => ({ variables, extensions: { persistedQuery: { version: 1, sha256Hash } } });
const op = (name: string) => registeredOperations().find((o) => o.name === name)!;

describe('persisted operations', () => {
  it('registers every operation file, each under a distinct hash', () => {
    const ops = registeredOperations();
    expect(ops.map((o) => o.name)).toEqual(expect.arrayContaining(['Counts', 'WhoIsKajiyama', 'ExploreSearch', 'ExploreNeighborhood']));
    expect(new Set(ops.map((o) => o.hash)).size).toBe(ops.length);
  });

  it('runs a registered operation from its hash alone, with variables', async () => {
    const r = await post(open, byHash(op('WhoIsKajiyama').hash, { key: 'person:shinzo-abe' }));
    expect(r.errors).toBeUndefined();
    expect(r.data.entity.name).toBe('Shinzo Abe');
  });

  it('also accepts the sha256 of the file as checked in (sha256sum)', async () => {
    const r = await post(open, byHash(sha256(readFileSync('schema/operations/Counts.graphql', 'utf8'))));
    expect(r.errors).toBeUndefined();
    expect(r.data.articles.totalCount).toBe(1);
  });

  it('answers PersistedQueryNotFound for an unknown hash', async () => {
    const r = await post(open, byHash('0'.repeat(64)));
    expect(r.errors?.[0]?.message).toBe('PersistedQueryNotFound');
    expect(r.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_IN_LIST');
  });

  it('still runs arbitrary operations on the service as configured', async () => {
    const r = await post(open, { query: '{ counts { label count } }' });
    expect(r.errors).toBeUndefined();
    expect(r.data.counts.length).toBeGreaterThan(0);
  });

  it('refuses arbitrary operations when allowArbitrary is false, and runs registered ones', async () => {
    const refused = await post(locked, { query: '{ counts { label count } }' });
    expect(refused.data).toBeUndefined();
    expect(refused.errors?.[0]?.message).toBe('PersistedQueryOnly');
    // Sending the text of a registered operation is refused as well: only the hash is accepted.
    expect((await post(locked, { query: op('Counts').query })).errors?.[0]?.message).toBe('PersistedQueryOnly');
    const ok = await post(locked, byHash(op('ExploreSearch').hash, { text: 'Kajiyama' }));
    expect(ok.errors).toBeUndefined();
    expect(ok.data.search.edges[0].node.key).toBe('person:hiroshi-kajiyama');
  });

  it('serves the typed example client on the locked server (its hashes match the registry)', async () => {
    await generateClient(); // main.ts imports the generated documents
    const env = { ...process.env, POLICYGRAPH_URL: `${locked.url}/graphql`, PERSISTED: '1' };
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/client/main.ts'], { env });
    expect(stdout).toContain('WhoIsKajiyama: Hiroshi Kajiyama');
    expect(stdout).toContain('AbeProposal: Shinzo Abe proposed "Eight-point cooperation plan"');
  }, 60_000);
});
