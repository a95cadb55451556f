import neo4j from 'neo4j-driver';
import type { Keyset, Page, SentenceRow, TextField, TextHit } from '../rows.ts';
import type { QueryRunner } from '../sessions.ts';
import { toPage } from './paging.ts';
import { luceneQuery, searchWords } from './search.ts';
import { matchSpans } from './text-matches.ts';

// Search over what articles say: the full-text indexes over sentence text (sentence_text) and
// article titles (article_title), cypher/schema.cypher. The words are matched as `search` matches
// names (search.ts: all of them, whole or as a prefix, never as Lucene syntax); hits come best
// first, keyset-paged on (score, id), with where the words are in the hit's text.

/** The indexes by what they hold. A title that is also the article's first sentence (an article without a header) is found as that sentence only. */
const PARTS: Record<TextField, string> = {
  SENTENCE: `CALL db.index.fulltext.queryNodes('sentence_text', $q) YIELD node, score
       RETURN node, score, 'SENTENCE' AS field`,
  TITLE: `CALL db.index.fulltext.queryNodes('article_title', $q) YIELD node, score
       WHERE NOT EXISTS { (node)-[:HAS_SENTENCE]->(:Sentence {index: 0, text: node.title}) }
       RETURN node, score, 'TITLE' AS field`,
};

export interface TextSearchArgs {
  query: string;
  /** Where to look; at least one. */
  fields: readonly TextField[];
  first: number;
  after: Keyset | null;
  /** Count every hit (a second pass over the index), or leave the total at 0 when nobody reads it. */
  total: boolean;
}

type HitMap = {
  id: string;
  field: TextField;
  score: number;
  articleId: string;
  title?: string;
  index?: number;
  start?: number;
  end?: number;
  text?: string;
};

/** A page of hits; empty when the query has no word to search for. */
export async function textSearch(tx: QueryRunner, a: TextSearchArgs): Promise<Page<TextHit>> {
  const q = luceneQuery(a.query);
  if (q === null || a.fields.length === 0) return { rows: [], total: 0, hasNextPage: false };
  const hits = `CALL () {
       ${[...new Set(a.fields)].map((f) => PARTS[f]).join('\n       UNION ALL\n       ')}
     }`;
  const res = await tx.run(
    `CALL () {
       ${a.total ? `${hits} RETURN count(*) AS total` : 'RETURN 0 AS total'}
     }
     CALL () {
       ${hits}
       WITH node, score, field
       WHERE $after IS NULL OR score < $after.key OR (score = $after.key AND node.id > $after.id)
       WITH node, score, field ORDER BY score DESC, node.id LIMIT $limit
       RETURN collect(CASE field
         WHEN 'SENTENCE' THEN node {.id, .articleId, .index, .start, .end, .text, field: field, score: score}
         ELSE node {.id, .title, articleId: node.id, field: field, score: score} END) AS page
     }
     RETURN total, page`,
    { q, after: a.after, limit: neo4j.int(a.first + 1) },
  );
  const rec = res.records[0]!;
  const words = searchWords(a.query);
  const rows = (rec.get('page') as HitMap[]).map((h) => toHit(h, words));
  return toPage(rows, a.first, rec.get('total') as number);
}

function toHit(h: HitMap, words: readonly string[]): TextHit {
  const text = (h.field === 'SENTENCE' ? h.text : h.title) ?? '';
  const sentence: SentenceRow | null =
    h.field === 'SENTENCE' ? { id: h.id, articleId: h.articleId, index: h.index!, start: h.start!, end: h.end!, text } : null;
  return { field: h.field, id: h.id, score: h.score, text, matches: matchSpans(text, words), sentence, articleId: h.articleId };
}
