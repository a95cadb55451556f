import type { ManagedTransaction } from 'neo4j-driver';
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { articleId, sentenceId, sha256 } from '../model/ids.ts';
import { ENTITY_LABELS, RELATION_TYPES } from '../model/vocabulary.ts';
import { writeArticle } from './article-writes.ts';

// Bulk ingest: many validated articles in ONE write transaction, with the same resulting graph
// as writeArticle() once per article. What makes it faster than N calls of writeArticle:
//  - one round of UNWIND queries for the whole batch instead of ~35 queries per article;
//  - relationships are grouped by (type, from, to) in JS, so each is MERGEd once per batch;
//  - aliases are extended incrementally (existing aliases + the batch's new surface forms)
//    instead of being recomputed from every MENTIONS of the entity — for hub entities (a
//    country mentioned in 50,000 articles) that recomputation grows with the graph.
// Articles already in the graph (same text) go through writeArticle (unload + write), so
// re-ingesting stays idempotent; a batch is all or nothing.

function sentenceOf(graph: ExtractedGraph, aid: string, offset: number): string {
  const s = graph.sentences.find((x) => offset >= x.start && offset < x.end) ?? graph.sentences.findLast((x) => x.start <= offset);
  return sentenceId(aid, (s ?? graph.sentences[0]!).index);
}

interface RelRow {
  from: string;
  to: string;
  sentenceIds: string[];
  starts: number[];
  ends: number[];
  texts: string[];
  implicit: boolean[];
  aids: string[];
}

export async function writeArticles(tx: ManagedTransaction, graphs: readonly ExtractedGraph[]): Promise<{ articleIds: string[]; replaced: number }> {
  // One copy per text (loading the same text twice is one article).
  const byId = new Map<string, ExtractedGraph>();
  for (const g of graphs) if (!byId.has(articleId(g.article.body))) byId.set(articleId(g.article.body), g);
  const ids = [...byId.keys()];
  const existing = await tx.run('UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN collect(a.id) AS ids', { ids });
  const present = new Set(existing.records[0]?.get('ids') as string[]);
  for (const id of present) await writeArticle(tx, byId.get(id)!);
  const fresh = [...byId].filter(([id]) => !present.has(id));
  if (fresh.length === 0) return { articleIds: ids, replaced: present.size };

  await tx.run(
    `UNWIND $articles AS x
     CREATE (a:Article {id: x.aid, title: x.title, source: x.source, published: x.published, text: x.body,
                        contentHash: x.hash, sentenceCount: size(x.sentences), loadedAt: datetime()})
     WITH a, x UNWIND x.sentences AS s
     CREATE (a)-[:HAS_SENTENCE]->(:Sentence {id: s.id, articleId: x.aid, index: s.index, start: s.start, end: s.end, text: s.text})`,
    {
      articles: fresh.map(([aid, g]) => ({
        aid, title: g.article.title, source: g.article.source ?? null, published: g.article.published ?? null, body: g.article.body,
        hash: sha256(g.article.body),
        sentences: g.sentences.map((s) => ({ ...s, id: sentenceId(aid, s.index), text: g.article.body.slice(s.start, s.end) })),
      })),
    },
  );

  // Entities, in article order: the first article names a new entity, later ones add properties.
  const entities = new Map(ENTITY_LABELS.map((l) => [l, new Map<string, { id: string; name: string; props: Record<string, unknown> }>()]));
  const forms = new Map<string, Set<string>>();
  const mentions: { entityId: string; sentenceId: string; start: number; end: number; text: string }[] = [];
  const rels = new Map(RELATION_TYPES.map((t) => [t, new Map<string, RelRow>()]));
  for (const [aid, g] of fresh) {
    for (const e of g.entities) {
      const props = {
        ...Object.fromEntries(Object.entries(e.attributes ?? {}).map(([k, v]) => [`attr_${k.replace(/\W/g, '_')}`, v])),
        ...(e.type === 'Statement' ? { text: e.mentions[0]!.text, speech: e.speech ?? 'direct', articleId: aid } : {}),
      };
      const rows = entities.get(e.type)!;
      const row = rows.get(e.id);
      if (row) Object.assign(row.props, props);
      else rows.set(e.id, { id: e.id, name: e.name, props });
      const f = forms.get(e.id) ?? new Set<string>();
      forms.set(e.id, f);
      for (const m of e.mentions) {
        f.add(m.text);
        mentions.push({ entityId: e.id, sentenceId: sentenceOf(g, aid, m.start), start: m.start, end: m.end, text: m.text });
      }
    }
    for (const r of g.relations) {
      const rows = rels.get(r.type)!;
      const key = `${r.from}\u0000${r.to}`;
      let row = rows.get(key);
      if (!row) rows.set(key, (row = { from: r.from, to: r.to, sentenceIds: [], starts: [], ends: [], texts: [], implicit: [], aids: [] }));
      for (const s of r.evidence) {
        row.sentenceIds.push(sentenceOf(g, aid, s.start));
        row.starts.push(s.start);
        row.ends.push(s.end);
        row.texts.push(s.text);
        row.implicit.push(r.implicit === true);
      }
      if (!row.aids.includes(aid)) row.aids.push(aid);
    }
  }
  for (const [label, rows] of entities) {
    if (rows.size === 0) continue;
    await tx.run(
      `UNWIND $rows AS row MERGE (e:Entity {id: row.id})
       ON CREATE SET e.name = row.name, e.createdAt = datetime()
       SET e:${label}, e += row.props`,
      { rows: [...rows.values()] },
    );
  }
  await tx.run(
    `UNWIND $mentions AS m MATCH (s:Sentence {id: m.sentenceId}) MATCH (e:Entity {id: m.entityId})
     CREATE (s)-[:MENTIONS {start: m.start, end: m.end, text: m.text}]->(e)`,
    { mentions },
  );
  for (const [type, rows] of rels) {
    if (rows.size === 0) continue;
    await tx.run(
      `UNWIND $rows AS row MATCH (a:Entity {id: row.from}) MATCH (b:Entity {id: row.to})
       MERGE (a)-[r:${type}]->(b)
       SET r.evSentenceIds = coalesce(r.evSentenceIds, []) + row.sentenceIds, r.evStarts = coalesce(r.evStarts, []) + row.starts,
           r.evEnds = coalesce(r.evEnds, []) + row.ends, r.evTexts = coalesce(r.evTexts, []) + row.texts,
           r.evImplicit = coalesce(r.evImplicit, []) + row.implicit,
           r.articleIds = [x IN coalesce(r.articleIds, []) WHERE NOT x IN row.aids] + row.aids`,
      { rows: [...rows.values()] },
    );
  }
  // The new articles only add mentions, so the aliases only gain forms.
  await tx.run(
    `UNWIND $rows AS row MATCH (e:Entity {id: row.id})
     WITH e, coalesce(e.aliases, []) AS old, row.forms AS forms
     SET e.aliases = old + [f IN forms WHERE f <> e.name AND NOT f IN old]`,
    { rows: [...forms].map(([id, f]) => ({ id, forms: [...f] })) },
  );
  return { articleIds: ids, replaced: present.size };
}
