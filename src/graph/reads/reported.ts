import type { QueryRunner } from '../sessions.ts';
import type { Params, RelationSelection } from './compile-selection.ts';
import type { Reported } from '../rows.ts';

// When a fact was reported: the published dates of the articles that support it. An entity's
// articles are those of the sentences that mention it; a relationship's are its `articleIds` (the
// articles of its evidence). Dates are ISO text as articles give them (YYYY, YYYY-MM or
// YYYY-MM-DD), so a date stands for a span (a whole month, a whole year) and two dates compare by
// their common prefix. Undated articles count in `articleCount` and give no date.

/** A window of dates, each bound optional and inclusive (a partial bound covers its whole month or year). */
export interface DateWindow {
  from?: string | null;
  to?: string | null;
}

/**
 * Cypher: span `a` starts no later than span `b` ends. Each side is cut to the other's length, so
 * 2019-06-15 is not after 2019-06, nor 2019 after 2019-12-31; null when either is null.
 */
const notAfter = (a: string, b: string) => `left(${a}, size(${b})) <= left(${b}, size(${a}))`;

/** Cypher: date expression `d` falls in the window whose bounds are the parameters `from`/`to` (null when absent). */
export function inWindow(d: string, from: string | null, to: string | null): string {
  const parts = [...(from ? [notAfter(from, d)] : []), ...(to ? [notAfter(d, to)] : [])];
  return parts.length > 0 ? `(${parts.join(' AND ')})` : `${d} IS NOT NULL`;
}

/**
 * Cypher: [first date, last date, count] of a list of article dates (null for an undated article).
 * Folded with reduce, not min()/max(): Neo4j 5 takes an aggregate inside a COLLECT {} that sits in
 * a projection for an aggregation of the projection itself, and refuses the query.
 */
const span = (dates: string) =>
  `[ds IN [${dates}] | [reduce(m = null, d IN ds | CASE WHEN d IS NOT NULL AND (m IS NULL OR d < m) THEN d ELSE m END),
    reduce(m = null, d IN ds | CASE WHEN d IS NOT NULL AND (m IS NULL OR d > m) THEN d ELSE m END), size(ds)]][0]`;

/** Cypher: [first date, last date, article count] of relationship `r` (one index seek per article). */
export const relationshipReported = (r: string) =>
  span(`COLLECT { UNWIND ${r}.articleIds AS aid OPTIONAL MATCH (a:Article {id: aid}) RETURN a.published }`);

/** Cypher: some article of relationship `r` is dated in the window (parameter names `from`/`to`). */
const relationshipInWindow = (r: string, from: string | null, to: string | null) =>
  `EXISTS { UNWIND ${r}.articleIds AS aid MATCH (a:Article {id: aid}) WHERE ${inWindow('a.published', from, to)} }`;

/** Cypher: some article that mentions entity `e` is dated in the window. */
export const entityInWindow = (e: string, from: string | null, to: string | null) =>
  `EXISTS { MATCH (s:Sentence)-[:MENTIONS]->(${e}) MATCH (a:Article {id: s.articleId}) WHERE ${inWindow('a.published', from, to)} }`;

/**
 * Cypher: the rows of `match` (binding relationship `r` and node `t`) a reader asking "as reported
 * around `asOf`" wants, bound again as `r` and `t`. The rule: the relationships whose reporting
 * window [first date, last date] contains asOf; when none does, the ones last reported before it
 * (all those sharing the latest last date). Relationships with no dated article never qualify. All
 * of the parent's relationships of the field are read to decide. Gathered by a COLLECT {}, not
 * collect(): an aggregate here would be taken for one of the enclosing projection (see `span`).
 */
function asOfRows(match: string, r: string, t: string, asOf: string): string {
  const last = 'x[2][1]';
  const before = `reduce(m = null, x IN xs | CASE WHEN ${last} IS NOT NULL AND NOT ${notAfter(asOf, last)} AND (m IS NULL OR ${last} > m) THEN ${last} ELSE m END)`;
  return `UNWIND [COLLECT { ${match} RETURN [${r}, ${t}, ${relationshipReported(r)}] }] AS xs
    WITH xs, [x IN xs WHERE ${notAfter('x[2][0]', asOf)} AND ${notAfter(asOf, last)}] AS inside
    UNWIND CASE WHEN size(inside) > 0 THEN inside ELSE [x IN xs WHERE ${last} = ${before}] END AS x
    WITH x[0] AS ${r}, x[1] AS ${t}`;
}

/**
 * The MATCH of a page's rows, narrowed by the selection's reporting window and asOf; `match(extra)`
 * adds a condition on the rows kept (the cursor's). Untimed, it is `MATCH … WHERE labelled`.
 */
export function timedScope(arrow: string, labelled: string, rel: string, t: string, r: RelationSelection, params: Params) {
  const w = r.window?.from || r.window?.to ? r.window! : null;
  const cond = w
    ? `${labelled} AND ${relationshipInWindow(rel, w.from ? params.add(w.from) : null, w.to ? params.add(w.to) : null)}`
    : labelled;
  const asOf = r.asOf ? asOfRows(`MATCH ${arrow} WHERE ${cond}`, rel, t, params.add(r.asOf)) : null;
  return {
    timed: w !== null || asOf !== null,
    match: (extra?: string) =>
      asOf ? `${asOf}${extra ? ` WHERE ${extra}` : ''}` : `MATCH ${arrow} WHERE ${cond}${extra ? ` AND ${extra}` : ''}`,
  };
}

/** One reporting window per entity, in one query (the DataLoader batch). */
export async function reportedOfEntities(tx: QueryRunner, ids: readonly string[]): Promise<Map<string, Reported>> {
  const res = await tx.run(
    `UNWIND $ids AS id MATCH (e:Entity {id: id})
     RETURN id, ${span('COLLECT { MATCH (s:Sentence)-[:MENTIONS]->(e) WITH DISTINCT s.articleId AS aid OPTIONAL MATCH (a:Article {id: aid}) RETURN a.published }')} AS r`,
    { ids },
  );
  return new Map(res.records.map((rec) => [rec.get('id') as string, toReported(rec.get('r') as ReportedTuple)]));
}

export type ReportedTuple = [string | null, string | null, number];

export const toReported = ([firstDate, lastDate, articleCount]: ReportedTuple): Reported => ({ firstDate, lastDate, articleCount });
