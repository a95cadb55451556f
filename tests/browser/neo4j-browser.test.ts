import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { loadSeed } from '../helpers/stack.ts';
import { screenshot } from './chromium.ts';
import { openBrowserSession, type BrowserSession } from './session.ts';

// Neo4j Browser (the real 5.26 UI served by the test run's Neo4j) connects, applies the style and
// plays the guide by itself, as `npm start`'s does: the test Neo4j runs the same post_connect_cmd
// (graph/browser-conf.ts), for a service on the port tests/setup/neo4j.ts chose; a guide query then
// draws the seed graph in the style's colours.
let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await openBrowserSession((s) => loadSeed(s.store), { port: inject('browserServicePort') });
  ({ page } = session);
}, 180_000);
afterAll(() => session?.close());

const fillOf = (caption: string) =>
  page.locator('svg g.node', { hasText: caption }).first().locator('circle.b-outline').getAttribute('fill');

describe('Neo4j Browser with the PolicyGraph style and guide', () => {
  it('connects from the README link with no login form, plays the guide, makes no call off this machine and shows no usage banner', async () => {
    const sent = new Set<string>();
    page.on('request', (r) => {
      if (!['127.0.0.1', 'localhost'].includes(new URL(r.url()).hostname)) sent.add(r.url());
    });
    page.on('requestfailed', (r) => {
      if (r.failure()?.errorText === 'csp') sent.delete(r.url());
    });
    // The README's link, with this run's ports.
    const readme = readFileSync('README.md', 'utf8');
    const link = /http:\/\/127\.0\.0\.1:7474\/browser\/\?dbms=bolt:\/\/127\.0\.0\.1:7687&preselectAuthMethod=NO_AUTH/.exec(readme)?.[0];
    expect(link).toBeDefined();
    const http = new URL(inject('neo4jHttpUrl'));
    const bolt = new URL(inject('neo4jUri'));
    await page.goto(link!.replace(':7474', `:${http.port}`).replace(':7687', `:${bolt.port}`));
    const carousel = page.locator('[data-testid="carousel"]').first();
    await carousel.getByText('Governments, their plans and the sentences that say so.').waitFor({ timeout: 60_000 });
    expect(await carousel.locator('li[aria-label]').count()).toBe(7);
    await page.waitForTimeout(3000); // analytics and the feedback widget load a moment after connecting
    expect(await page.getByText('collect information on product usage').count()).toBe(0);
    expect(await page.locator('input[type="password"]').count()).toBe(0);
    expect([...sent]).toEqual([]);
    await screenshot(page, 'neo4j-browser-connected');
  }, 120_000);

  it('applies the style with no frame printing the sheet: the guide is the only frame', async () => {
    expect(await page.locator('[data-testid="frame"]').count()).toBe(1);
    expect(await page.getByText('node.Person {').count()).toBe(0);
    await screenshot(page, 'neo4j-browser-guide');
  }, 30_000);

  it('runs the guide query "who proposed what to whom" and draws it in the style colours', async () => {
    const carousel = page.locator('[data-testid="carousel"]').first();
    await carousel.locator('li[aria-label="3"]').click();
    const query = carousel.locator('pre.runnable:visible').first();
    expect(await query.textContent()).toContain('MATCH (p:Person)-[r:PROPOSED]->(pl:Plan)');
    await query.click(); // a runnable block goes into the editor
    await page.click('[data-testid="editor-Run"]');
    await page.locator('svg g.node', { hasText: 'Shinzo Abe' }).waitFor({ timeout: 30_000 });
    await page.waitForTimeout(1500); // let the force layout settle for the screenshot

    expect(await fillOf('Shinzo Abe')).toBe('#1F77B4'); // node.Person
    expect(await fillOf('Vladimir Putin')).toBe('#1F77B4');
    expect(await fillOf('Eight-point')).toBe('#D62728'); // node.Plan
    expect(await fillOf('Sochi')).toBe('#98DF8A'); // node.Place
    const rels = await page.locator('svg g.relationship').allTextContents();
    expect(rels).toEqual(expect.arrayContaining(['PROPOSED', 'PROPOSED_TO', 'OUTCOME_OF', 'HELD_IN']));
    await screenshot(page, 'neo4j-browser-styled-graph');
  }, 60_000);

  it('shows the evidence words of the proposal in the table view', async () => {
    const frame = page.locator('[data-testid="frame"]', { has: page.locator('svg g.node') }).first();
    await frame.getByText('Table', { exact: true }).click();
    await frame.getByText('proposed by Japanese Prime Minister Shinzo Abe').first().waitFor({ timeout: 15_000 });
    await screenshot(page, 'neo4j-browser-evidence-table');
  }, 60_000);
});
