// Experiment (issue 17, round 5): does a learned phrase classifier add what the rules miss on articles
// it was not trained on? Candidate noun phrases are chunked from wink's POS tags (a run of
// adjectives, nouns, names and numbers, up to two "of/for/on/…" attachments, every suffix of the
// run); each gets lexical and shape features (head, modifiers, neighbours, nearest verb, capitals,
// numbers, quotes); words seen in fewer than MINDF training articles are dropped, so no article's
// own names become features. A multinomial logistic regression (plain SGD, fixed order) is trained
// on one alphabetical half of the dev articles, labelled by the gold names and mentions, and its
// phrases above TAU that no rule claimed are added to the rules' output on the other half, then
// both halves swap. Result (bench/RESULTS.md, round 5): on the held-out half it never helped.
//   npx tsx bench/phrase-classifier.ts                 # all five descriptive types, TAU 0.6
//   TYPES=Plan TAU=0.8 RESID=1 PARTIAL=1 npx tsx bench/phrase-classifier.ts
// RESID=1 trains only on phrases the rules did not claim; PARTIAL=1 labels by half the content words.
import { readFileSync } from 'node:fs';
import { extractArticle } from '../src/extract/index.ts';
import { readText } from '../src/extract/stages/text.ts';
import { corpusArticles, scoreArticle, totals } from '../src/eval/corpus.ts';
import { norm } from '../src/eval/normalize.ts';
import type { ExtractedGraph } from '../src/model/extracted-graph.ts';

const TYPES = ['none', 'Plan', 'NationalObjective', 'Event', 'Organization', 'Place'] as const;
const WANT = (process.env.TYPES ?? 'Plan,NationalObjective,Event,Organization,Place').split(',');
const TAU = Number(process.env.TAU ?? 0.6);
const MINDF = Number(process.env.MINDF ?? 3);

interface Cand {
  start: number;
  end: number;
  text: string;
  feats: string[];
  arts?: string;
}

const NOUNY = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);
const LINK = new Set(['of', 'for', 'on', 'between', 'to', 'with', 'in']);

function candidates(raw: string): { cands: Cand[]; body: string } {
  const t = readText(raw);
  const toks = t.tokens;
  const out: Cand[] = [];
  const sentOf = (pos: number) => t.sentences.find((s) => s.start <= pos && pos < s.end);
  // base runs
  const runs: [number, number][] = [];
  let i = 0;
  while (i < toks.length) {
    if (NOUNY.has(toks[i]!.pos) || (toks[i]!.text === '-' && i > 0)) {
      let j = i;
      while (
        j + 1 < toks.length &&
        (NOUNY.has(toks[j + 1]!.pos) || toks[j + 1]!.text === '-' || toks[j + 1]!.text === "'s") &&
        toks[j + 1]!.start - toks[j]!.end <= 1
      )
        j++;
      while (j >= i && !['NOUN', 'PROPN', 'NUM'].includes(toks[j]!.pos)) j--;
      if (j >= i) runs.push([i, j]);
      i = Math.max(j + 1, i + 1);
    } else i++;
  }
  const ri = new Map(runs.map((r, k) => [r[0], k]));
  for (let k = 0; k < runs.length; k++) {
    const [a, b0] = runs[k]!;
    // extensions: run (LINK run){0,2}
    const ends: number[] = [b0];
    let b = b0;
    for (let ext = 0; ext < 2; ext++) {
      const nx = toks[b + 1];
      const nx2 = toks[b + 2];
      if (!nx || !LINK.has(nx.text.toLowerCase())) break;
      let c = b + 2;
      if (nx2 && ['the', 'a', 'an'].includes(nx2.text.toLowerCase())) c++;
      const r = ri.get(c);
      if (r === undefined) break;
      b = runs[r]![1];
      ends.push(b);
    }
    for (let s = a; s <= b0; s++) {
      if (['ADJ'].includes(toks[s]!.pos) && s === b0) continue;
      for (const e of ends) {
        if (e - s > 12) continue;
        const start = toks[s]!.start;
        const end = toks[e]!.end;
        const text = t.body.slice(start, end);
        if (text.includes('\n')) continue;
        const sent = sentOf(start);
        if (!sent || end > sent.end) continue;
        out.push({ start, end, text, feats: feats(toks, s, e, b0, sent.start, t.body) });
      }
    }
  }
  return { cands: out, body: t.body };
}

