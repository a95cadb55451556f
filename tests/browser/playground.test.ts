import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { playgroundTabs } from '../../src/server/playground.ts';
import type { Served } from '../client/serve.ts';
import { gql, loadSeed, WRITE_TOKEN, type Stack } from '../helpers/stack.ts';
import { screenshot } from './chromium.ts';
import { openBrowserSession, type BrowserSession } from './session.ts';

// GraphiQL at /graphql in a real Chromium against the real service and Neo4j (issue 19, items
// 7-10): the page and its assets come compressed and cacheable; the tabs come in the order of
// schema/playground.json, writes last and marked, names whole; one click switches a tab; every
// read tab runs as shipped (its variables given), and every write is refused only for want of
// the write token.
let session: BrowserSession;
let stack: Stack;
let server: Served;
let page: Page;
const SPEC = (JSON.parse(readFileSync('schema/playground.json', 'utf8')) as { tabs: { operation: string; variables: object }[] }).tabs;

beforeAll(async () => {
  session = await openBrowserSession((s) => loadSeed(s.store), { pageErrors: 'GraphiQL' });
  ({ stack, server, page } = session);
}, 180_000);
afterAll(() => session?.close());

const fetchPage = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers: { accept: 'text/html', ...headers } });
/** Bytes as they came over the wire: node's fetch would decompress, so ask for them raw. */
async function wireBytes(path: string, encoding: string): Promise<{ bytes: number; res: Response }> {
  const res = await fetch(`${server.url}${path}`, { headers: { accept: 'text/html', 'accept-encoding': encoding } });
  const length = Number(res.headers.get('content-length'));
  await res.arrayBuffer();
  return { bytes: length, res };
}

/**
 * Presses Run on the active tab and returns the answer to its request. GraphiQL works out the
 * operation to run a moment after a tab is switched to: pressed at once (as a script does), Run
 * sends nothing and shows "Cannot infer operation <the previous tab's>" in the result pane, so
 * Run is pressed again until the request goes out.
 */
async function runTab(name: string) {
  for (let attempt = 1; ; attempt++) {
    const answered = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && r.request().postData()!.includes(name),
      { timeout: 5_000 },
    );
    await page.locator('.graphiql-execute-button').click();
    try {
      return await answered;
    } catch (err) {
      if (attempt === 5) {
        await screenshot(page, `playground-no-answer-${name}`);
        throw new Error(`${name}: ${(err as Error).message}`);
      }
    }
  }
}

const tabNames = () => page.locator('.graphiql-tab .graphiql-tab-button').allTextContents();
const activeTab = () => page.locator('.graphiql-tab-active .graphiql-tab-button').textContent();

