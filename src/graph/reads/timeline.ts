import neo4j from 'neo4j-driver';
import type { RelationType } from '../../model/vocabulary.ts';
import type { EntityProp, EvidenceRow, Keyset, Page, TimelineItemRow, TimelineKind } from '../rows.ts';
import type { QueryRunner } from '../sessions.ts';
import { toPage } from './paging.ts';
import { entityMap, fromEntityMap, type EntityMap } from './projections.ts';
import { inWindow, type DateWindow } from './reported.ts';

// An entity's timeline: what a reader would draw on a line of dates. Each point is one of its
// relationships (either direction) to an event, statement, plan or objective, or office (and an
// office's holders), as one supporting article reports it: a relationship reported by three
// articles is three points, each dated by its article and carrying that article's evidence.

export interface TimelineArgs extends DateWindow {
  key: string;
  /** Only these kinds; null for all. */
  kinds: readonly TimelineKind[] | null;
  first: number;
  after: Keyset | null;
  total: boolean;
  props?: readonly EntityProp[];
}

/**
 * Sort key of a point: its article's date, then the article's key (points of one article stay
 * together), as one string; undated articles after every date ('~' sorts after digits). A month
 * ("2019-11 ") sorts before the days of that month ("2019-11-12 "): the space is below '-'.
 */
const SORT_KEY = "coalesce(a.published, '~') + ' ' + art";

// The points, with the variables the page reads: r, o, kind, art, date, k (sort key), at (first
// evidence offset in the article), id. The article is looked up by key (an index seek per point).
const points = (window: string) => `MATCH (x)-[r]-(o:Entity)
  WITH r, o, CASE WHEN type(r) = 'HOLDS_OFFICE' OR o:Office THEN 'OFFICE' WHEN o:Event THEN 'EVENT'
    WHEN o:Statement THEN 'STATEMENT' WHEN o:Plan OR o:NationalObjective THEN 'PLAN' END AS kind
  WHERE kind IS NOT NULL AND ($kinds IS NULL OR kind IN $kinds)
  UNWIND r.articleIds AS art
  MATCH (a:Article {id: art}) WHERE ${window}
  WITH r, o, kind, art, a.published AS date, ${SORT_KEY} AS k,
    [i IN range(0, size(coalesce(r.evSentenceIds, [])) - 1) WHERE r.evSentenceIds[i] STARTS WITH art + '#'] AS slots
  WITH r, o, kind, art, date, k, slots,
    coalesce(reduce(m = null, i IN slots | CASE WHEN m IS NULL OR r.evStarts[i] < m THEN r.evStarts[i] ELSE m END), 0) AS at,
    startNode(r).id + '-' + type(r) + '->' + endNode(r).id + '@' + art AS id`;

type PointTuple = [
  string,
  TimelineKind,
  string | null,
  RelationType,
  boolean,
  EntityMap,
  string,
  [string, number, number, string, boolean][],
  string,
  number,
];

/** One page of an entity's timeline in date order; null when no entity has the key. */
export async function timeline(tx: QueryRunner, a: TimelineArgs): Promise<Page<TimelineItemRow> | null> {
  const window = a.from || a.to ? inWindow('a.published', a.from ? '$from' : null, a.to ? '$to' : null) : 'true';
  const res = await tx.run(
    `MATCH (x:Entity {id: $key})
     CALL (x) { ${a.total ? `${points(window)} RETURN count(*) AS total` : 'RETURN null AS total'} }
     CALL (x) {
       ${points(window)}
       WHERE $after IS NULL OR k > $after.key OR (k = $after.key AND (at > $after.key2 OR (at = $after.key2 AND id > $after.id)))
       WITH r, o, kind, art, date, k, slots, at, id ORDER BY k, at, id LIMIT $limit
       RETURN collect([id, kind, date, type(r), startNode(r) = x, ${entityMap('o', a.props)}, art,
         [i IN slots | [r.evSentenceIds[i], r.evStarts[i], r.evEnds[i], r.evTexts[i], coalesce(r.evImplicit[i], false)]], k, at]) AS rows
     }
     RETURN total, rows`,
    {
      key: a.key,
      from: a.from ?? null,
      to: a.to ?? null,
      kinds: a.kinds,
      // A cursor of another list may lack key2: it then compares as null and matches no row.
      after: a.after ? { key: a.after.key, key2: a.after.key2 ?? null, id: a.after.id } : null,
      limit: neo4j.int(a.first + 1),
    },
  );
  const rec = res.records[0];
  if (!rec) return null;
  const rows = (rec.get('rows') as PointTuple[]).map(toItem);
  return toPage(rows, a.first, (rec.get('total') as number | null) ?? 0);
}

function toItem([id, kind, date, type, out, o, articleId, ev, k, at]: PointTuple): TimelineItemRow {
  const evidence = ev.map(
    ([sentenceId, start, end, text, implicit]): EvidenceRow => ({ sentenceId, articleId, start, end, text, implicit }),
  );
  return {
    id,
    kind,
    date,
    type,
    direction: out ? 'OUT' : 'IN',
    entity: fromEntityMap(o),
    articleId,
    evidence,
    keyset: { key: k, key2: at, id },
  };
}
