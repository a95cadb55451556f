import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from '../../bench/corpus.ts';
import { extractArticle } from '../../src/extract/index.ts';
import { createDriver } from '../../src/graph/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from '../../src/graph/local-neo4j.ts';
import { graphOfFile } from '../../src/ingest/article-source.ts';
import { articleFiles } from '../../src/ingest/load-files.ts';
import { articleId } from '../../src/model/ids.ts';
import { validateGraph } from '../../src/model/validate-graph.ts';
import { dumpGraph } from '../helpers/graph-dump.ts';
import { runCli } from '../helpers/cli.ts';
import { freePort } from '../helpers/ports.ts';
import { openStack, SEED_ANNOTATION, SEED_ARTICLE, wipe, type Stack } from '../helpers/stack.ts';

// `policygraph import` (neo4j-admin offline import) run as a child process into a local Neo4j of
// its own (a second one, on free ports): it must build exactly the graph the transactional
// loader builds from the same files, and refuse what it cannot do without touching any data.

const HOME = `.neo4j/test/import-${process.pid}`;
let stack: Stack;
let dir: string;
let ports: { bolt: number; http: number };

beforeAll(async () => {
  stack = await openStack();
  ports = { bolt: await freePort(), http: await freePort() };
  dir = mkdtempSync(join(tmpdir(), 'policygraph-import-'));
  for (let i = 0; i < 30; i++) writeFileSync(join(dir, `synthetic-${String(i).padStart(2, '0')}.txt`), article(5, i).text);
  // The reviewed seed annotation wins over extraction, as with ingest; a second copy of a text is one article.
  copyFileSync(SEED_ARTICLE, join(dir, 'seed.txt'));
  copyFileSync(SEED_ANNOTATION, join(dir, 'seed.annotation.json'));
  copyFileSync(join(dir, 'synthetic-03.txt'), join(dir, 'zz-copy-of-03.txt'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(HOME, { recursive: true, force: true });
  await stack?.close();
});

function cli(home: string, env: Record<string, string>, ...args: string[]) {
  const local = {
    NEO4J_URI: '',
    LOCAL_NEO4J_DIR: home,
    LOCAL_NEO4J_BOLT_PORT: String(ports.bolt),
    LOCAL_NEO4J_HTTP_PORT: String(ports.http),
  };
  return runCli({ ...local, ...env }, args, 180_000);
}

async function withLocal<T>(work: (driver: Driver, neo4j: LocalNeo4j) => Promise<T>): Promise<T> {
  const neo4j = await startLocalNeo4j({ home: HOME, boltPort: ports.bolt, httpPort: ports.http, heap: '512m', pagecache: '128m' });
  const driver = createDriver({ uri: neo4j.uri, user: 'neo4j', password: '' });
  try {
    return await work(driver, neo4j);
  } finally {
    await driver.close();
    await neo4j.stop();
  }
}

describe('policygraph import', () => {
  it('fills an empty local graph with the graph that batched ingest builds from the same files', async () => {
    const r = await cli(HOME, {}, 'import', dir);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^31 article\(s\) imported \(1 duplicate text\(s\) skipped\)/);

    const imported = await withLocal(async (driver) => {
      // The schema is applied and its indexes are online: full-text search finds an imported name.
      const hit = await driver.executeQuery(
        "CALL db.index.fulltext.queryNodes('entity_names', 'Kajiyama') YIELD node RETURN node.id AS id LIMIT 1",
      );
      expect(hit.records[0]?.get('id')).toBe('person:hiroshi-kajiyama');
      // The import wrote no transaction: the change log holds one change for it, its articles and no facts.
      const log = await driver.executeQuery(
        'MATCH (c:Change) RETURN c.seq AS seq, c.kind AS kind, size(c.articlesAdded) AS articles, c.factsAdded AS facts, c.truncated AS truncated',
      );
      expect(log.records.map((r) => r.toObject())).toEqual([{ seq: 1, kind: 'IMPORT', articles: 31, facts: [], truncated: true }]);
      return dumpGraph(driver);
    });

    // The same files through the transactional loader, in batches, duplicates skipped as import does.
    const graphs = new Map<string, unknown>();
    for (const file of articleFiles([dir])) {
      const g = validateGraph(graphOfFile(file, extractArticle).graph);
      if (!graphs.has(articleId(g.article.body))) graphs.set(articleId(g.article.body), g);
    }
    await wipe(stack.driver);
    const all = [...graphs.values()];
    for (let i = 0; i < all.length; i += 8) await stack.store.loadArticles(all.slice(i, i + 8));
    const loaded = await dumpGraph(stack.driver);

    expect(imported.nodes.length).toBeGreaterThan(500);
    expect(imported.rels.length).toBeGreaterThan(2000);
    expect(imported).toEqual(loaded);
  }, 240_000);

  it('refuses a graph that is running or not empty, and leaves it as it was', async () => {
    const nodes = await withLocal(async (driver) => {
      const running = await cli(HOME, {}, 'import', dir);
      expect(running.code).toBe(1);
      expect(running.stderr).toMatch(/is running .*stop it first/);
      return (await driver.executeQuery('MATCH (n) RETURN count(n) AS n')).records[0]!.get('n') as number;
    });
    const full = await cli(HOME, {}, 'import', dir);
    expect(full.code).toBe(1);
    expect(full.stderr).toContain(`is not empty (${nodes} nodes)`);
    expect(full.stderr).not.toMatch(/\n\s+at /);
  }, 180_000);

  it('imports nothing when a file cannot be read, and names it', async () => {
    const home = `${HOME}-bad`;
    const bad = mkdtempSync(join(tmpdir(), 'policygraph-import-bad-'));
    try {
      writeFileSync(join(bad, 'good.txt'), article(5, 0).text);
      // an unreadable Date header is a warning, not a failure: this file alone is not counted as bad
      writeFileSync(join(bad, 'odd-date.txt'), article(5, 1).text.replace(/^Date: .*$/m, 'Date: late spring'));
      writeFileSync(join(bad, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
      mkdirSync(join(bad, 'folder.txt'));
      const r = await cli(home, {}, 'import', bad);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/latin1\.txt: cannot read .*not UTF-8/);
      expect(r.stderr).toMatch(/folder\.txt: cannot read .*not a regular file/);
      expect(r.stderr).toMatch(/warning: .*odd-date\.txt: Date header "late spring" is not a date/);
      expect(r.stderr).toContain('2 file(s) could not be read or extracted; nothing was imported');
      expect(existsSync(join(home, 'data'))).toBe(false);
    } finally {
      rmSync(bad, { recursive: true, force: true });
      rmSync(home, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a bad --workers (exit 2) and a folder without articles (exit 66)', async () => {
    const workers = await cli(HOME, {}, 'import', '--workers', '0', dir);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toMatch(/--workers must be an integer from 1 to 64/);
    const empty = mkdtempSync(join(tmpdir(), 'policygraph-import-empty-'));
    try {
      const none = await cli(HOME, {}, 'import', empty);
      expect(none.code).toBe(66);
      expect(none.stderr).toMatch(/no \.txt article files found/);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });

  it('needs the local Neo4j: with NEO4J_URI set it explains and exits 2', async () => {
    const r = await cli(HOME, { NEO4J_URI: 'bolt://127.0.0.1:1' }, 'import', dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/NEO4J_URI must be unset/);
  });
});
