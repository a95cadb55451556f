import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../src/graph/local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jHttpUrl: string;
  }
}

/** A port nobody listens on now: each run gets its own, so runs never meet a developer's Neo4j or each other. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the project's real Neo4j once per test run, in a throw-away folder of its own under
 * .neo4j/test/ and on free ports, and removes it afterwards.
 */
export default async function setup(project: TestProject) {
  const home = `.neo4j/test/run-${process.pid}`;
  const neo4j = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '512m',
    pagecache: '128m',
    fresh: true,
  });
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jHttpUrl', neo4j.httpUrl);
  return async () => {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  };
}
