import type { ManagedTransaction } from 'neo4j-driver';
import type { ExtractedEntity, ExtractedGraph } from '../model/extracted-graph.ts';

/** Where each merged key (mergeEntities leaves a (:Redirect) behind) of `ids` now leads: one query. */
export async function redirectTargets(tx: ManagedTransaction, ids: readonly string[]): Promise<Map<string, string>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (:Redirect {id: id})-[:REDIRECTS_TO]->(e:Entity) RETURN id, e.id AS target`,
    { ids },
  );
  return new Map(res.records.map((r) => [r.get('id') as string, r.get('target') as string]));
}

/**
 * Keys that a person merged into another entity are rewritten to the entity they now lead to, so
 * loading an article again cannot bring a merged entity back. Entities that end up with one key
 * become one; self-loops disappear.
 */
export function applyRedirects(graph: ExtractedGraph, to: ReadonlyMap<string, string>): ExtractedGraph {
  if (to.size === 0 || !graph.entities.some((e) => to.has(e.id))) return graph;
  const key = (id: string) => to.get(id) ?? id;
  const entities = new Map<string, ExtractedEntity>();
  for (const e of graph.entities) {
    const id = key(e.id);
    const seen = entities.get(id);
    entities.set(id, seen
      ? { ...seen, aliases: [...new Set([...seen.aliases, ...e.aliases, e.name])], mentions: [...seen.mentions, ...e.mentions] }
      : { ...e, id });
  }
  const relations = graph.relations
    .map((r) => ({ ...r, from: key(r.from), to: key(r.to) }))
    .filter((r) => r.from !== r.to);
  return { ...graph, entities: [...entities.values()], relations };
}

export async function followRedirects(tx: ManagedTransaction, graph: ExtractedGraph): Promise<ExtractedGraph> {
  return applyRedirects(graph, await redirectTargets(tx, graph.entities.map((e) => e.id)));
}
