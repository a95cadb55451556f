/** Provenance rows point at nodes written in the same transaction: a miss means a broken graph. */
export async function loadOrFail<T>(p: Promise<T | null>): Promise<T> {
  const v = await p;
  if (v === null) throw new Error('provenance points at a missing node');
  return v;
}
