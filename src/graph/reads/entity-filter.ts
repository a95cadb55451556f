import Cypher from '@neo4j/cypher-builder';
import { entityInWindow, type DateWindow } from './reported.ts';

// Entity filters as Cypher predicates. The shape varies with the filter, so it is built with
// @neo4j/cypher-builder; every user value becomes a parameter, never Cypher text.

export interface EntityFilter {
  nameContains?: string | null;
  nameStartsWith?: string | null;
  /** Key of a country the entity is tied to (COUNTRY_LINKS, either direction). */
  country?: string | null;
  /** Key of a topic the entity covers. */
  topic?: string | null;
  /** Key of an article that mentions the entity. */
  article?: string | null;
  /** Events: ISO date bounds (YYYY, YYYY-MM or YYYY-MM-DD), inclusive; a partial date matches when it overlaps. */
  dateFrom?: string | null;
  dateTo?: string | null;
  /** Some article that mentions the entity is dated in this window (reads/reported.ts). */
  reported?: DateWindow | null;
  and?: readonly EntityFilter[] | null;
  or?: readonly EntityFilter[] | null;
  not?: EntityFilter | null;
}

export const COUNTRY_LINKS = ['AFFILIATED_WITH', 'OFFICE_OF', 'OBJECTIVE_OF', 'PARTY_TO', 'HELD_IN', 'LOCATED_IN'] as const;
const MAX_FILTER_NESTING = 4;
const MAX_FILTER_CONDITIONS = 24;

export class InvalidFilterError extends Error {}

const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** An event's date as ISO text: `attr_date` when ISO, or "May 2016" style text turned into 2016-05. */
function isoDateOf(e: Cypher.Node): Cypher.Expr {
  const d = e.property('attr_date');
  const months = new Cypher.Param(Object.fromEntries(MONTHS.map((m, i) => [m, String(i + 1).padStart(2, '0')])));
  return new Cypher.Raw((ctx) => {
    const [dc, mc] = [ctx.compile(d), ctx.compile(months)];
    return `CASE WHEN ${dc} =~ '\\\\d{4}(-\\\\d{2}(-\\\\d{2})?)?' THEN ${dc} WHEN ${dc} =~ '[A-Za-z]+ \\\\d{4}' THEN split(${dc}, ' ')[1] + '-' + ${mc}[toLower(split(${dc}, ' ')[0])] END`;
  });
}

function linked(
  e: Cypher.Node,
  type: string | Cypher.LabelExpr,
  direction: 'right' | 'undirected',
  label: string,
  key: string,
): Cypher.Predicate {
  const pattern = new Cypher.Pattern(e).related({ type, direction }).to({ labels: [label], properties: { id: new Cypher.Param(key) } });
  return new Cypher.Exists(new Cypher.Match(pattern));
}

function leaf(e: Cypher.Node, f: EntityFilter): Cypher.Predicate[] {
  const out: Cypher.Predicate[] = [];
  if (f.nameContains) {
    const q = new Cypher.Param(f.nameContains.toLowerCase());
    const x = new Cypher.Variable();
    out.push(
      Cypher.or(
        Cypher.contains(Cypher.toLower(e.property('name')), q),
        Cypher.any(x, Cypher.coalesce(e.property('aliases'), new Cypher.List([])), Cypher.contains(Cypher.toLower(x), q)),
      ),
    );
  }
  if (f.nameStartsWith) out.push(Cypher.startsWith(Cypher.toLower(e.property('name')), new Cypher.Param(f.nameStartsWith.toLowerCase())));
  if (f.country) out.push(linked(e, Cypher.labelExpr.or(...COUNTRY_LINKS), 'undirected', 'Country', f.country));
  if (f.topic) out.push(linked(e, 'COVERS', 'right', 'Topic', f.topic));
  if (f.article) {
    const mention = new Cypher.Pattern({ labels: ['Sentence'], properties: { articleId: new Cypher.Param(f.article) } })
      .related({ type: 'MENTIONS' })
      .to(e);
    out.push(new Cypher.Exists(new Cypher.Match(mention)));
  }
  if (f.dateFrom || f.dateTo) out.push(dateRange(isoDateOf(e), f.dateFrom, f.dateTo));
  if (f.reported?.from || f.reported?.to) out.push(reportedIn(e, f.reported));
  return out;
}

