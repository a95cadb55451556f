import type { ExtractedGraph } from '../model/extracted-graph.ts';
import { sentenceId, sha256 } from '../model/ids.ts';

// What a set of articles writes, as rows (`…In`: rows going in; the rows reads hand out are
// graph/rows.ts): the one definition of the graph's shape that both write
// paths share — the transactional batch (batch-writes.ts, Cypher) and the offline bulk import
// (bulk-import.ts, CSV for neo4j-admin). Articles are added in order; later articles extend what
// earlier ones wrote (properties, evidence, forms), exactly as later batches do in the graph.

export interface ArticleRowIn {
  aid: string;
  title: string;
  source: string | null;
  published: string | null;
  body: string;
  hash: string;
  sentences: { id: string; index: number; start: number; end: number; text: string }[];
}

interface EntityRowIn {
  id: string;
  label: string;
  name: string;
  props: Record<string, string>;
}

export interface MentionRowIn {
  entityId: string;
  sentenceId: string;
  start: number;
  end: number;
  text: string;
}

/** One piece of evidence for a relationship (or none, for a relationship stated without a span). */
export interface RelEvidenceRow {
  type: string;
  from: string;
  to: string;
  aid: string;
  /** sentence id, start, end, text, implicit */
  ev: [string, number, number, string, boolean] | null;
}

export interface RelRow {
  type: string;
  from: string;
  to: string;
  sentenceIds: string[];
  starts: number[];
  ends: number[];
  texts: string[];
  implicit: boolean[];
  aids: string[];
}

function sentenceOf(graph: ExtractedGraph, aid: string, offset: number): string {
  const s = graph.sentences.find((x) => offset >= x.start && offset < x.end) ?? graph.sentences.findLast((x) => x.start <= offset);
  return sentenceId(aid, (s ?? graph.sentences[0]!).index);
}

/**
 * Rows of articles added one by one. Articles, mentions and relationship evidence belong to one
 * article each, so a caller may take them (`drain…`) as it goes; entities and their surface forms
 * aggregate over all articles, relationships when folded (`foldRelations`).
 */
export class BatchRows {
  articles: ArticleRowIn[] = [];
  mentions: MentionRowIn[] = [];
  readonly entities = new Map<string, EntityRowIn>();
  readonly forms = new Map<string, Set<string>>();
  relEvidence: RelEvidenceRow[] = [];

  add(aid: string, g: ExtractedGraph): void {
    this.articles.push({
      aid,
      title: g.article.title,
      source: g.article.source ?? null,
      published: g.article.published ?? null,
      body: g.article.body,
      hash: sha256(g.article.body),
      sentences: g.sentences.map((s) => ({ ...s, id: sentenceId(aid, s.index), text: g.article.body.slice(s.start, s.end) })),
    });
    // The first article names a new entity, later ones add (or overwrite) properties.
    for (const e of g.entities) {
      const props = {
        ...Object.fromEntries(Object.entries(e.attributes ?? {}).map(([k, v]) => [`attr_${k.replace(/\W/g, '_')}`, v])),
        ...(e.type === 'Statement' ? { text: e.mentions[0]!.text, speech: e.speech ?? 'direct', articleId: aid } : {}),
      };
      const row = this.entities.get(e.id);
      if (row) Object.assign(row.props, props);
      else this.entities.set(e.id, { id: e.id, label: e.type, name: e.name, props });
      let f = this.forms.get(e.id);
      if (!f) this.forms.set(e.id, (f = new Set<string>()));
      for (const m of e.mentions) {
        f.add(m.text);
        this.mentions.push({ entityId: e.id, sentenceId: sentenceOf(g, aid, m.start), start: m.start, end: m.end, text: m.text });
      }
    }
    for (const { type, from, to, evidence, implicit } of g.relations) {
      if (evidence.length === 0) this.relEvidence.push({ type, from, to, aid, ev: null });
      for (const s of evidence)
        this.relEvidence.push({ type, from, to, aid, ev: [sentenceOf(g, aid, s.start), s.start, s.end, s.text, implicit === true] });
    }
  }

  drainArticles(): ArticleRowIn[] {
    const out = this.articles;
    this.articles = [];
    return out;
  }

  drainMentions(): MentionRowIn[] {
    const out = this.mentions;
    this.mentions = [];
    return out;
  }

  drainRelEvidence(): RelEvidenceRow[] {
    const out = this.relEvidence;
    this.relEvidence = [];
    return out;
  }
}

/**
 * Folds evidence rows (in article order) into one row per relationship: its evidence lists in
 * that order and the articles that support it, each once.
 */
export function foldRelations(rows: Iterable<RelEvidenceRow>, into = new Map<string, RelRow>()): Map<string, RelRow> {
  for (const { type, from, to, aid, ev } of rows) {
    const key = `${type}\u0000${from}\u0000${to}`;
    let row = into.get(key);
    if (!row) into.set(key, (row = { type, from, to, sentenceIds: [], starts: [], ends: [], texts: [], implicit: [], aids: [] }));
    if (ev) {
      row.sentenceIds.push(ev[0]);
      row.starts.push(ev[1]);
      row.ends.push(ev[2]);
      row.texts.push(ev[3]);
      row.implicit.push(ev[4]);
    }
    // Rows come in article order: only the last article listed can be this one.
    if (row.aids[row.aids.length - 1] !== aid) row.aids.push(aid);
  }
  return into;
}

/** The aliases an entity's forms give it: every form but its name, once, in first-seen order. */
export function aliasesOf(name: string, forms: Iterable<string>): string[] {
  return [...new Set(forms)].filter((f) => f !== name);
}

/** Sorted by a string key, each key computed once (a batch has tens of thousands of rows). */
export function sortedBy<T>(rows: readonly T[], key: (x: T) => string): T[] {
  const keyed = rows.map((x) => [key(x), x] as const);
  keyed.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return keyed.map(([, x]) => x);
}