function feats(
  toks: ReturnType<typeof readText>['tokens'],
  s: number,
  e: number,
  headEnd: number,
  sentStart: number,
  body: string,
): string[] {
  const f: string[] = [];
  const lw = (i: number) => toks[i]!.text.toLowerCase();
  const head = Math.min(e, headEnd);
  f.push(`h:${lw(head)}`);
  f.push(`hp:${toks[head]!.pos}`);
  f.push(`f:${lw(s)}`);
  for (let i = s; i < head; i++) f.push(`m:${lw(i)}`);
  if (e > headEnd) {
    f.push('ext');
    f.push(`link:${lw(headEnd + 1)}`);
    f.push(`th:${lw(e)}`);
    f.push(`tp:${toks[e]!.pos}`);
  }
  const n = e - s + 1;
  f.push(`len:${Math.min(n, 6)}`);
  const words = toks.slice(s, e + 1).filter((t) => /\p{L}/u.test(t.text));
  const caps = words.filter((t) => /^\p{Lu}/u.test(t.text)).length;
  f.push(caps === words.length ? 'allcap' : caps === 0 ? 'nocap' : 'somecap');
  if (toks.slice(s, e + 1).some((t) => /^(19|20)\d\d$/.test(t.text))) f.push('year');
  if (toks.slice(s, e + 1).some((t) => t.pos === 'NUM')) f.push('num');
  if (toks.slice(s, e + 1).some((t) => t.pos === 'PROPN')) f.push('propn');
  const p1 = s > 0 && toks[s - 1]!.start >= sentStart ? toks[s - 1]! : undefined;
  const p2 = s > 1 && toks[s - 2]!.start >= sentStart ? toks[s - 2]! : undefined;
  f.push(`pw:${p1 ? p1.text.toLowerCase() : '<s>'}`);
  f.push(`pp:${p1 ? p1.pos : '<s>'}`);
  if (p2) f.push(`pw2:${p2.text.toLowerCase()}`);
  const nx = toks[e + 1];
  f.push(`nw:${nx ? nx.text.toLowerCase() : '</s>'}`);
  f.push(`np:${nx ? nx.pos : '</s>'}`);
  for (let i = s - 1; i >= 0 && toks[i]!.start >= sentStart && i > s - 8; i--)
    if (toks[i]!.pos === 'VERB') {
      f.push(`v:${toks[i]!.text.toLowerCase()}`);
      break;
    }
  const before = body.slice(Math.max(0, toks[s]!.start - 1), toks[s]!.start);
  if (/["“‘']/.test(before)) f.push('quoted');
  if (s > 0 && toks[s - 1]!.text === '(') f.push('paren');
  return f;
}

const CW = (x: string) =>
  new Set(
    x
      .split(' ')
      .filter((w) => w.length > 2 && !['of', 'on', 'in', 'to', 'for', 'and', 'with', 'by', 'at', 'from', 'the', 'between'].includes(w)),
  );
function label(c: Cand, gold: { type: string; names: Set<string> }[]): string {
  const n = norm(c.text);
  for (const g of gold) if (g.names.has(n)) return g.type;
  if (process.env.PARTIAL) {
    const a = CW(n);
    for (const g of gold)
      for (const gn of g.names) {
        const b = CW(gn);
        if (!a.size || !b.size) continue;
        const i = [...a].filter((w) => b.has(w)).length;
        if (i / new Set([...a, ...b]).size >= 0.5 && ['Plan', 'NationalObjective', 'Event', 'Organization', 'Place'].includes(g.type))
          return g.type;
      }
  }
  return 'none';
}

function goldNames(path: string) {
  const g = JSON.parse(readFileSync(path, 'utf8'));
  return g.entities.map((e: { type: string; name: string; mentions?: string[]; aliases?: string[] }) => ({
    type: e.type,
    names: new Set([e.name, ...(e.mentions ?? []), ...(e.aliases ?? [])].map(norm)),
  }));
}

// --- model
type W = Map<string, number[]>;
function train(data: { feats: string[]; y: number }[], vocab: Set<string>, epochs = 15, lr = 0.1, l2 = 1e-4): W {
  const w: W = new Map();
  const K = TYPES.length;
  const get = (f: string) => {
    let v = w.get(f);
    if (!v) {
      v = new Array(K).fill(0);
      w.set(f, v);
    }
    return v;
  };
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = 0; i < data.length; i++) {
      const d = data[(i * 7919 + ep * 104729) % data.length]!;
      const fs = ['bias', ...d.feats.filter((f) => vocab.has(f))];
      const p = probs(w, fs);
      for (const f of fs) {
        const v = get(f);
        for (let k = 0; k < K; k++) v[k] = v[k]! - lr * (p[k]! - (k === d.y ? 1 : 0) + l2 * v[k]!);
      }
    }
  }
  return w;
}
function probs(w: W, fs: string[]): number[] {
  const K = TYPES.length;
  const z = new Array(K).fill(0);
  for (const f of fs) {
    const v = w.get(f);
    if (v) for (let k = 0; k < K; k++) z[k] += v[k]!;
  }
  const m = Math.max(...z);
  const ex = z.map((x) => Math.exp(x - m));
  const s = ex.reduce((a, b) => a + b, 0);
  return ex.map((x) => x / s);
}

