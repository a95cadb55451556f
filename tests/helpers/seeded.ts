import { afterAll, beforeAll, beforeEach } from 'vitest';
import { loadSeed, openStack, wipe, type Stack } from './stack.ts';

/**
 * The real stack over a graph holding only the seed article, for one test file; with
 * `eachTest`, the graph is reset to the seed before every test (for tests that write).
 */
export function seededStack(o: { eachTest?: boolean } = {}): { readonly current: Stack } {
  const ref = {} as { current: Stack };
  const reset = async () => {
    await wipe(ref.current.driver);
    await loadSeed(ref.current.store);
  };
  beforeAll(async () => {
    ref.current = await openStack();
    if (!o.eachTest) await reset();
  });
  if (o.eachTest) beforeEach(reset);
  afterAll(() => ref.current?.close());
  return ref;
}
