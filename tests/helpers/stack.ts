import { extractArticle } from '../../src/extract/index.ts';
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../src/graph/driver.ts';
import { applySchema } from '../../src/graph/migrations.ts';
import { GraphStore } from '../../src/graph/store.ts';
import { createLogger } from '../../src/logger.ts';
import { createPolicyGraphYoga } from '../../src/server/yoga.ts';

export const SEED_ARTICLE = 'data/articles/japan-russia-cooperation.txt';
export const SEED_ANNOTATION = 'data/articles/japan-russia-cooperation.annotation.json';
export const WRITE_TOKEN = 'test-write-token-0123456789';

/** The real stack over the test run's Neo4j: driver, store and the Yoga app (no port opened). */
export async function openStack() {
  const driver = createDriver({ uri: inject('neo4jUri'), user: 'neo4j', password: '' });
  await applySchema(driver, 'neo4j');
  const store = new GraphStore(driver, 'neo4j', 10_000);
  const yoga = createPolicyGraphYoga({
    store,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    writeToken: WRITE_TOKEN,
    graphiql: true,
  });
  return { driver, store, yoga, close: () => driver.close() };
}
export type Stack = Awaited<ReturnType<typeof openStack>>;

export async function wipe(driver: Driver): Promise<void> {
  // Batched deletes need an auto-commit transaction (session.run), not a managed one.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

export async function loadSeed(store: GraphStore) {
  return store.loadArticle(JSON.parse(readFileSync(SEED_ANNOTATION, 'utf8')));
}

/**
 * Articles of data/test-articles/, extracted and loaded; by default four where entities recur
 * across articles.
 */
export async function loadTestArticles(
  store: GraphStore,
  names: readonly string[] = ['central-asia', 'china-russia', 'india-japan', 'korea-russia'],
) {
  for (const n of names) {
    await store.loadArticle(extractArticle(readFileSync(`data/test-articles/${n}.txt`, 'utf8')));
  }
}

/**
/**
 * One office in time (issue 20): the Minister of Energy of Kazakhstan held by Aidar Serikbayev as
 * reported in 2019 and 2021 (and once undated), and by Yerlan Abenov as reported in 2023.
 */
export const ENERGY_ARTICLES = ['kazakhstan-energy-2019', 'kazakhstan-energy-2021', 'kazakhstan-energy-2023', 'kazakhstan-energy-undated'];

/**
 * Label and relationship-type counts of the knowledge graph: equal before and after means nothing
 * was lost or added (the change log, which grows with every committed write, is left out).
 */
export async function graphCounts(driver: Driver): Promise<Record<string, number>> {
  const nodes = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog UNWIND labels(n) AS l RETURN l AS k, count(*) AS c',
  );
  const rels = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS k, count(*) AS c');
  return Object.fromEntries([...nodes.records, ...rels.records].map((r) => [r.get('k') as string, r.get('c') as number]));
}

interface GqlResult<T = any> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql<T = any>(
  stack: Stack,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlResult<T>> {
  const res = await stack.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

export function operation(name: string): string {
  return readFileSync(`schema/operations/${name}.graphql`, 'utf8');
}
