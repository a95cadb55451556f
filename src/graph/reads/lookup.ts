import neo4j from 'neo4j-driver';
import type { EntityLabel } from '../../model/vocabulary.ts';
import type { EntityProp, NameLookup, NameMatch, NameMatchKind } from '../rows.ts';
import type { QueryRunner } from '../sessions.ts';
import { entityMap, fromEntityMap, type EntityMap } from './projections.ts';
import { luceneQuery } from './search.ts';

// Lookup of one entity by its name or an alias (entityByName). Three ways to match, each tried
// only when the one before found nothing: the name, case-insensitively; an alias, the same way;
// the full-text index (all words, whole or as a prefix, as `search`). Both exact ways go through
// the full-text index too, with the whole input as one phrase: every node whose name or an alias
// equals the input contains that phrase (the same analyzer tokenizes both), so the index narrows
// the candidates without missing any, and the exact comparison (toLower on both sides) decides.

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** At most this many other matches come back with the best one. */
export const MAX_ALTERNATIVES = 10;

type Row = { node: EntityMap; texts: (string | null)[]; kind?: NameMatchKind };

export async function lookupByName(
  tx: QueryRunner,
  name: string,
  label: EntityLabel | null,
  props?: readonly EntityProp[],
): Promise<NameLookup | null> {
  if (!/[\p{L}\p{N}]/u.test(name)) return null; // nothing the index could hold
  const phrase = `"${name.toLowerCase().replace(LUCENE_SPECIAL, (c) => `\\${c}`)}"`;
  // Ties within a way (two "Georgia"s) put the entity with more relationships first, then by key.
  const exact = await tx.run(
    `CALL db.index.fulltext.queryNodes('entity_names', $phrase) YIELD node
     WHERE $label IS NULL OR $label IN labels(node)
     WITH node, toLower($name) AS wanted
     WITH node, CASE WHEN toLower(node.name) = wanted THEN 'EXACT_NAME'
                     WHEN any(a IN coalesce(node.aliases, []) WHERE toLower(a) = wanted) THEN 'ALIAS' END AS kind,
          [a IN coalesce(node.aliases, []) WHERE toLower(a) = wanted] AS aliasHits
     WHERE kind IS NOT NULL
     WITH node, kind, aliasHits, COUNT { (node)--() } AS degree
     ORDER BY kind = 'EXACT_NAME' DESC, degree DESC, node.id
     RETURN ${entityMap('node', props)} AS node, kind, CASE kind WHEN 'EXACT_NAME' THEN [node.name] ELSE aliasHits END AS texts`,
    { phrase, name, label },
  );
  let rows: Row[] = exact.records.map((r) => ({
    node: r.get('node') as EntityMap,
    texts: r.get('texts') as string[],
    kind: r.get('kind') as NameMatchKind,
  }));
  if (rows.length > 0) {
    const kind = rows[0]!.kind!;
    const same = rows.filter((r) => r.kind === kind);
    return toLookup(same.map((r) => ({ entity: fromEntityMap(r.node), matchedBy: kind, matchedText: r.texts[0]! })));
  }

  const q = luceneQuery(name);
  if (q === null) return null;
  const fetch = MAX_ALTERNATIVES + 1;
  const text = await tx.run(
    `CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: $limit}) YIELD node, score
     WHERE $label IS NULL OR $label IN labels(node)
     WITH node, score ORDER BY score DESC, node.name, node.id LIMIT $fetch
     RETURN ${entityMap('node', props)} AS node, [node.name] + coalesce(node.aliases, []) AS texts`,
    // Over-fetch from the index when filtering by label, so a label's hits are not crowded out.
    { q, label, limit: neo4j.int(label ? fetch * 10 : fetch), fetch: neo4j.int(fetch) },
  );
  rows = text.records.map((r) => ({ node: r.get('node') as EntityMap, texts: r.get('texts') as string[] }));
  if (rows.length === 0) return null;
  return toLookup(rows.map((r) => ({ entity: fromEntityMap(r.node), matchedBy: 'FULL_TEXT', matchedText: bestText(name, r.texts) })));
}

function toLookup(matches: NameMatch[]): NameLookup {
  return { best: matches[0]!, alternatives: matches.slice(1, 1 + MAX_ALTERNATIVES) };
}

const tokens = (s: string) =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** Of a node's name and aliases, the one the input's words match best (each word whole or as a prefix of a word); the name on a tie. */
function bestText(input: string, texts: readonly (string | null)[]): string {
  const words = tokens(input);
  let best = texts[0] ?? '';
  let bestScore = -1;
  for (const t of texts) {
    if (!t) continue;
    const ts = tokens(t);
    const score = words.filter((w) => ts.some((x) => x.startsWith(w))).length;
    if (score > bestScore) [best, bestScore] = [t, score];
  }
  return best;
}
