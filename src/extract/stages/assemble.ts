// Stage 6, graph: the workspace becomes the ExtractedGraph, entities and relations in a stable
// order (by first mention, then id), so two runs over the same text are deep-equal.
import type { ExtractedGraph } from '../../model/extracted-graph.ts';
import type { RelationStage } from './relations.ts';

export function assemble(rel: RelationStage): ExtractedGraph {
  const { ctx, meta } = rel;
  // Every fact must be traceable to text: an entity only implied (the country of a city the
  // article names alone) is left out, with the relations that would reach it.
  const entities = [...ctx.g.entities.values()]
    .filter((e) => e.mentions.length > 0)
    .map((e) => ({ ...e, mentions: [...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end) }))
    // mentions are sorted and never empty here: the first is the earliest
    .sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || a.id.localeCompare(b.id));
  const kept = new Set(entities.map((e) => e.id));
  const relations = [...ctx.g.relations.values()]
    .filter((r) => kept.has(r.from) && kept.has(r.to))
    .map((r) => ({ ...r, evidence: [...r.evidence].sort((a, b) => a.start - b.start || a.end - b.end) }))
    .sort((a, b) => a.type.localeCompare(b.type) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  const article: ExtractedGraph['article'] = { title: meta.title, body: ctx.body };
  if (meta.source) article.source = meta.source;
  if (meta.published) article.published = meta.published;
  return {
    article,
    sentences: ctx.sentences.map((s) => ({ index: s.index, start: s.start, end: s.end })),
    entities,
    relations,
  };
}
