import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { browserConf, startLocalNeo4j } from '../../src/graph/index.ts';
import { freePort } from '../helpers/ports.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jHttpUrl: string;
    /** The port tests/browser serves the service on: the test Neo4j's Browser fetches its guide there, as `npm start`'s does. */
    browserServicePort: number;
  }
}

/**
 * Starts the project's real Neo4j once per test run, in a throw-away folder of its own under
 * .neo4j/test/ and on free ports, and removes it afterwards.
 */
export default async function setup(project: TestProject) {
  const home = `.neo4j/test/run-${process.pid}`;
  const browserServicePort = await freePort();
  const neo4j = await startLocalNeo4j({
    home,
    boltPort: await freePort(),
    httpPort: await freePort(),
    heap: '512m',
    pagecache: '128m',
    fresh: true,
    extraConf: browserConf(`http://127.0.0.1:${browserServicePort}`),
  });
  project.provide('neo4jUri', neo4j.uri.replace(/^bolt:/, `${driverScheme()}:`));
  project.provide('neo4jHttpUrl', neo4j.httpUrl);
  project.provide('browserServicePort', browserServicePort);
  return async () => {
    await neo4j.stop();
    rmSync(home, { recursive: true, force: true });
  };
}

/**
 * TEST_NEO4J_SCHEME=neo4j runs every test through the routing driver (neo4j://, as for a cluster
 * or Aura) against this same Neo4j; the default is a direct bolt:// connection.
 */
function driverScheme(): 'bolt' | 'neo4j' {
  const scheme = process.env.TEST_NEO4J_SCHEME ?? 'bolt';
  if (scheme !== 'bolt' && scheme !== 'neo4j') throw new Error(`TEST_NEO4J_SCHEME must be bolt or neo4j, not ${scheme}`);
  return scheme;
}
