// What every browser test stands on: the real stack on the suite's Neo4j (wiped, then loaded as
// the test needs), the service bound to a port, and a fresh Chromium page; closed in reverse.
import type { Page } from 'playwright-core';
import { serve, type Served } from '../client/serve.ts';
import { openStack, wipe, type Stack } from '../helpers/stack.ts';
import { launch } from './chromium.ts';

export interface BrowserSession {
  stack: Stack;
  server: Served;
  page: Page;
  close(): Promise<void>;
}

/** `pageErrors` names the page in the log line of each uncaught page error; `port` 0 picks a free one. */
export async function openBrowserSession(
  load: (stack: Stack) => Promise<unknown>,
  opts: { port?: number; pageErrors?: string } = {},
): Promise<BrowserSession> {
  const stack = await openStack();
  await wipe(stack.driver);
  await load(stack);
  const server = await serve(stack.yoga, opts.port);
  const browser = await launch();
  const { page } = browser;
  if (opts.pageErrors) page.on('pageerror', (err) => console.error(`${opts.pageErrors} page error:`, err.message));
  return {
    stack,
    server,
    page,
    async close() {
      await browser.close();
      await server.close();
      await stack.close();
    },
  };
}
