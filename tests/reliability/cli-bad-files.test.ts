import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { graphCounts, loadSeed, openStack, wipe, type Stack } from '../helpers/stack.ts';

// `policygraph ingest` run as a child process against the test Neo4j, with files that cannot be
// articles: each is reported by name, the good ones load, the exit status is non-zero, and no
// partial article is left behind.
//
// "Unreadable" files: the tests run as root, which reads a chmod-000 file anyway, so unreadable
// entries are made another way: a broken symlink, a FIFO and a directory, each named *.txt.

let stack: Stack;
let dir: string;
beforeAll(async () => {
  stack = await openStack();
  dir = mkdtempSync(join(tmpdir(), 'policygraph-cli-'));
});
beforeEach(async () => {
  await wipe(stack.driver);
  await loadSeed(stack.store);
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await stack?.close();
});

const cli = (...args: string[]) => runCli({ NEO4J_URI: inject('neo4jUri') }, args);

const GOOD = 'data/test-articles/india-japan.txt';
const articleTitles = async () =>
  (await stack.driver.executeQuery('MATCH (a:Article) RETURN a.title AS t ORDER BY t')).records.map((r) => r.get('t') as string);

describe('policygraph ingest with bad files', () => {
  it('a missing file: reported by name, exit 1, nothing written', async () => {
    const before = await graphCounts(stack.driver);
    const r = await cli('ingest', join(dir, 'no-such-article.txt'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no-such-article\.txt: cannot read .*ENOENT/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(await graphCounts(stack.driver)).toEqual(before);
  });

  it('a folder of mixed files: the good one loads exactly as alone, each bad one is reported, exit 1', { timeout: 240_000 }, async () => {
    // What the good file alone adds, as the reference.
    const goodOnly = join(dir, 'good-only');
    mkdirSync(goodOnly);
    copyFileSync(GOOD, join(goodOnly, 'a-good.txt'));
    const alone = await cli('ingest', goodOnly);
    expect(alone.code, alone.stderr).toBe(0);
    const expected = await graphCounts(stack.driver);
    await wipe(stack.driver);
    await loadSeed(stack.store);
    const seedTitles = await articleTitles();

    const mixed = join(dir, 'mixed');
    mkdirSync(mixed);
    copyFileSync(GOOD, join(mixed, 'a-good.txt'));
    writeFileSync(join(mixed, 'b-empty.txt'), '');
    writeFileSync(join(mixed, 'c-blank.txt'), '\n \n\t\n');
    writeFileSync(join(mixed, 'd-binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)));
    // A real article saved as Latin-1: the é and the curly quotes are not UTF-8.
    const latin1 = readFileSync(GOOD, 'utf8')
      .replace(/\n/, ' – Café talks\n')
      .replace(/[‘’“”–]/g, (c) => ({ '‘': "'", '’': "'", '“': '"', '”': '"', '–': '-' })[c]!);
    writeFileSync(join(mixed, 'e-latin1.txt'), Buffer.from(latin1, 'latin1'));
    symlinkSync(join(mixed, 'nowhere'), join(mixed, 'f-broken-link.txt'));
    execFileSync('mkfifo', [join(mixed, 'g-fifo.txt')]);
    mkdirSync(join(mixed, 'h-folder.txt'));
    writeFileSync(join(mixed, 'i-not-an-article.json'), '{}'); // not a .txt: not picked up

    const r = await cli('ingest', mixed);
    expect(r.code).toBe(1);
    const reported = (name: string, why: RegExp) =>
      expect(r.stderr, r.stderr).toMatch(new RegExp(`${name.replace('.', '\\.')}: .*${why.source}`));
    reported('b-empty.txt', /no title|no text/);
    reported('c-blank.txt', /no title|no text/);
    reported('d-binary.txt', /not UTF-8|control characters/);
    reported('e-latin1.txt', /not UTF-8/);
    reported('f-broken-link.txt', /ENOENT/);
    reported('g-fifo.txt', /not a regular file/);
    reported('h-folder.txt', /not a regular file/);
    expect(r.stderr).not.toMatch(/i-not-an-article/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stdout).toMatch(/1 of 8 article\(s\) loaded.*7 failed/);
    // No partial article: the graph is exactly seed + the good article.
    expect(await graphCounts(stack.driver)).toEqual(expected);
    expect((await articleTitles()).length).toBe(seedTitles.length + 1);
  });

  it('an unreadable Date header: the article loads without a published date, with a warning', async () => {
    const file = join(dir, 'odd-date.txt');
    writeFileSync(file, readFileSync(GOOD, 'utf8').replace(/^Date: .*$/m, 'Date: the day after the summit'));
    const r = await cli('ingest', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/warning: .*odd-date\.txt: Date header "the day after the summit" is not a date/);
    const rows = await stack.driver.executeQuery('MATCH (a:Article {title: $t}) RETURN a.published AS p', {
      t: 'Japan backs Make in India with investment and supply chains',
    });
    expect(rows.records.map((x) => x.get('p'))).toEqual([null]);
  });

  it('a folder of only bad files: exit 1, nothing written', async () => {
    const bad = join(dir, 'only-bad');
    mkdirSync(bad);
    writeFileSync(join(bad, 'empty.txt'), '');
    writeFileSync(join(bad, 'nul.txt'), 'Title\n\nJapan and Russia\u0000 agreed.');
    const before = await graphCounts(stack.driver);
    const r = await cli('ingest', bad);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/0 of 2 article\(s\) loaded/);
    expect(await graphCounts(stack.driver)).toEqual(before);
  });
});
