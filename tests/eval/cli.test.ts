// `policygraph score` and `policygraph eval` as a user runs them, including bad input.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { SEED, SEED_GOLD } from '../extract/helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'pg-eval-'));

describe('policygraph score / eval', () => {
  it('score prints the strict and partial table; the seed scores entity F1 1.00 with every span valid', async () => {
    const pred = join(tmp, 'seed.pred.json');
    const extracted = await runCli({}, ['extract', SEED, '--json']);
    writeFileSync(pred, extracted.stdout);
    const run = await runCli({}, ['score', pred, SEED_GOLD, SEED]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^entities \(strict \| partial\)\s+tp\s+pred\s+gold\s+P\s+R\s+F1$/m);
    expect(run.stdout).toMatch(/^entities_all\s+(\d+)\s+\1\s+\1\s+1\.00\s+1\.00\s+1\.00$/m);
    const spans = /valid spans: (\d+)\/(\d+)/.exec(run.stdout)!;
    expect(spans[1]).toBe(spans[2]);
  });

  it('eval scores the articles whose text is present, by split, and names those whose text is missing', async () => {
    const dir = join(tmp, 'corpus');
    mkdirSync(join(dir, 'gold'), { recursive: true });
    mkdirSync(join(dir, 'texts'));
    writeFileSync(
      join(dir, 'texts', 'a.txt'),
      'Source: https://example.org/a\nTitle: A\nDate: 2021-04-01\n\nPresident Ana Silva of Chile met Ravi Rao of India in Santiago.\n',
    );
    const gold = {
      entities: [
        { id: 'c1', type: 'Country', name: 'Chile', mentions: ['Chile'] },
        { id: 'c2', type: 'Country', name: 'India', mentions: ['India'] },
      ],
      relations: [],
    };
    writeFileSync(join(dir, 'gold', 'a.gold.json'), JSON.stringify({ article: 'a.txt', split: 'test', ...gold }));
    writeFileSync(join(dir, 'gold', 'b.gold.json'), JSON.stringify({ article: 'b.txt', split: 'dev', ...gold }));
    const run = await runCli({}, ['eval', dir]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^a\s+test\s+[01]\.\d\d/m);
    expect(run.stdout).toMatch(/^Country\s+\d+\s+\d+\s+2\s/m); // only a's gold counts: b has no text
    const json = JSON.parse((await runCli({}, ['eval', dir, '--json'])).stdout);
    expect(json.articles.map((a: { name: string }) => a.name)).toEqual(['a']);
    expect(json.totals.entities.Country).toEqual(json.articles[0].score.entities.Country);
    expect(run.stdout).toContain('not scored, text missing: b');
    const misses = await runCli({}, ['eval', dir, '--misses']);
    expect(misses.stdout).toMatch(/^a\s+test.*\n(\s+(missed|invented|relation)\s.*\n)*\n/m);
    expect(misses.stdout).not.toMatch(/missed\s+Country/); // both countries are found
    const dev = await runCli({}, ['eval', dir, '--split', 'dev']);
    expect(dev.code).toBe(66);
    expect(dev.stderr).toContain('no article with both gold and text');
  });

  it('refuses unreadable, non-JSON and misshapen input with a message and exit status', async () => {
    const notJson = join(tmp, 'not.json');
    writeFileSync(notJson, '{ nope');
    const misshapen = join(tmp, 'bad.json');
    writeFileSync(misshapen, JSON.stringify({ entities: [{ id: 'x' }] }));
    const missing = await runCli({}, ['score', join(tmp, 'none.json'), SEED_GOLD]);
    expect([missing.code, missing.stderr]).toEqual([66, expect.stringContaining('cannot read')]);
    const bad = await runCli({}, ['score', notJson, SEED_GOLD]);
    expect([bad.code, bad.stderr]).toEqual([65, expect.stringContaining('is not JSON')]);
    const shape = await runCli({}, ['score', misshapen, SEED_GOLD]);
    expect([shape.code, shape.stderr]).toEqual([65, expect.stringMatching(/not an extracted graph: entities\.0\.type/)]);
    const split = await runCli({}, ['eval', join(tmp, 'corpus'), '--split', 'all']);
    expect(split.code).toBe(64);
  });
});