function augment(raw: string, w: W, vocab: Set<string>): ExtractedGraph {
  const g = extractArticle(raw);
  const { cands } = candidates(raw);
  const taken: [number, number][] = g.entities.flatMap((e) => e.mentions.map((m) => [m.start, m.end] as [number, number]));
  const overl = (a: number, b: number) => taken.some(([s, e]) => a < e && s < b);
  const scored = cands
    .map((c) => {
      const p = probs(w, ['bias', ...c.feats.filter((f) => vocab.has(f))]);
      let k = 0;
      for (let j = 1; j < p.length; j++) if (p[j]! > p[k]!) k = j;
      return { c, k, p: p[k]! };
    })
    .filter((x) => x.k > 0 && x.p >= TAU && WANT.includes(TYPES[x.k]!))
    .sort((a, b) => b.p - a.p || a.c.start - b.c.start);
  const seen = new Set(g.entities.map((e) => norm(e.name)));
  for (const { c, k } of scored) {
    if (overl(c.start, c.end)) continue;
    taken.push([c.start, c.end]);
    const n = norm(c.text);
    if (seen.has(n)) continue;
    seen.add(n);
    g.entities.push({
      id: `learned:${c.start}`,
      type: TYPES[k] as never,
      name: c.text,
      aliases: [],
      mentions: [{ start: c.start, end: c.end, text: c.text }],
    });
  }
  return g;
}

const all = corpusArticles('data/eval').filter((a) => a.gold.split === 'dev' && a.textPath);
const halves = [all.filter((_, i) => i % 2 === 0), all.filter((_, i) => i % 2 === 1)];
for (const [tr, te] of [
  [halves[0]!, halves[1]!],
  [halves[1]!, halves[0]!],
] as const) {
  const data: { feats: string[]; y: number }[] = [];
  const df = new Map<string, Set<string>>();
  for (const a of tr) {
    const raw = readFileSync(a.textPath!, 'utf8');
    const gold = goldNames(a.goldPath);
    const rg = extractArticle(raw);
    const tk = rg.entities.flatMap((e) => e.mentions.map((m) => [m.start, m.end]));
    for (const c of candidates(raw).cands) {
      if (process.env.RESID && tk.some(([s, e]) => c.start < e! && s! < c.end)) continue;
      const y = TYPES.indexOf(label(c, gold) as never);
      data.push({ feats: c.feats, y: Math.max(y, 0) });
      for (const f of c.feats) {
        let s = df.get(f);
        if (!s) df.set(f, (s = new Set()));
        s.add(a.name);
      }
    }
  }
  const vocab = new Set([...df].filter(([, s]) => s.size >= MINDF).map(([f]) => f));
  const pos = data.filter((d) => d.y > 0).length;
  const w = train(data, vocab);
  const base = totals(te.map((a) => scoreArticle(a, extractArticle)));
  const aug = totals(te.map((a) => scoreArticle(a, (raw) => augment(raw, w, vocab))));
  console.log(`train ${tr.length} arts, ${data.length} cands, ${pos} positive, vocab ${vocab.size}; test ${te.length}`);
  for (const t of ['Plan', 'NationalObjective', 'Event', 'Organization', 'Place']) {
    const b = base.entities_partial[t];
    const x = aug.entities_partial[t];
    console.log(
      t,
      JSON.stringify(b && [b.tp, b.pred, b.gold, b.f1.toFixed(2)]),
      '->',
      JSON.stringify(x && [x.tp, x.pred, x.gold, x.f1.toFixed(2)]),
    );
  }
  console.log(
    'entities all partial',
    base.entities_all_partial.f1.toFixed(3),
    '->',
    aug.entities_all_partial.f1.toFixed(3),
    'strict',
    base.entities_all.f1.toFixed(3),
    '->',
    aug.entities_all.f1.toFixed(3),
  );
}
