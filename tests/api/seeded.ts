import { afterAll, beforeAll } from 'vitest';
import { loadSeed, openStack, wipe, type Stack } from '../helpers/stack.ts';

/** The real stack over a graph holding only the seed article, for one test file. */
export function seededStack(): { readonly current: Stack } {
  const ref = {} as { current: Stack };
  beforeAll(async () => {
    ref.current = await openStack();
    await wipe(ref.current.driver);
    await loadSeed(ref.current.store);
  });
  afterAll(() => ref.current.close());
  return ref;
}
