import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENERGY_ARTICLES, loadTestArticles } from '../helpers/stack.ts';
import type { Served } from '../client/serve.ts';
import { screenshot } from './chromium.ts';
import { openBrowserSession, type BrowserSession } from './session.ts';

// The explorer's date filter (issue 20, item 2) in a real Chromium against the real service: a
// person reported in 2019, 2021 and once undated; the filter narrows the timeline in the side
// panel (the API's `timeline`) and hides the relationships not reported in the window.
let session: BrowserSession;
let server: Served;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession((s) => loadTestArticles(s.store, ENERGY_ARTICLES), { pageErrors: 'explorer' });
  ({ server, page } = session);
}, 180_000);
afterAll(() => session?.close());

const PERSON = 'person:aidar-serikbayev';

/** Runs `act` and waits until the timeline panel has been redrawn after it. */
async function timelineAfter(act: () => Promise<unknown>) {
  const before = await page.evaluate(() => document.body.dataset.timeline ?? '');
  await act();
  await page.waitForFunction((b) => (document.body.dataset.timeline ?? '') !== b, before, { timeout: 15_000 });
}

const timelineDates = () => page.locator('#details .timeline li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.date));

/** Ids of the drawn edges, and of those the filter hides. */
const edges = () =>
  page.evaluate(() => {
    const cy = (window as any).policyGraphExplorer;
    return { all: cy.edges().map((e: any) => e.id() as string), hidden: cy.edges('.outside').map((e: any) => e.id() as string) };
  });
const hiddenNodes = () => page.evaluate(() => (window as any).policyGraphExplorer.nodes('.outside').map((n: any) => n.id() as string));

describe("the explorer's date filter", () => {
  it("shows a person's timeline in date order, then only the window's points and relationships", async () => {
    await timelineAfter(() => page.goto(`${server.url}/explore?key=${encodeURIComponent(PERSON)}`));
    const all = await timelineDates();
    expect(new Set(all)).toEqual(new Set(['2019-04-10', '2021-06-15', '']));
    const dated = all.filter((d) => d);
    expect(dated).toEqual([...dated].sort());
    expect(all.slice(dated.length).every((d) => d === '')).toBe(true); // undated last
    expect((await edges()).hidden).toEqual([]);

    await page.fill('#date-from', '2021');
    await page.fill('#date-to', '2021-12-31');
    await timelineAfter(() => page.click('#dates button[type="submit"]'));
    const inWindow = await timelineDates();
    expect(inWindow.length).toBeGreaterThan(0);
    expect(inWindow.length).toBeLessThan(all.length);
    expect(new Set(inWindow)).toEqual(new Set(['2021-06-15']));
    expect(await page.textContent('#details .timeline h3')).toBe('Timeline (from 2021 to 2021-12-31)');
    // Reported in 2019 only: hidden; reported in 2021 too: shown.
    const { all: drawn, hidden } = await edges();
    expect(hidden).toContain(`${PERSON}-PROPOSED->plan:hydrogen-roadmap`);
    expect(hidden).not.toContain(`${PERSON}-HOLDS_OFFICE->office:minister-of-energy-of-kazakhstan`);
    expect(hidden).not.toContain(`${PERSON}-PARTICIPATED_IN->event:astana-energy-forum`);
    expect(await hiddenNodes()).not.toContain(PERSON);
    expect((await hiddenNodes()).length).toBeGreaterThan(0); // the 2019 statements
    expect(await page.textContent('#status')).toContain(
      `${drawn.length - hidden.length} of ${drawn.length} edges reported from 2021 to 2021-12-31`,
    );
    await page.locator('#details .timeline').scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    await screenshot(page, 'explorer-date-filter');
  }, 60_000);

  it('refuses a window that ends before it starts, and clears back to every date', async () => {
    await page.fill('#date-from', '2023');
    await page.fill('#date-to', '2019');
    await page.click('#dates button[type="submit"]');
    await expect.poll(() => page.textContent('#status')).toBe('The window starts after it ends.');
    await timelineAfter(() => page.click('#dates button[type="reset"]'));
    expect(await page.textContent('#details .timeline h3')).toBe('Timeline (all dates)');
    expect(new Set(await timelineDates())).toEqual(new Set(['2019-04-10', '2021-06-15', '']));
    expect((await edges()).hidden).toEqual([]);
    expect(await hiddenNodes()).toEqual([]);
  }, 60_000);
});
