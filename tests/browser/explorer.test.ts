import { ENTITY_LABELS } from '../../src/model/vocabulary.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeed } from '../helpers/stack.ts';
import type { Served } from '../client/serve.ts';
import { screenshot } from './chromium.ts';
import { openBrowserSession, type BrowserSession } from './session.ts';

// The explorer page in a real Chromium against the real service and Neo4j: search, draw,
// expand by clicking a node, read the evidence by clicking an edge. Cytoscape draws on a
// canvas, so clicks go to the positions it reports (window.policyGraphExplorer).
let session: BrowserSession;
let server: Served;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession((s) => loadSeed(s.store), { pageErrors: 'explorer' });
  ({ server, page } = session);
}, 180_000);
afterAll(() => session?.close());

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
  const at = await edgePoint(selector);
  // Some pixels of clearance, so that the click lands on this edge and nothing else.
  expect(at.clearance, `no clear point on ${selector}`).toBeGreaterThan(4);
  await page.mouse.click(at.x, at.y);
}

/** The clearest point on the edge (or, when the selector matches several, on the best of them), and that edge's id. */
function edgePoint(selector: string): Promise<{ x: number; y: number; clearance: number; id: string }> {
  return page.evaluate((sel) => {
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
    let best = { x: 0, y: 0, clearance: -1, id: '' };
    for (const edge of el.toArray()) {
      const others = cy.edges().not(edge).map(segment);
      const [a, b] = segment(edge);
      for (let t = 0.1; t <= 0.9; t += 0.02) {
        const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
        if (p.x < 0 || p.y < 0 || p.x > box.width || p.y > box.height) continue;
        const clearance = Math.min(...nodeBoxes.map((nb: any) => toBox(p, nb)), ...others.map((s: [P, P]) => toSegment(p, s)));
        if (clearance > best.clearance) best = { x: box.left + p.x, y: box.top + p.y, clearance, id: edge.id() as string };
      }
    }
    return best;
  }, selector);
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

// Issue 19, items 11-13: what a newcomer meets on the explorer.
const positions = () =>
  page.evaluate(() =>
    Object.fromEntries(
      (window as any).policyGraphExplorer.nodes().map((n: any) => [n.id(), { x: n.position('x') as number, y: n.position('y') as number }]),
    ),
  );

/** Opens /explore on an entity and waits for its drawing. */
async function open(key: string) {
  await page.goto(`${server.url}/explore?key=${encodeURIComponent(key)}`);
  await page.waitForFunction(() => document.body.dataset.ready, null, { timeout: 15_000 });
}

/** Moves the mouse onto a node, or onto an edge where nothing else is near (see clickEdge). */
async function hover(selector: string) {
  const isNode = await page.evaluate((sel) => (window as any).policyGraphExplorer.$(sel).isNode() as boolean, selector);
  const at = isNode
    ? await page.evaluate((sel) => {
        const cy = (window as any).policyGraphExplorer;
        const p = cy.$(sel).renderedPosition();
        const box = cy.container().getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      }, selector)
    : await edgePoint(selector);
  await page.mouse.move(at.x, at.y);
}

describe('the explorer as a newcomer meets it', () => {
  it('offers example searches and a colour legend by type on its start page', async () => {
    await page.goto(`${server.url}/explore`);
    const examples = page.locator('#examples button[data-example]');
    expect(await examples.count()).toBeGreaterThanOrEqual(4);
    const legend = await page
      .locator('#legend li')
      .evaluateAll((lis) =>
        lis.map((li) => [(li as HTMLElement).dataset.label, getComputedStyle(li.querySelector('.dot')!).backgroundColor]),
      );
    expect(legend.map(([label]) => label)).toEqual([...ENTITY_LABELS]);
    expect(legend[0]![1]).toBe('rgb(31, 119, 180)'); // Person: #1F77B4, as drawn and as in Neo4j Browser
    await screenshot(page, 'explorer-start-page');
    await examples.first().click();
    await page.locator('#results button[data-key]').first().waitFor({ timeout: 15_000 });
    expect(await page.inputValue('#search-text')).toBe(await examples.first().getAttribute('data-example'));
    await screenshot(page, 'explorer-example-search');
  }, 60_000);

  it('shows a cut caption whole on hover (and as a tooltip) and on selection', async () => {
    await open('person:hiroshi-kajiyama');
    const id = await page.evaluate(
      () =>
        (window as any).policyGraphExplorer
          .nodes()
          .filter((n: any) => (n.data('name') as string).length > 28)[0]
          .id() as string,
    );
    const sel = `[id = "${id}"]`;
    const label = () => page.evaluate((s) => (window as any).policyGraphExplorer.$(s).style('label') as string, sel);
    const name = await page.evaluate((s) => (window as any).policyGraphExplorer.$(s).data('name') as string, sel);
    expect(await label()).toMatch(/…$/);
    await hover(sel);
    await expect.poll(label).toBe(name);
    expect(await page.getAttribute('#graph', 'title')).toBe(name);
    await screenshot(page, 'explorer-caption-hover');
    await page.mouse.move(2, 2);
    await expect.poll(label).toMatch(/…$/);
    await page.evaluate((s) => (window as any).policyGraphExplorer.$(s).select(), sel);
    expect(await label()).toBe(name);
    await screenshot(page, 'explorer-caption-selected');
  }, 60_000);

  it('hides edge labels zoomed out and shows one on hover', async () => {
    await open('person:hiroshi-kajiyama');
    const shown = (sel: string) =>
      page.evaluate((s) => {
        const cy = (window as any).policyGraphExplorer;
        const e = cy.$(s);
        return e.pstyle('font-size').pfValue * cy.zoom() >= e.pstyle('min-zoomed-font-size').pfValue;
      }, sel);
    await page.evaluate(() => {
      const cy = (window as any).policyGraphExplorer;
      cy.elements().unselect(); // a selected node's edges always show their labels
      cy.zoom({ level: 0.9, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    });
    // The edge with the most room around it: the mouse must land on it and on nothing else.
    const clearest = await edgePoint('edge');
    expect(clearest.clearance).toBeGreaterThan(4);
    const sel = `[id = "${clearest.id}"]`;
    expect(await shown(sel)).toBe(false);
    await screenshot(page, 'explorer-edge-labels-zoomed-out');
    await hover(sel);
    await expect.poll(() => shown(sel)).toBe(true);
    await screenshot(page, 'explorer-edge-label-hover');
    await page.mouse.move(2, 2);
    await page.evaluate(() => (window as any).policyGraphExplorer.zoom(2));
    expect(await shown(sel)).toBe(true); // zoomed in, every label shows
  }, 60_000);

  it("shows a statement's words in its panel, and counts new nodes and edges apart", async () => {
    await open('person:hiroshi-kajiyama');
    const id = await page.evaluate(() => (window as any).policyGraphExplorer.nodes('[label = "Statement"]')[0].id() as string);
    const said = await page.evaluate(
      (k) => (window as any).policyGraphExplorer.$(`edge[type = "SAID"][target = "${k}"]`)[0].data('evidence')[0],
      id,
    );
    const before = await page.evaluate(() => [
      (window as any).policyGraphExplorer.nodes().length,
      (window as any).policyGraphExplorer.edges().length,
    ]);
    await clickNode(`[id = "${id}"]`);
    const after = await page.evaluate(() => [
      (window as any).policyGraphExplorer.nodes().length,
      (window as any).policyGraphExplorer.edges().length,
    ]);
    // The statement's words (its sentence), not only its summary, with the attribution marked.
    const words = page.locator('#details .statement-words .sentence');
    await expect.poll(() => words.first().textContent()).toBe(said.sentence.text);
    expect(said.sentence.text).not.toBe(await page.textContent('#details h2'));
    expect(await page.locator('#details .statement-words mark').first().textContent()).toBe(said.text);
    expect(await page.textContent('#details .statement-words')).toContain('— Hiroshi Kajiyama');
    const [nodes, edges] = [after[0]! - before[0]!, after[1]! - before[1]!];
    const expected =
      nodes + edges
        ? `Expanded: ${nodes} new node${nodes === 1 ? '' : 's'}, ${edges} new edge${edges === 1 ? '' : 's'}.`
        : 'Nothing new around it.';
    expect(await page.textContent('#details .expanded-count')).toBe(expected);
    await screenshot(page, 'explorer-statement-words');
  }, 60_000);

  it('moves nothing when a leaf adds nothing, and keeps every drawn node in place when an expansion adds some', async () => {
    await open('person:vladimir-putin');
    // Expand the plan: new nodes appear, the ones already drawn stay where they were.
    let before = await positions();
    await clickNode('#plan\\:eight-point-cooperation-plan');
    let after = await positions();
    expect(Object.keys(after).length).toBeGreaterThan(Object.keys(before).length);
    for (const [key, p] of Object.entries(before)) expect(after[key], key).toEqual(p);
    await screenshot(page, 'explorer-expansion-keeps-positions');
    // A node whose neighbourhood is all drawn (a leaf, or the plan again): nothing moves, and the panel says so.
    before = after;
    await clickNode('#plan\\:eight-point-cooperation-plan');
    after = await positions();
    expect(after).toEqual(before);
    expect(await page.textContent('#details .expanded-count')).toBe('Nothing new around it.');
    await screenshot(page, 'explorer-leaf-click-nothing-moves');
  }, 60_000);

  it('says clearly that a key is not in the graph', async () => {
    await open('person:nobody');
    const details = await page.textContent('#details');
    expect(details).toContain('Not found');
    expect(details).toContain('person:nobody');
    expect(details).not.toContain('undefined');
    expect(await page.locator('#details .not-found').count()).toBe(1);
    await screenshot(page, 'explorer-not-found');
  }, 60_000);

  it('keeps the search box and its button inside a 420 px wide window', async () => {
    await page.setViewportSize({ width: 420, height: 800 });
    try {
      await page.goto(`${server.url}/explore`);
      for (const sel of ['#search-text', '#search button[type="submit"]', '#legend']) {
        const box = (await page.locator(sel).boundingBox())!;
        expect(box.x, sel).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, sel).toBeLessThanOrEqual(420);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(420);
      await page.fill('#search-text', 'Putin');
      await page.click('#search button[type="submit"]');
      await page.locator('#results button[data-key="person:vladimir-putin"]').waitFor({ timeout: 15_000 });
      await screenshot(page, 'explorer-420px');
    } finally {
      await page.setViewportSize({ width: 1400, height: 900 });
    }
  }, 60_000);
});
