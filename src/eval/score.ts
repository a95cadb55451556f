// Scores an extracted graph against a gold annotation, strict and partial, as the reference
// scorer score-extraction.py does (a port: on every gold file of data/ both printed the same
// figures when it was written; tests/eval pins the rules on made-up cases). Entities match on type plus a shared normalised name or alias; the partial figure also
// lets a descriptive entity match on half its content words; relations match on type plus
// matched endpoints.
import { contentWords, norm, relationKey, words } from './normalize.ts';
import { mentionText, predictedSpans, type ScoredEntity, type ScoredGraph } from './documents.ts';
import { type Misses, missesOf } from './misses.ts';

export interface Prf {
  tp: number;
  pred: number;
  gold: number;
  p: number;
  r: number;
  f1: number;
}
export interface ScoreReport {
  entities: Record<string, Prf>;
  entities_all: Prf;
  relations_stated: Prf;
  relations_all: Prf;
  entities_partial: Record<string, Prf>;
  entities_all_partial: Prf;
  relations_stated_partial: Prf;
  relations_all_partial: Prf;
  direct_quotes_by_speaker: Record<string, { gold: number; pred: number }>;
  /** Under the partial matching: what was missed, invented, and which stated relations are missing. */
  misses: Misses;
  spans?: { valid: number; total: number };
}

/** Types whose names are descriptions, not proper names: only these match partially. */
export const PARTIAL_TYPES = new Set(['Plan', 'NationalObjective', 'Event', 'Organization', 'Place', 'Office']);

export function prf(tp: number, pred: number, gold: number): Prf {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { tp, pred, gold, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function names(e: ScoredEntity): Set<string> {
  const out = new Set([norm(e.name), ...[...e.aliases, ...e.mentions].map((m) => norm(mentionText(m)))]);
  out.delete('');
  return out;
}

const intersects = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));

function overlap(pe: ScoredEntity, ge: ScoredEntity): number {
  let best = 0;
  for (const a of names(pe)) {
    const wa = contentWords(a);
    for (const b of names(ge)) {
      const wb = contentWords(b);
      if (!wa.size || !wb.size) continue;
      const inter = [...wa].filter((w) => wb.has(w)).length;
      best = Math.max(best, inter / new Set([...wa, ...wb]).size);
    }
  }
  return best;
}

type Speakers = Map<string, string>; // `${side}:${statementId}` → speaker id

function speakersOf(gold: ScoredGraph, pred: ScoredGraph): Speakers {
  const out: Speakers = new Map();
  for (const [side, g] of [
    ['g', gold],
    ['p', pred],
  ] as const) {
    for (const r of g.relations) if (relationKey(r.type) === 'said') out.set(`${side}:${r.to}`, r.from);
  }
  return out;
}

function matchEntities(gold: ScoredGraph, pred: ScoredGraph, speaker: Speakers, partial: boolean): Map<string, string> {
  const gtypes = new Set(gold.entities.map((e) => e.type));
  const match = new Map<string, string>();
  const used = new Set<string>();
  for (const pe of pred.entities) {
    if (!gtypes.has(pe.type) || pe.type === 'Statement') continue;
    const pn = names(pe);
    const ge = gold.entities.find((g) => !used.has(g.id) && g.type === pe.type && intersects(pn, names(g)));
    if (ge) {
      match.set(pe.id, ge.id);
      used.add(ge.id);
    }
  }
  if (partial) {
    const cands: [number, number, number][] = [];
    pred.entities.forEach((pe, i) => {
      if (!PARTIAL_TYPES.has(pe.type) || match.has(pe.id)) return;
      gold.entities.forEach((ge, j) => {
        if (ge.type === pe.type && !used.has(ge.id)) cands.push([overlap(pe, ge), i, j]);
      });
    });
    // best overlap first; ties as Python's reverse tuple sort breaks them (later index first)
    cands.sort((a, b) => b[0] - a[0] || b[1] - a[1] || b[2] - a[2]);
    for (const [sc, i, j] of cands) {
      if (sc < 0.5) break;
      const pe = pred.entities[i]!;
      const ge = gold.entities[j]!;
      if (match.has(pe.id) || used.has(ge.id)) continue;
      match.set(pe.id, ge.id);
      used.add(ge.id);
    }
  }
  if (gold.entities.some((g) => g.type === 'Statement' && g.mentions.length)) matchStatements(gold, pred, speaker, match, used);
  return match;
}

