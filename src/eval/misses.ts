// What a score is made of: the gold entities the extractor missed, the ones it invented, and the
// stated relations it missed with how many of their endpoints it found. A relation whose endpoints
// were both found is a relation-frame miss; one with a missing endpoint is an entity miss first.
import type { ScoredGraph } from './documents.ts';
import { relationKey } from './normalize.ts';

interface Named {
  type: string;
  name: string;
}
interface MissedRelation {
  type: string;
  from: string;
  to: string;
  /** How many of the two gold endpoints the extractor found (0, 1 or 2). */
  found: number;
}
export interface Misses {
  missed: Named[];
  spurious: Named[];
  relations: MissedRelation[];
}

/** `match`: predicted id → gold id, as the (partial) entity matching made it. */
export function missesOf(gold: ScoredGraph, pred: ScoredGraph, match: Map<string, string>, scored: string[]): Misses {
  const found = new Set(match.values());
  const goldName = new Map(gold.entities.filter((e) => scored.includes(e.type)).map((e) => [e.id, e.name]));
  const predKeys = new Set(pred.relations.map((r) => `${relationKey(r.type)}|${match.get(r.from) ?? ''}|${match.get(r.to) ?? ''}`));
  const named = (e: Named): Named => ({ type: e.type, name: e.name });
  return {
    missed: gold.entities.filter((e) => scored.includes(e.type) && !found.has(e.id)).map(named),
    spurious: pred.entities.filter((e) => scored.includes(e.type) && !match.has(e.id)).map(named),
    relations: gold.relations
      .filter((r) => !r.implicit && goldName.has(r.from) && goldName.has(r.to))
      .filter((r) => !predKeys.has(`${relationKey(r.type)}|${r.from}|${r.to}`))
      .map((r) => ({
        type: r.type,
        from: goldName.get(r.from)!,
        to: goldName.get(r.to)!,
        found: Number(found.has(r.from)) + Number(found.has(r.to)),
      })),
  };
}
