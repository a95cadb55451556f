import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, openStack, wipe, type Stack } from '../helpers/stack.ts';
import { generateClient, run, serve, type Served } from './serve.ts';

// examples/client/ is built as a user would build it (codegen from the checked-in schema, then
// tsc) and run in its own process against the real service over HTTP and the test Neo4j.
let stack: Stack;
let server: Served;
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadSeed(stack.store);
  server = await serve(stack.yoga);
}, 180_000);
afterAll(async () => {
  await server?.close();
  await stack?.close();
});

const runClient = (env: Record<string, string>) =>
  run(process.execPath, ['--import', 'tsx', 'examples/client/main.ts'], {
    env: { ...process.env, POLICYGRAPH_URL: `${server.url}/graphql`, ...env },
  });

describe('the typed example client', () => {
  it('generates typed documents from schema/schema.graphql and type-checks', async () => {
    await generateClient();
    await run('npx', ['tsc', '--noEmit', '-p', 'examples/client']);
  }, 120_000);

  it('runs WhoIsKajiyama and AbeProposal with typed results', async () => {
    const { stdout } = await runClient({});
    expect(stdout).toContain('WhoIsKajiyama: Hiroshi Kajiyama');
    expect(stdout).toContain(
      'office: Minister of Economy, Trade and Industry of Japan of Japan — "Minister of Economy, Trade and Industry of Japan Hiroshi Kajiyama" (sentence 1)',
    );
    expect(stdout).toContain('acts for: Japan');
    expect(stdout).toContain(
      'AbeProposal: Shinzo Abe proposed "Eight-point cooperation plan" to Vladimir Putin at Abe–Putin meeting in Sochi (Sochi, May 2016)',
    );
    expect(stdout).toMatch(/evidence: "proposed by Japanese Prime Minister Shinzo Abe" \[\d+-\d+\] in sentence 3 of "Japan supports/);
    console.log(`--- example client output ---\n${stdout}`);
  }, 60_000);

  it('gives the same answers through hash-only (persisted) requests', async () => {
    const plain = await runClient({});
    const persisted = await runClient({ PERSISTED: '1' });
    expect(persisted.stdout).toBe(plain.stdout);
  }, 60_000);
});