function matchStatements(gold: ScoredGraph, pred: ScoredGraph, speaker: Speakers, match: Map<string, string>, used: Set<string>): void {
  for (const pe of pred.entities) {
    if (pe.type !== 'Statement') continue;
    const pw = pe.mentions.length ? new Set(pe.mentions.flatMap((m) => [...words(mentionText(m))])) : words(pe.name);
    const ps = match.get(speaker.get(`p:${pe.id}`) ?? '');
    let best: string | undefined;
    let bestJ = 0.5;
    for (const ge of gold.entities) {
      if (ge.type !== 'Statement' || used.has(ge.id)) continue;
      const gw = new Set(ge.mentions.flatMap((m) => [...words(mentionText(m))]));
      const inter = [...pw].filter((w) => gw.has(w)).length;
      const j = inter / Math.max(1, new Set([...pw, ...gw]).size);
      if (j >= bestJ && (ps === undefined || ps === speaker.get(`g:${ge.id}`))) {
        best = ge.id;
        bestJ = j;
      }
    }
    if (best) {
      match.set(pe.id, best);
      used.add(best);
    }
  }
}

function scoreOnce(gold: ScoredGraph, pred: ScoredGraph, speaker: Speakers, partial: boolean) {
  const match = matchEntities(gold, pred, speaker, partial);
  const statementText = gold.entities.some((g) => g.type === 'Statement' && g.mentions.length);
  const scored = [...new Set(gold.entities.map((e) => e.type))].filter((t) => statementText || t !== 'Statement').sort();
  const entities: Record<string, Prf> = {};
  let TP = 0,
    NP = 0,
    NG = 0;
  for (const t of scored) {
    const np = pred.entities.filter((e) => e.type === t).length;
    const ng = gold.entities.filter((e) => e.type === t).length;
    const tp = pred.entities.filter((e) => e.type === t && match.has(e.id)).length;
    entities[t] = prf(tp, np, ng);
    TP += tp;
    NP += np;
    NG += ng;
  }
  const gType = new Map(gold.entities.map((e) => [e.id, e.type]));
  const pType = new Map(pred.entities.map((e) => [e.id, e.type]));
  const key = (r: { type: string; from: string; to: string }, side: 'g' | 'p') =>
    side === 'g'
      ? `${relationKey(r.type)}|${r.from}|${r.to}`
      : `${relationKey(r.type)}|${match.get(r.from) ?? ''}|${match.get(r.to) ?? ''}`;
  const allGold = new Set(gold.relations.map((r) => key(r, 'g')));
  const predKeys = new Set(
    pred.relations
      .filter((r) => scored.includes(pType.get(r.from) ?? '') && scored.includes(pType.get(r.to) ?? ''))
      .map((r) => key(r, 'p')),
  );
  const relations = (keep: (r: ScoredGraph['relations'][number]) => boolean): Prf => {
    const gkeys = new Set(
      gold.relations
        .filter((r) => keep(r) && (statementText || (gType.get(r.from) !== 'Statement' && gType.get(r.to) !== 'Statement')))
        .map((r) => key(r, 'g')),
    );
    // a predicted relation that matches an implicit gold relation is not a false positive
    const counted = [...predKeys].filter((k) => gkeys.has(k) || !allGold.has(k)).length;
    const tp = [...predKeys].filter((k) => gkeys.has(k)).length;
    return prf(tp, counted, gkeys.size);
  };
  return {
    entities,
    entities_all: prf(TP, NP, NG),
    relations_stated: relations((r) => !r.implicit),
    relations_all: relations(() => true),
    match,
    scored,
  };
}

/** Scores `pred` against `gold`; with `body`, also checks that each predicted span cuts out its text. */
export function scoreGraph(gold: ScoredGraph, pred: ScoredGraph, body?: string): ScoreReport {
  const speaker = speakersOf(gold, pred);
  const strict = scoreOnce(gold, pred, speaker, false);
  const part = scoreOnce(gold, pred, speaker, true);
  const quotes: Record<string, { gold: number; pred: number }> = {};
  for (const [side, g] of [
    ['g', gold],
    ['p', pred],
  ] as const) {
    for (const e of g.entities) {
      if (e.type !== 'Statement' || (e.speech ?? 'direct') !== 'direct') continue;
      const s = speaker.get(`${side}:${e.id}`);
      const who = side === 'g' ? String(s) : (strict.match.get(s ?? '') ?? `unmatched:${s}`);
      quotes[who] ??= { gold: 0, pred: 0 };
      quotes[who][side === 'g' ? 'gold' : 'pred'] += 1;
    }
  }
  const report: ScoreReport = {
    entities: strict.entities,
    entities_all: strict.entities_all,
    relations_stated: strict.relations_stated,
    relations_all: strict.relations_all,
    entities_partial: part.entities,
    entities_all_partial: part.entities_all,
    relations_stated_partial: part.relations_stated,
    relations_all_partial: part.relations_all,
    direct_quotes_by_speaker: quotes,
    misses: missesOf(gold, pred, part.match, part.scored),
  };
  if (body !== undefined) {
    const spans = predictedSpans(pred);
    report.spans = {
      valid: spans.filter((m) => m.start !== undefined && body.slice(m.start, m.end) === m.text).length,
      total: spans.length,
    };
  }
  return report;
}
