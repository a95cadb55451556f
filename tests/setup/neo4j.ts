import type { TestProject } from 'vitest/node';
import { startLocalNeo4j } from '../../src/graph/local-neo4j.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jHttpUrl: string;
  }
}

/**
 * Starts the project's real Neo4j once per test run, on ports and in a folder of its own
 * (.neo4j/test, wiped first), so tests never touch a developer's running instance.
 */
export default async function setup(project: TestProject) {
  const neo4j = await startLocalNeo4j({
    home: process.env.TEST_NEO4J_DIR ?? '.neo4j/test',
    boltPort: Number(process.env.TEST_NEO4J_BOLT_PORT ?? 17687),
    httpPort: Number(process.env.TEST_NEO4J_HTTP_PORT ?? 17474),
    heap: '512m',
    pagecache: '128m',
    fresh: true,
  });
  project.provide('neo4jUri', neo4j.uri);
  project.provide('neo4jHttpUrl', neo4j.httpUrl);
  return () => neo4j.stop();
}
