import { browserConf } from '../../src/graph/index.ts';
import { ENTITY_LABELS } from '../../src/model/vocabulary.ts';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, openStack, wipe, type Stack } from '../helpers/stack.ts';

// The Neo4j Browser assets and the explorer as the service serves them (through yoga.fetch),
// and every query of the guide run against the seed graph in the real Neo4j.
let stack: Stack;
beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadSeed(stack.store);
}, 120_000);
afterAll(() => stack?.close());

const get = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  stack.yoga.fetch(`http://localhost${path}`, init);

/** The runnable blocks of the guide, unescaped as the Browser puts them in its editor. */
function guideQueries(html = readFileSync('cypher/browser/guide.html', 'utf8')): string[] {
  return [...html.matchAll(/<pre[^>]*class="[^"]*runnable[^"]*"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) =>
    m[1]!.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim(),
  );
}

describe('Neo4j Browser assets', () => {
  it.each([
    ['/neo4j-browser/style.grass', 'text/plain', 'node.Person {'],
    ['/neo4j-browser/guide.html', 'text/html', '<slide class="row-fluid">'],
  ])('serves %s with CORS headers', async (path, type, snippet) => {
    const res = await get(path, { headers: { origin: 'http://127.0.0.1:7474' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain(type);
    expect(res.headers.get('access-control-allow-origin')).toMatch(/^(\*|http:\/\/127\.0\.0\.1:7474)$/);
    expect(await res.text()).toContain(snippet);
    const preflight = await get(path, {
      method: 'OPTIONS',
      headers: { origin: 'http://127.0.0.1:7474', 'access-control-request-method': 'GET' },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBeTruthy();
  });

  it('refuses writes to them', async () => {
    expect((await get('/neo4j-browser/style.grass', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('gives every label of the vocabulary a colour and a caption', () => {
    const grass = readFileSync('cypher/browser/style.grass', 'utf8');
    for (const label of ENTITY_LABELS) {
      expect(grass).toMatch(new RegExp(`node\\.${label} \\{[^}]*color: #[0-9A-F]{6};[^}]*caption: "\\{name\\}";`));
    }
    expect(grass).toMatch(/relationship \{[^}]*caption: "<type>";/);
    // The Browser's grass parser knows no comments, and a quote toggles its string mode.
    expect(grass).not.toMatch(/\/\*|'/);
  });

  it('hands the Browser the same sheet as JSON on connect, then clears its echo, then plays the guide', () => {
    const command = browserConf('http://127.0.0.1:4000')['browser.post_connect_cmd']!;
    const [style, clear, play] = command.split('; ');
    const sheet = JSON.parse(style!.replace(/^style /, '')) as Record<string, Record<string, string>>;
    const grass = readFileSync('cypher/browser/style.grass', 'utf8');
    expect(Object.keys(sheet)).toEqual([...grass.matchAll(/^([^{}\s][^{\n]*?) \{/gm)].map((m) => m[1]));
    for (const label of ENTITY_LABELS)
      expect(sheet[`node.${label}`]).toMatchObject({ caption: '{name}', color: expect.stringMatching(/^#[0-9A-F]{6}$/) });
    expect([clear, play]).toEqual(['clear', 'play http://127.0.0.1:4000/neo4j-browser/guide.html']);
  });

  it('has guide queries that all return rows on the seed graph', async () => {
    const queries = guideQueries();
    expect(queries.length).toBeGreaterThanOrEqual(8);
    for (const q of queries) {
      const { records } = await stack.driver.executeQuery(q, {}, { database: 'neo4j' });
      expect(records.length, q).toBeGreaterThan(0);
    }
  });

  it('tells the story: Abe proposed the plan, and the evidence says so', async () => {
    const q = guideQueries().find((x) => x.includes('[r:PROPOSED]'))!;
    const { records } = await stack.driver.executeQuery(q, {}, { database: 'neo4j' });
    expect(records[0]!.get('p').properties.name).toBe('Shinzo Abe');
    expect(records[0]!.get('to').properties.name).toBe('Vladimir Putin');
    expect(records[0]!.get('r.evTexts')).toEqual(['proposed by Japanese Prime Minister Shinzo Abe']);
  });
});

describe('the explorer', () => {
  it('serves its page, style and a self-contained bundle (no CDN)', async () => {
    const page = await get('/explore');
    expect(page.headers.get('content-type')).toContain('text/html');
    const html = await page.text();
    expect(html).toContain('<script type="module" src="/explore/app.js">');
    expect(html).not.toMatch(/https?:\/\//);
    expect((await get('/explore/explore.css')).status).toBe(200);
    const js = await get('/explore/app.js');
    expect(js.headers.get('content-type')).toContain('javascript');
    const bundle = await js.text();
    expect(bundle).toContain('ExploreNeighborhood'); // the operation registry baked in
    expect(bundle).not.toMatch(/\bimport\s*\(?\s*["']https?:/); // nothing loaded from elsewhere
  }, 60_000);
});