function reportedIn(e: Cypher.Node, w: DateWindow): Cypher.Predicate {
  const [from, to] = [w.from ? new Cypher.Param(w.from) : null, w.to ? new Cypher.Param(w.to) : null];
  return new Cypher.Raw((ctx) => entityInWindow(ctx.compile(e), from && ctx.compile(from), to && ctx.compile(to)));
}

/** A (possibly partial) ISO date d overlaps [from, to] when its prefixes compare inside the bounds. */
export function dateRange(d: Cypher.Expr, from?: string | null, to?: string | null): Cypher.Predicate {
  for (const v of [from, to])
    if (v && !ISO_DATE.test(v)) throw new InvalidFilterError(`dates look like YYYY, YYYY-MM or YYYY-MM-DD, not "${v}"`);
  const parts: Cypher.Predicate[] = [];
  if (from) {
    const p = new Cypher.Param(from);
    parts.push(Cypher.gte(d, Cypher.left(p, Cypher.size(d))));
  }
  if (to) {
    const p = new Cypher.Param(to);
    parts.push(Cypher.lte(Cypher.left(d, Cypher.size(p)), p));
  }
  // A null date compares to null: the event is left out, also under NOT.
  return parts.length ? Cypher.and(...parts)! : Cypher.isNotNull(d);
}

/** Where a filtered list starts: a node found by an index seek on its id, expanded to the candidates. */
interface FilterAnchor {
  /** The path from the anchor node to `e` (anchor bound by id, `e` with the list's label). */
  pattern: Cypher.Pattern;
  /** What is left of the filter once the anchor holds. */
  rest: EntityFilter;
}

/**
 * A top-level (ANDed) article, topic or country condition, as the starting point of the match:
 * the list then expands from one node found by an index seek instead of scanning the label and
 * testing each node. Article first (the fewest candidates), then topic, then country.
 */
export function filterAnchor(e: Cypher.Node, label: string, f: EntityFilter | null | undefined): FilterAnchor | undefined {
  if (!f) return undefined;
  const target = { labels: [label] };
  if (f.article) {
    const pattern = new Cypher.Pattern({ labels: ['Sentence'], properties: { articleId: new Cypher.Param(f.article) } })
      .related({ type: 'MENTIONS' })
      .to(e, target);
    return { pattern, rest: { ...f, article: null } };
  }
  if (f.topic) {
    const pattern = new Cypher.Pattern({ labels: ['Topic'], properties: { id: new Cypher.Param(f.topic) } })
      .related({ type: 'COVERS', direction: 'left' })
      .to(e, target);
    return { pattern, rest: { ...f, topic: null } };
  }
  if (f.country) {
    const pattern = new Cypher.Pattern({ labels: ['Country'], properties: { id: new Cypher.Param(f.country) } })
      .related({ type: Cypher.labelExpr.or(...COUNTRY_LINKS), direction: 'undirected' })
      .to(e, target);
    return { pattern, rest: { ...f, country: null } };
  }
  return undefined;
}

/** The filter as one predicate on `e` (undefined when it filters nothing); bounded in size. */
export function entityPredicate(e: Cypher.Node, f: EntityFilter | null | undefined): Cypher.Predicate | undefined {
  let conditions = 0;
  const walk = (g: EntityFilter, depth: number): Cypher.Predicate | undefined => {
    if (depth > MAX_FILTER_NESTING) throw new InvalidFilterError(`filters nest at most ${MAX_FILTER_NESTING} deep`);
    const parts = leaf(e, g);
    conditions += parts.length;
    if (conditions > MAX_FILTER_CONDITIONS) throw new InvalidFilterError(`a filter has at most ${MAX_FILTER_CONDITIONS} conditions`);
    for (const sub of g.and ?? []) {
      const p = walk(sub, depth + 1);
      if (p) parts.push(p);
    }
    const ors = (g.or ?? []).map((sub) => walk(sub, depth + 1));
    // An empty alternative matches everything, so the whole OR does.
    if (ors.length > 0 && ors.every((p) => p !== undefined)) parts.push(Cypher.or(...ors)!);
    if (g.not) {
      const p = walk(g.not, depth + 1);
      parts.push(p ? Cypher.not(p) : Cypher.false);
    }
    return parts.length === 0 ? undefined : Cypher.and(...parts);
  };
  return f ? walk(f, 1) : undefined;
}
