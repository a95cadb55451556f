import type { ManagedTransaction } from 'neo4j-driver';
import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { labelOfId } from '../model/ids.ts';

// The change log, kept in Neo4j itself so that every process (each replica of the service, the
// CLI, a script using GraphStore) writes to and reads from the same one: a client that syncs, or a
// subscription on any replica, sees every committed write whoever made it. Each write transaction
// appends one (:Change) node in one statement, last: it increments the (:ChangeLog) counter, whose
// write lock is then held until the commit, so sequence numbers follow commit order (a poller that
// sees change n has seen every change before it) and have no gaps (a rolled-back write takes its
// number back with it). Facts are listed as keys on the Change, not as nodes of their own: an
// entity's key, or a relationship's `from TYPE to`.

export type ChangeKind = 'INGEST' | 'DELETE' | 'MERGE' | 'UPDATE' | 'IMPORT';

/** What one write changed, as keys. */
export interface ChangeSet {
  kind: ChangeKind;
  articlesAdded: string[];
  /** Articles whose text was loaded again (replaced: the same article before and after). */
  articlesReplaced: string[];
  articlesRemoved: string[];
  /** Entities and relationships the write created. */
  factsAdded: string[];
  /** For each added fact, the country keys it concerns, space-separated (see factCountries). */
  factCountries: string[];
  factsRemoved: string[];
  /** Entities that stayed but changed (renamed, given aliases, merged into). */
  entitiesUpdated: string[];
  /** True when a list was cut at MAX_KEYS (or, for an import, facts were not listed). */
  truncated?: boolean;
}

/** At most this many keys per list of a change: a huge batch stays one small node. */
const MAX_KEYS = 5000;

export function relationKey(from: string, type: string, to: string): string {
  return `${from} ${type} ${to}`;
}

export function emptyChange(kind: ChangeKind): ChangeSet {
  return {
    kind,
    articlesAdded: [],
    articlesReplaced: [],
    articlesRemoved: [],
    factsAdded: [],
    factCountries: [],
    factsRemoved: [],
    entitiesUpdated: [],
  };
}

const isCountry = (id: string) => labelOfId(id) === 'Country';

/**
 * The countries each added fact concerns: a country that is the fact, one of its ends, or tied by a
 * relationship of the same articles to one of its ends (Kajiyama's office, held by a Japanese
 * minister, concerns Japan). `graphs` are the articles the write loaded (none for a merge: then a
 * fact concerns the countries among its own ends).
 */
export function factCountries(facts: readonly string[], graphs: readonly ExtractedGraph[] = []): string[] {
  const tied = new Map<string, Set<string>>();
  const tie = (id: string, country: string) => {
    let set = tied.get(id);
    if (!set) tied.set(id, (set = new Set()));
    set.add(country);
  };
  for (const g of graphs)
    for (const r of g.relations) {
      if (isCountry(r.to)) tie(r.from, r.to);
      if (isCountry(r.from)) tie(r.to, r.from);
    }
  return facts.map((fact) => {
    const ends = fact.split(' ').filter((_, i) => i !== 1);
    const countries = new Set(ends.filter(isCountry));
    for (const end of ends) for (const c of tied.get(end) ?? []) countries.add(c);
    return [...countries].sort().join(' ');
  });
}

/** Cuts each list at MAX_KEYS (factCountries with factsAdded), noting it in `truncated`. */
function bounded(change: ChangeSet): ChangeSet {
  const lists = Object.values(change).filter((v): v is string[] => Array.isArray(v));
  if (lists.every((l) => l.length <= MAX_KEYS)) return { ...change, truncated: change.truncated ?? false };
  const cut = Object.fromEntries(Object.entries(change).map(([k, v]) => [k, Array.isArray(v) ? v.slice(0, MAX_KEYS) : v]));
  return { ...(cut as unknown as ChangeSet), truncated: true };
}

/** Appends the change to the log in the caller's write transaction; call it last (see above). Returns its sequence number. */
export async function appendChange(tx: ManagedTransaction, change: ChangeSet): Promise<number> {
  const res = await tx.run(
    `MERGE (log:ChangeLog {id: 'changes'})
     SET log.seq = coalesce(log.seq, 0) + 1
     CREATE (c:Change {seq: log.seq, at: datetime()}) SET c += $change
     RETURN log.seq AS seq`,
    { change: bounded(change) },
  );
  return res.records[0]!.get('seq') as number;
}
