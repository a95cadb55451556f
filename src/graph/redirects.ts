import type { ExtractedEntity, ExtractedGraph } from '../model/extracted-graph.ts';

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
    entities.set(
      id,
      seen
        ? { ...seen, aliases: [...new Set([...seen.aliases, ...e.aliases, e.name])], mentions: [...seen.mentions, ...e.mentions] }
        : { ...e, id },
    );
  }
  const relations = graph.relations.map((r) => ({ ...r, from: key(r.from), to: key(r.to) })).filter((r) => r.from !== r.to);
  return { ...graph, entities: [...entities.values()], relations };
}
