import type { Driver } from 'neo4j-driver';

/** Reloading an article moves its evidence to the end of each list (as loadArticle does): `unordered` compares evidence as a set. */
function evidenceSet(p: Record<string, unknown>): Record<string, unknown> {
  const ids = (p.evSentenceIds ?? []) as string[];
  const col = (k: string) => (p[k] ?? []) as unknown[];
  const ev = ids.map((id, i) => JSON.stringify([id, col('evStarts')[i], col('evEnds')[i], col('evTexts')[i], col('evImplicit')[i]])).sort();
  return { ev, articleIds: [...((p.articleIds ?? []) as string[])].sort() };
}

/**
 * The whole graph as sorted strings: labels, properties (the driver's JSON tells an integer from
 * a float) and relationships between ids, without the load timestamps. Aliases compare as a set,
 * and an empty alias list as none (neo4j-admin cannot write an empty list).
 */
export async function dumpGraph(driver: Driver, unordered = false): Promise<{ nodes: string[]; rels: string[] }> {
  const clean = (p: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(p)
      .filter(([k, v]) => k !== 'createdAt' && k !== 'loadedAt' && !(k === 'aliases' && (v as unknown[]).length === 0))
      .map(([k, v]) => [k, k === 'aliases' ? [...(v as string[])].sort() : v]).sort());
  const nodes = await driver.executeQuery('MATCH (n) RETURN labels(n) AS l, properties(n) AS p');
  const rels = await driver.executeQuery('MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS p');
  return {
    nodes: nodes.records.map((r) => JSON.stringify([[...(r.get('l') as string[])].sort(), clean(r.get('p'))])).sort(),
    rels: rels.records.map((r) => JSON.stringify([r.get('a'), r.get('t'), r.get('b'), (unordered ? evidenceSet : clean)(r.get('p'))])).sort(),
  };
}
