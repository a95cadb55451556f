import type { Driver } from 'neo4j-driver';

type Props = [key: string, type: string, value: unknown][];

/** Reloading an article moves its evidence to the end of each list (as loadArticle does): `unordered` compares evidence as a set. */
function evidenceSet(props: Props): Record<string, unknown> {
  const p = Object.fromEntries(props.map(([k, , v]) => [k, v])) as Record<string, unknown[] | undefined>;
  const ids = (p.evSentenceIds ?? []) as string[];
  const col = (k: string) => p[k] ?? [];
  const ev = ids.map((id, i) => JSON.stringify([id, col('evStarts')[i], col('evEnds')[i], col('evTexts')[i], col('evImplicit')[i]])).sort();
  return { ev, articleIds: [...(p.articleIds ?? [])].sort(), types: props.map(([k, t]) => `${k}: ${t}`).sort() };
}

/** Properties as [key, Neo4j type, value], sorted by key, without the load timestamps. */
function clean(props: Props): Props {
  return props
    .filter(([k, , v]) => k !== 'createdAt' && k !== 'loadedAt' && !(k === 'aliases' && (v as unknown[]).length === 0))
    .map(([k, t, v]): Props[number] => [k, t, k === 'aliases' ? [...(v as string[])].sort() : v])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

/**
 * The whole knowledge graph as sorted strings: labels, properties with their Neo4j types (`valueType`: the
 * driver reads integers and floats alike as numbers) and relationships between ids, without the
 * load timestamps. Aliases compare as a set, and an empty alias list as none (neo4j-admin cannot
 * write an empty list).
 */
export async function dumpGraph(driver: Driver, unordered = false): Promise<{ nodes: string[]; rels: string[] }> {
  const typed = (v: string) => `[k IN keys(${v}) | [k, valueType(${v}[k]), ${v}[k]]]`;
  // The change log differs by construction (ingest logs its batches, import one change): left out.
  const nodes = await driver.executeQuery(`MATCH (n) WHERE NOT n:Change AND NOT n:ChangeLog RETURN labels(n) AS l, ${typed('n')} AS p`);
  const rels = await driver.executeQuery(`MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, ${typed('r')} AS p`);
  return {
    nodes: nodes.records.map((r) => JSON.stringify([[...(r.get('l') as string[])].sort(), clean(r.get('p'))])).sort(),
    rels: rels.records
      .map((r) => JSON.stringify([r.get('a'), r.get('t'), r.get('b'), (unordered ? evidenceSet : clean)(r.get('p'))]))
      .sort(),
  };
}
