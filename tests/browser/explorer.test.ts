import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed, openStack, wipe, type Stack } from '../helpers/stack.ts';
import { serve, type Served } from '../client/serve.ts';
import { launch, screenshot } from './chromium.ts';

// The explorer page in a real Chromium against the real service and Neo4j: search, draw,
// expand by clicking a node, read the evidence by clicking an edge. Cytoscape draws on a
// canvas, so clicks go to the positions it reports (window.policyGraphExplorer).
let stack: Stack;
let server: Served;
let browser: Awaited<ReturnType<typeof launch>>;
let page: Page;

beforeAll(async () => {
  stack = await openStack();
  await wipe(stack.driver);
  await loadSeed(stack.store);
  server = await serve(stack.yoga);
  browser = await launch();
  page = browser.page;
  page.on('pageerror', (err) => console.error('explorer page error:', err.message));
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await stack?.close();
});

const nodeKeys = () =>
  page.evaluate(() =>
    (window as any).policyGraphExplorer
      .nodes()
      .map((n: any) => n.id() as string)
      .sort(),
  );

/** Clicks a node where cytoscape drew it, and waits for the redraw its expansion causes. */
async function clickNode(selector: string) {
  const before = await page.evaluate(() => document.body.dataset.ready);
  const at = await page.evaluate((sel) => {
    const cy = (window as any).policyGraphExplorer;
    const p = cy.$(sel).renderedPosition();
    const box = cy.container().getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, selector);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction((b) => document.body.dataset.ready !== b, before, { timeout: 15_000 });
}

/**
 * Clicks an edge at the point along it farthest from every node (labels included) and every other
 * edge (a lone edge between two nodes is drawn straight): the layout differs from run to run, and
 * an edge's midpoint can lie under a node, which then takes the click and expands.
 */
async function clickEdge(selector: string) {
  const at = await page.evaluate((sel) => {
    type P = { x: number; y: number };
    const cy = (window as any).policyGraphExplorer;
    const el = cy.$(sel);
    const box = cy.container().getBoundingClientRect();
    const segment = (e: any): [P, P] => [e.renderedSourceEndpoint(), e.renderedTargetEndpoint()];
    const toSegment = (p: P, [a, b]: [P, P]) => {
      const dx = b.x - a.x,
        dy = b.y - a.y;
      const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy || 1)));
      return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
    };
    const toBox = (p: P, b: { x1: number; x2: number; y1: number; y2: number }) =>
      Math.hypot(Math.max(b.x1 - p.x, 0, p.x - b.x2), Math.max(b.y1 - p.y, 0, p.y - b.y2));
    const nodeBoxes = cy.nodes().map((n: any) => n.renderedBoundingBox({ includeLabels: true }));
    const others = cy.edges().not(el).map(segment);
    const [a, b] = segment(el);
    let best = { x: 0, y: 0, clearance: -1 };
    for (let t = 0.1; t <= 0.9; t += 0.02) {
      const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
      if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) continue;
      const clearance = Math.min(...nodeBoxes.map((nb: any) => toBox(p, nb)), ...others.map((s: [P, P]) => toSegment(p, s)));
      if (clearance > best.clearance) best = { x: box.left + p.x, y: box.top + p.y, clearance };
    }
    return best;
  }, selector);
  // Some pixels of clearance, so that the click lands on this edge and nothing else.
  expect(at.clearance, `no clear point on ${selector}`).toBeGreaterThan(4);
  await page.mouse.click(at.x, at.y);
}

describe('the explorer at /explore', () => {
  it('finds Putin and draws his neighbourhood', async () => {
    await page.goto(`${server.url}/explore`);
    await page.fill('#search-text', 'Putin');
    await page.press('#search-text', 'Enter');
    const hit = page.locator('#results button[data-key="person:vladimir-putin"]');
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 15_000 });
    const keys = await nodeKeys();
    expect(keys).toEqual(expect.arrayContaining(['person:vladimir-putin', 'plan:eight-point-cooperation-plan', 'country:russia']));
    expect(keys).not.toContain('person:shinzo-abe'); // two hops away: appears on expansion
    await page.waitForTimeout(600);
    await screenshot(page, 'explorer-putin');
  }, 60_000);

  it('expands the plan when its node is clicked', async () => {
    await clickNode('#plan\\:eight-point-cooperation-plan');
    expect(await nodeKeys()).toEqual(expect.arrayContaining(['person:shinzo-abe', 'topic:productivity']));
    await expect.poll(() => page.textContent('#details')).toContain('Eight-point cooperation plan');
    await page.waitForTimeout(900); // the expansion animates
    await screenshot(page, 'explorer-expanded');
  }, 60_000);

  it('shows the evidence sentence of an edge when it is clicked', async () => {
    await clickEdge('edge[type = "PROPOSED"][source = "person:shinzo-abe"]');
    const details = page.locator('#details');
    await details.getByText('Shinzo Abe —PROPOSED→ Eight-point cooperation plan').waitFor({ timeout: 10_000 });
    expect(await details.locator('.evidence-quote').first().textContent()).toBe('proposed by Japanese Prime Minister Shinzo Abe');
    expect(await details.locator('mark').first().textContent()).toBe('proposed by Japanese Prime Minister Shinzo Abe');
    expect(await details.locator('.sentence').first().textContent()).toContain('to Russian President Vladimir Putin in Sochi in May 2016');
    expect(await details.textContent()).toContain(
      'Sentence 3 of “Japan supports the development of mutually beneficial cooperation with Russia”',
    );
    await screenshot(page, 'explorer-evidence');
  }, 60_000);
});
