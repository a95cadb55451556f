import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

// The GraphiQL page as a newcomer meets it (issue 19, item 9): a fresh Chromium profile (no cache)
// opens /graphql and we time navigation start → the first example tab drawn, plus the bytes that
// came over the wire for the document. A second visit in the same profile shows what caching saves.
//   npx tsx bench/graphiql-load.ts http://127.0.0.1:4000/graphql [runs=5]
const url = process.argv[2] ?? 'http://127.0.0.1:4000/graphql';
const runs = Number(process.argv[3] ?? 5);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

interface Visit {
  firstTabMs: number;
  wireBytes: number;
  status: number;
  encoding: string;
}

async function visit(page: import('playwright-core').Page): Promise<Visit> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let documentId = '';
  let wireBytes = 0;
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.type === 'Document') documentId = e.requestId;
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (e.requestId === documentId) wireBytes = e.encodedDataLength;
  });
  const t0 = Date.now();
  const res = await page.goto(url, { waitUntil: 'commit' });
  await page.locator('.graphiql-tab').first().waitFor({ timeout: 60_000 });
  const firstTabMs = Date.now() - t0;
  await page.waitForLoadState('load');
  await cdp.detach();
  return { firstTabMs, wireBytes, status: res?.status() ?? 0, encoding: (await res?.allHeaders())?.['content-encoding'] ?? 'identity' };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const first: Visit[] = [];
const second: Visit[] = [];
for (let i = 0; i < runs; i++) {
  const profile = mkdtempSync(join(tmpdir(), 'graphiql-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  first.push(await visit(page));
  second.push(await visit(page)); // the same profile: the browser cache may answer, or revalidate
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
const report = (name: string, vs: Visit[]) =>
  console.log(
    `${name}: first tab median ${median(vs.map((v) => v.firstTabMs))} ms (${vs.map((v) => v.firstTabMs).join(', ')}); ` +
      `document on the wire ${vs.map((v) => `${v.wireBytes} B (${v.status}, ${v.encoding})`).join(', ')}`,
  );
report('first visit ', first);
report('second visit', second);