describe('GraphiQL at /graphql', () => {
  it('sends its page and the explorer assets compressed per Accept-Encoding, with an ETag', async () => {
    const plain = await wireBytes('/graphql', 'identity');
    expect(plain.res.headers.get('content-encoding')).toBeNull();
    expect(plain.bytes).toBeGreaterThan(5_000_000);
    for (const encoding of ['br', 'gzip']) {
      const packed = await wireBytes('/graphql', `${encoding}`);
      expect(packed.res.headers.get('content-encoding')).toBe(encoding);
      expect(packed.res.headers.get('vary')).toMatch(/accept-encoding/i);
      expect(packed.bytes).toBeLessThan(plain.bytes / 3);
    }
    // The browser's own header: brotli wins.
    expect((await wireBytes('/graphql', 'gzip, deflate, br, zstd')).res.headers.get('content-encoding')).toBe('br');
    // A revalidation with the ETag costs no body.
    const first = await fetchPage('/graphql');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    await first.arrayBuffer();
    const again = await fetchPage('/graphql', { 'if-none-match': etag! });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    for (const asset of ['/explore/app.js', '/explore/explore.css']) {
      const packed = await wireBytes(asset, 'br');
      expect(packed.res.headers.get('content-encoding'), asset).toBe('br');
      expect(packed.res.headers.get('etag'), asset).toBeTruthy();
      expect(packed.res.headers.get('cache-control'), asset).toMatch(/max-age/);
      expect(packed.bytes, asset).toBeLessThan((await wireBytes(asset, 'identity')).bytes);
    }
    // A GraphQL answer is left as it is.
    const answer = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br' },
      body: JSON.stringify({ query: '{ counts { label count } }' }),
    });
    expect(answer.headers.get('content-encoding')).toBeNull();

    // And Chromium receives it compressed.
    const response = await page.goto(`${server.url}/graphql`);
    expect((await response!.allHeaders())['content-encoding']).toBe('br');
    await page.locator('.graphiql-tab').first().waitFor({ timeout: 60_000 });
    await screenshot(page, 'playground-compressed-page');
  }, 120_000);

  it('shows the tabs in the order of schema/playground.json, writes last and marked, every name whole', async () => {
    await expect.poll(tabNames, { timeout: 30_000 }).toEqual(SPEC.map((t) => t.operation));
    const tabs = playgroundTabs();
    const writes = tabs.filter((t) => t.mutation).map((t) => t.name);
    expect(writes).toEqual(['IngestArticle', 'UpdateEntity', 'MergeEntities', 'DeleteArticle']);
    expect(tabs.slice(-writes.length).every((t) => t.mutation)).toBe(true);
    const kinds = await page.locator('.graphiql-tab').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.kind));
    expect(kinds).toEqual(tabs.map((t) => (t.mutation ? 'mutation' : 'query')));
    const mark = await page
      .locator('.graphiql-tab[data-kind="mutation"] .graphiql-tab-button')
      .first()
      .evaluate((b) => getComputedStyle(b, '::before').content);
    expect(mark).toContain('write');
    // Whole names, every tab inside the window: the strip wraps rather than scrolls.
    const boxes = await page.locator('.graphiql-tab-button').evaluateAll((els) =>
      els.map((e) => ({
        cut: e.scrollWidth > e.clientWidth,
        right: e.getBoundingClientRect().right,
        top: e.getBoundingClientRect().top,
      })),
    );
    expect(boxes.filter((b) => b.cut)).toEqual([]);
    const width = page.viewportSize()!.width;
    expect(boxes.filter((b) => b.right > width || b.top < 0)).toEqual([]);
    await screenshot(page, 'playground-tabs-ordered');
  }, 60_000);

  it('switches tab with the first click on each', async () => {
    for (const name of ['Paths', 'NodesById', 'IngestArticle', 'Counts', 'Search']) {
      await page.locator('.graphiql-tab-button', { hasText: new RegExp(`^${name}$`) }).click();
      expect(await activeTab()).toBe(name); // no second click
    }
    // No tab is left drawn away from where it is laid out.
    const transforms = await page.locator('.graphiql-tab').evaluateAll((els) => els.map((e) => getComputedStyle(e).transform));
    expect(transforms.filter((t) => t !== 'none')).toEqual([]);
    await screenshot(page, 'playground-first-click');
  }, 60_000);

  it('runs every read tab as shipped, with its variables, and without an error', async () => {
    for (const tab of playgroundTabs().filter((t) => !t.mutation)) {
      await page.locator('.graphiql-tab-button', { hasText: new RegExp(`^${tab.name}$`) }).click();
      expect(await activeTab()).toBe(tab.name);
      const res = await runTab(tab.name);
      const sent = res.request().postDataJSON();
      expect(sent.variables ?? {}, tab.name).toEqual(JSON.parse(tab.variables));
      const json = await res.json();
      expect(json.errors, tab.name).toBeUndefined();
      expect(
        Object.values(json.data).some((v) => v !== null),
        tab.name,
      ).toBe(true);
      if (['Counts', 'MentionedInArticle', 'NodesById', 'AbeProposal'].includes(tab.name)) {
        await page.waitForTimeout(300);
        await screenshot(page, `playground-run-${tab.name}`);
      }
    }
  }, 180_000);

  it('has every write carry its variables and a header saying where the write token goes', async () => {
    for (const tab of playgroundTabs().filter((t) => t.mutation)) {
      await page.locator('.graphiql-tab-button', { hasText: new RegExp(`^${tab.name}$`) }).click();
      const res = await runTab(tab.name);
      expect(res.request().postDataJSON().variables ?? {}, tab.name).toEqual(JSON.parse(tab.variables));
      expect(res.request().headers().authorization, tab.name).toBe('Bearer <WRITE_TOKEN>');
      // The placeholder token is refused; nothing else is wrong with the request.
      expect(
        (await res.json()).errors.map((e: any) => e.extensions?.code),
        tab.name,
      ).toEqual(['UNAUTHENTICATED']);
    }
    await screenshot(page, 'playground-write-refused');
  }, 120_000);

  it('has writes that run with the write token: DeleteArticle removes what IngestArticle loaded', async () => {
    for (const tab of playgroundTabs().filter((t) => t.mutation)) {
      const r = await gql(stack, tab.query, JSON.parse(tab.variables), { authorization: `Bearer ${WRITE_TOKEN}` });
      expect(r.errors, tab.name).toBeUndefined();
      if (tab.name === 'IngestArticle') expect(r.data.ingestArticle.article.key).toBe(JSON.parse(tabs('DeleteArticle').variables).key);
      if (tab.name === 'DeleteArticle') expect(r.data.deleteArticle.deleted).toBe(true);
    }
  }, 60_000);
});

const tabs = (name: string) => playgroundTabs().find((t) => t.name === name)!;
