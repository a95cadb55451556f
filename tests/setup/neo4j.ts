import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../src/graph/local-neo4j.ts';
import { freePort } from '../helpers/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jHttpUrl: string;
  }
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
