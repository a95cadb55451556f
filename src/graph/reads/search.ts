import neo4j from 'neo4j-driver';
import type { EntityLabel } from '../../model/vocabulary.ts';
import type { EntityProp, Page, SearchHit } from '../rows.ts';
import type { QueryRunner } from '../sessions.ts';
import { toPage } from './paging.ts';
import { entityMap, fromEntityMap, type EntityMap } from './projections.ts';
import type { PageArgs } from './provenance.ts';

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

/**
 * One keyset page of hits, best first (score, then name and id). Only a first page without a label
 * filter can take its rows from the top of the index (`limit`); after a cursor or with labels,
 * the rows to skip or drop are unknown, so every hit is sorted (Top-K) in Cypher. The total counts
 * every hit and is read only when asked.
 */
export async function searchEntities(
  tx: QueryRunner,
  input: string,
  labels: readonly EntityLabel[] | null,
  page: PageArgs,
  props?: readonly EntityProp[],
): Promise<Page<SearchHit>> {
  const q = luceneQuery(input);
  if (q === null) return { rows: [], total: 0, hasNextPage: false };
  const only = labels && labels.length > 0 ? labels : null;
  const fetch = only || page.after ? {} : { limit: neo4j.int(page.first + 1) };
  const inLabels = '($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))';
  const res = await tx.run(
    `CALL db.index.fulltext.queryNodes('entity_names', $q, $fetch) YIELD node, score
     WHERE ${inLabels}
       AND ($afterScore IS NULL OR score < $afterScore OR (score = $afterScore
            AND (node.name > $afterName OR (node.name = $afterName AND node.id > $afterId))))
     WITH node, score ORDER BY score DESC, node.name, node.id LIMIT $limit
     RETURN ${entityMap('node', props)} AS node, score`,
    {
      q,
      labels: only,
      fetch,
      afterScore: page.after?.key ?? null,
      afterName: page.after?.key2 ?? null,
      afterId: page.after?.id ?? null,
      limit: neo4j.int(page.first + 1),
    },
  );
  const hits = res.records.map((r) => ({ entity: fromEntityMap(r.get('node') as EntityMap), score: r.get('score') as number }));
  let total = 0;
  if (page.total) {
    const counted = await tx.run(
      `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node WHERE ${inLabels} RETURN count(*) AS total`,
      { q, labels: only },
    );
    total = counted.records[0]!.get('total') as number;
  }
  return toPage(hits, page.first, total);
}
