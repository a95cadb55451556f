// Turns a gold file (entities with mention strings, relations with evidence strings, as in
// data/articles/japan-russia-cooperation.gold.json) into a reviewed annotation: the ExtractedGraph the loader reads, with
// every mention and evidence located as exact character spans of the article body.
// usage: tsx scripts/annotation-from-gold.ts ARTICLE.txt GOLD.json > ARTICLE.annotation.json
import { readFileSync } from 'node:fs';
import { parseArticle } from '../src/model/article-file.ts';
import type { ExtractedEntity, ExtractedGraph, ExtractedRelation, Span } from '../src/model/extracted-graph.ts';
import { articleId, entityId, statementId } from '../src/model/ids.ts';
import { isEntityLabel, toRelationType } from '../src/model/vocabulary.ts';

interface Gold {
  entities: {
    id: string;
    type: string;
    name: string;
    mentions: string[];
    attributes?: Record<string, string>;
    speech?: 'direct' | 'indirect';
  }[];
  relations: { type: string; from: string; to: string; evidence: string; implicit?: boolean }[];
}

const [articlePath, goldPath] = process.argv.slice(2);
if (!articlePath || !goldPath) {
  console.error('usage: tsx scripts/annotation-from-gold.ts ARTICLE.txt GOLD.json');
  process.exit(2);
}
const parsed = parseArticle(readFileSync(articlePath, 'utf8'));
const body = parsed.body;
const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function occurrences(needle: string): Span[] {
  const out: Span[] = [];
  for (let i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
    const end = i + needle.length;
    if (isWordChar(needle[0]) && isWordChar(body[i - 1])) continue;
    if (isWordChar(needle.at(-1)) && isWordChar(body[end])) continue;
    out.push({ start: i, end, text: needle });
  }
  return out;
}

/** Sentences end at . ! ? (and a closing quote) before white space, and at line breaks. */
function sentences() {
  const out: { index: number; start: number; end: number }[] = [];
  const re = /[^\n]+?(?:[.!?][”’"]?(?=\s)|$)/gmu;
  for (const m of body.matchAll(re)) {
    const text = m[0];
    const lead = text.length - text.trimStart().length;
    if (!text.trim()) continue;
    const start = m.index + lead;
    out.push({ index: out.length, start, end: m.index + text.trimEnd().length });
  }
  return out;
}

const aid = articleId(body);
const speakerOf = new Map(gold.relations.filter((r) => toRelationType(r.type) === 'SAID').map((r) => [r.to, r.from]));
const idOf = new Map<string, string>();
for (const e of gold.entities) {
  if (!isEntityLabel(e.type)) throw new Error(`unknown type ${e.type}`);
  if (e.type !== 'Statement') idOf.set(e.id, entityId(e.type, e.name));
}
const entities: ExtractedEntity[] = gold.entities.map((e) => {
  const type = e.type as ExtractedEntity['type'];
  const spans: Span[] = [];
  for (const m of [...e.mentions].sort((a, b) => b.length - a.length)) {
    for (const s of occurrences(m)) if (!spans.some((t) => s.start < t.end && t.start < s.end)) spans.push(s);
  }
  if (spans.length === 0) throw new Error(`no mention of ${e.id} found in the article`);
  spans.sort((a, b) => a.start - b.start);
  if (type === 'Statement') {
    const speaker = speakerOf.get(e.id);
    idOf.set(e.id, statementId(aid, speaker ? idOf.get(speaker) : undefined, spans[0]!.text));
  }
  const entity: ExtractedEntity = {
    id: idOf.get(e.id)!,
    type,
    name: e.name,
    aliases: [...new Set(spans.map((s) => s.text))],
    mentions: spans,
  };
  if (e.attributes) entity.attributes = e.attributes;
  if (e.speech) entity.speech = e.speech;
  return entity;
});
const firstMention = new Map(entities.map((e) => [e.id, e.mentions[0]!.start]));
const relations: ExtractedRelation[] = gold.relations.map((r) => {
  const type = toRelationType(r.type);
  if (!type) throw new Error(`unknown relation ${r.type}`);
  const from = idOf.get(r.from)!;
  const to = idOf.get(r.to)!;
  const anchor = firstMention.get(to) ?? 0;
  const found = occurrences(r.evidence).sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor));
  if (!found[0]) throw new Error(`evidence of ${r.type} ${r.from}->${r.to} not found`);
  return { type, from, to, evidence: [found[0]], ...(r.implicit ? { implicit: true } : {}) };
});
const graph: ExtractedGraph = { article: { ...parsed, body }, sentences: sentences(), entities, relations };
console.log(JSON.stringify(graph, null, 1));
