import type { Node } from 'neo4j-driver';
import { isEntityLabel, type EntityLabel } from '../../model/vocabulary.ts';
import type { ArticleRow, EntityProp, EntityRow, EvidenceRow, SentenceRow } from '../rows.ts';

// Cypher projections of entities, evidence, sentences and articles, and their decoding into the
// rows of graph/rows.ts.

export const ALL_ENTITY_PROPS: readonly EntityProp[] = ['aliases', 'attrs', 'text', 'speech', 'articleId'];

/** Cypher for one EntityProp of node `v` (attributes are the `attr_*` properties, as [key, value] pairs). */
export const entityPropCypher = (v: string, p: EntityProp) =>
  p === 'attrs' ? `[k IN keys(${v}) WHERE k STARTS WITH 'attr_' | [k, ${v}[k]]]` : `${v}.${p}`;

/**
 * Cypher: entity `v` as a map of what an EntityRow holds, or of the parts `props` names. Reads
 * project this rather than return whole nodes: the createdAt/updatedAt timestamps nobody asks
 * for were most of the decoding work, and a selection needs few properties.
 */
export const entityMap = (v: string, props: readonly EntityProp[] = ALL_ENTITY_PROPS) =>
  `${v} {.id, .name, __labels: labels(${v})${props.map((p) => `, ${p === 'attrs' ? '__attrs' : p}: ${entityPropCypher(v, p)}`).join('')}}`;

/** Cypher: relationship `r`'s evidence lists (read by evidenceFromProperties). */
export const evidenceMap = (r: string) => `${r} {.evSentenceIds, .evStarts, .evEnds, .evTexts, .evImplicit}`;

export type EntityMap = Record<string, unknown> & { __labels: string[]; __attrs?: [string, unknown][] };

export function fromEntityMap(m: EntityMap): EntityRow {
  return entityFromProperties(m.__attrs ? { ...m, ...Object.fromEntries(m.__attrs) } : m, m.__labels);
}

export function toEntity(n: Node): EntityRow {
  return entityFromProperties(n.properties as Record<string, unknown>, n.labels);
}

/** `attr_*` properties as [name, value] pairs → the row's attributes, sorted by key. */
export function attributesOf(pairs: readonly (readonly [string, unknown])[]): EntityRow['attributes'] {
  return pairs.map(([k, v]) => ({ key: k.slice(5), value: String(v) })).sort((a, b) => a.key.localeCompare(b.key));
}

/** A node's properties and labels (a Node, or a `n {.*}` map projection) as an EntityRow. */

function entityFromProperties(p: Record<string, unknown>, labels: readonly string[]): EntityRow {
  const label = labels.find((l) => l !== 'Entity' && isEntityLabel(l)) as EntityLabel;
  const row: EntityRow = {
    id: p.id as string,
    label,
    name: p.name as string,
    aliases: (p.aliases as string[] | undefined) ?? [],
    attributes: attributesOf(Object.entries(p).filter(([k]) => k.startsWith('attr_'))),
  };
  if (label === 'Statement') Object.assign(row, { text: p.text, speech: p.speech, articleId: p.articleId });
  return row;
}

/** Evidence is stored on a relationship as parallel arrays, one slot per supporting span. */
export function evidenceFromProperties(p: Record<string, unknown[] | null | undefined>): EvidenceRow[] {
  const ids = (p.evSentenceIds ?? []) as string[];
  return ids.map((sentenceId, i) => ({
    sentenceId,
    articleId: sentenceId.slice(0, sentenceId.lastIndexOf('#')),
    start: p.evStarts![i] as number,
    end: p.evEnds![i] as number,
    text: p.evTexts![i] as string,
    implicit: p.evImplicit?.[i] === true,
  }));
}

export function toSentence(n: Node): SentenceRow {
  const p = n.properties as Record<string, unknown>;
  return {
    id: p.id as string,
    articleId: p.articleId as string,
    index: p.index as number,
    start: p.start as number,
    end: p.end as number,
    text: p.text as string,
  };
}

export function toArticle(n: Node): ArticleRow {
  const p = n.properties as Record<string, unknown>;
  return {
    id: p.id as string,
    title: p.title as string,
    source: (p.source as string | null) ?? null,
    published: (p.published as string | null) ?? null,
    text: p.text as string,
    contentHash: p.contentHash as string,
    sentenceCount: p.sentenceCount as number,
    loadedAt: String(p.loadedAt),
  };
}
