import neo4j from 'neo4j-driver';
import type { EntityLabel } from '../../model/vocabulary.ts';
import type { EntityProp, SearchHit } from '../rows.ts';
import type { QueryRunner } from '../sessions.ts';
import { entityMap, fromEntityMap, type EntityMap } from './projections.ts';

// Full-text search over names and aliases (index entity_names, cypher/schema.cypher).

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** The words of a search, lower-cased: those with a letter or digit, the first 16. */
export function searchWords(input: string): string[] {
  return input
    .split(/\s+/)
    .map((w) => w.toLowerCase())
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .slice(0, 16);
}

/**
 * The user's words (searchWords) as a Lucene query that can only ever mean "all of these words": each word is
 * escaped (so operators, wildcards, fuzziness and fields are plain text), operator words are
 * lower-cased (AND/OR/NOT/TO are operators only in capitals), and each word matches whole or as
 * a prefix. Returns null when nothing searchable is left.
 */
export function luceneQuery(input: string): string | null {
  const words = searchWords(input);
  if (words.length === 0) return null;
  return words
    .map((w) => {
      const escaped = w.replace(LUCENE_SPECIAL, (c) => `\\${c}`);
      // A word with punctuation ("putin-japan", "putin^10") is split by the analyzer into several
      // tokens, which Lucene ORs: as a phrase they must all match, in order, so results never widen.
      return /^[\p{L}\p{N}]+$/u.test(w) ? `(${escaped} OR ${escaped}*)` : `"${escaped}"`;
    })
    .join(' AND ');
}

export async function searchEntities(
  tx: QueryRunner,
  input: string,
  labels: readonly EntityLabel[] | null,
  first: number,
  props?: readonly EntityProp[],
): Promise<SearchHit[]> {
  const q = luceneQuery(input);
  if (q === null) return [];
  const only = labels && labels.length > 0 ? labels : null;
  // Over-fetch from the index when filtering by label, so a label's hits are not crowded out.
  const res = await tx.run(
    `CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: $fetch}) YIELD node, score
     WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
     WITH node, score ORDER BY score DESC, node.name, node.id LIMIT $first
     RETURN ${entityMap('node', props)} AS node, score`,
    { q, labels: only, fetch: neo4j.int(only ? first * 10 : first), first: neo4j.int(first) },
  );
  return res.records.map((r) => ({ entity: fromEntityMap(r.get('node') as EntityMap), score: r.get('score') as number }));
}
