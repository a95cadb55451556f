import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../helpers/ports.ts';
import { neo4jJvmAlive } from '../helpers/processes.ts';

// `npm start`'s process end to end: its own local Neo4j, the seed loaded, GraphQL served; then
// SIGTERM under load lets in-flight requests finish, stops the local Neo4j and exits 0.
const HOME = `.neo4j/test/service-${process.pid}`;
afterAll(() => rmSync(HOME, { recursive: true, force: true }));

describe('the service process', () => {
  it('serves the seed from its own Neo4j and shuts down gracefully on SIGTERM under load', async () => {
    const port = await freePort();
    const env = {
      ...process.env,
      NEO4J_URI: '',
      PORT: String(port),
      LOCAL_NEO4J_DIR: HOME,
      LOCAL_NEO4J_BOLT_PORT: String(await freePort()),
      LOCAL_NEO4J_HTTP_PORT: String(await freePort()),
      LOCAL_NEO4J_HEAP: '256m',
      LOCAL_NEO4J_PAGECACHE: '64m',
      LOG_LEVEL: 'info',
    };
    const service = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let log = '';
    const exited = new Promise<number | null>((r) => service.once('exit', (code) => r(code)));
    await new Promise<void>((resolve, reject) => {
      service.stdout.on('data', (d: Buffer) => {
        log += d.toString();
        if (log.includes('PolicyGraph is serving')) resolve();
      });
      void exited.then((code) => reject(new Error(`service exited (${code}) before serving:\n${log}`)));
    });
    const jvm = Number(/"pid":(\d+)/.exec(log)?.[1]);
    expect(neo4jJvmAlive(jvm)).toBe(true);

    const ask = () =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ entity(key: "person:shinzo-abe") { name ... on Person { proposedPlans { edges { node { name } evidence { sentence { text } } } } } } }',
        }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { data?: { entity?: { name: string } } } }));
    expect((await ask()).body.data?.entity?.name).toBe('Shinzo Abe');

    const inFlight = Array.from({ length: 16 }, ask);
    await new Promise((r) => setTimeout(r, 20));
    service.kill('SIGTERM');
    const answers = await Promise.all(inFlight);
    for (const a of answers) {
      expect(a.status).toBe(200);
      expect(a.body.data?.entity?.name).toBe('Shinzo Abe');
    }
    expect(await exited).toBe(0);
    expect(neo4jJvmAlive(jvm)).toBe(false);
  }, 180_000);
});
