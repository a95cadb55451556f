import type { EntityLabel, RelationType } from '../model/vocabulary.ts';

// The rows the graph layer hands out: plain objects, so callers (the API) never see driver types.
// One module of them, so each row has one definition; rows going in (writes) are batch-rows.ts's `…In`.

export interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  attributes: { key: string; value: string }[];
  /** Statements only. */
  text?: string;
  speech?: string;
  articleId?: string;
  /**
   * Relationship pages fetched with the node by a compiled selection (reads/compile-selection.ts),
   * each under its RelationSelection's `key`: an opaque name the caller chose. A field found here
   * needs no query of its own.
   */
  related?: Record<string, Page<RelatedEdge>>;
}

/** Properties of an EntityRow beyond id, label and name, which every read returns. */
export type EntityProp = 'aliases' | 'attrs' | 'text' | 'speech' | 'articleId';

export interface EvidenceRow {
  sentenceId: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
  implicit: boolean;
}

export interface SentenceRow {
  id: string;
  articleId: string;
  index: number;
  start: number;
  end: number;
  text: string;
}

export interface ArticleRow {
  id: string;
  title: string;
  source: string | null;
  published: string | null;
  text: string;
  contentHash: string;
  sentenceCount: number;
  loadedAt: string;
}

/** One span of an article that names an entity. */
/** An article as a list of an entity's articles gives it: its key and date ('' when undated), the sort key of its cursor. */
export interface ArticleKeyRow {
  id: string;
  published: string;
}

export interface MentionRow {
  sentenceId: string;
  articleId: string;
  start: number;
  end: number;
  text: string;
}

export interface SentenceMentionRow extends MentionRow {
  entity: EntityRow;
}

/** A neighbour through one relationship, with the evidence (empty unless the selection asked for it). */
export interface RelatedEdge {
  node: EntityRow;
  type: RelationType;
  evidence: EvidenceRow[];
  /** The row's position when the page is not sorted by (name, id): statements (reads/compile-selection.ts). */
  keyset?: Keyset;
  /** When its articles were published (only when the selection asked for it). */
  reported?: Reported;
}

/**
 * When a fact was reported (reads/reported.ts): the first and last published date of the articles
 * that support it (null when none is dated), and how many articles do, dated or not.
 */
export interface Reported {
  firstDate: string | null;
  lastDate: string | null;
  articleCount: number;
}

/** What a timeline item is about, by the entity at the other end of its relationship (reads/timeline.ts). */
export type TimelineKind = 'EVENT' | 'STATEMENT' | 'PLAN' | 'OFFICE';

/** One relationship of an entity as one article reports it: a point on the entity's timeline. */
export interface TimelineItemRow {
  /** <source>-<TYPE>-><target>@<article key>: unique per relationship and article. */
  id: string;
  kind: TimelineKind;
  /** The article's published date; null when it has none. */
  date: string | null;
  type: RelationType;
  /** OUT when the relationship starts at the timeline's entity. */
  direction: 'OUT' | 'IN';
  /** The entity at the other end. */
  entity: EntityRow;
  articleId: string;
  /** The relationship's evidence in that article. */
  evidence: EvidenceRow[];
  keyset: Keyset;
}

/**
 * A keyset position: the (sort key, id) of a row, what a cursor encodes (reads/paging.ts). Lists
 * sorted on two keys before the id (statements: article date, then place in the article) carry
 * the second in `key2`.
 */
export interface Keyset {
  key: string | number | null;
  key2?: string | number;
  id: string;
}

export interface Page<T> {
  rows: T[];
  total: number;
  hasNextPage: boolean;
}

export interface ListedEntity {
  entity: EntityRow;
  /** The sort key (name or mention count): what the row's cursor encodes. */
  key: string | number;
}

export interface SearchHit {
  entity: EntityRow;
  score: number;
}

/** A span of a hit's text (a sentence, or a title) that the search words match: offsets into that text. */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

/** Where a text search matched: a sentence's text, or an article's title. */
export type TextField = 'SENTENCE' | 'TITLE';

/** One hit of a search over what articles say (reads/text-search.ts). */
export interface TextHit {
  field: TextField;
  /** The sentence's or the article's id: with the score, the hit's keyset position. */
  id: string;
  score: number;
  /** The text that matched (the sentence's, or the title) and where the words are in it. */
  text: string;
  matches: TextSpan[];
  /** The sentence (a SENTENCE hit), null for a TITLE hit. */
  sentence: SentenceRow | null;
  articleId: string;
}

/** How a lookup by name matched: the name or an alias (both case-insensitively), or the full-text index. */
export type NameMatchKind = 'EXACT_NAME' | 'ALIAS' | 'FULL_TEXT';

export interface NameMatch {
  entity: EntityRow;
  matchedBy: NameMatchKind;
  /** The name or alias, as stored, that matched. */
  matchedText: string;
}

/** A lookup by name: the best match, and the other entities matched the same way, best first. */
export interface NameLookup {
  best: NameMatch;
  alternatives: NameMatch[];
}

export interface GraphEdgeRow {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  /** The two ends: the very rows of the subgraph's `nodes` (every edge joins two of them). */
  sourceNode: EntityRow;
  targetNode: EntityRow;
  evidence: EvidenceRow[];
}

export interface GraphView {
  nodes: EntityRow[];
  edges: GraphEdgeRow[];
  /** True when a bound (node limit, fan-out, path count) left something out. */
  truncated: boolean;
}

/** One relationship along a path: `forward` when it points the way the path goes (nodes[i] → nodes[i+1]). */
export interface PathStepRow {
  edge: GraphEdgeRow;
  forward: boolean;
}

/** One path: its entities in order, from the first to the last, and the relationship of each hop. */
export interface GraphPathRow {
  nodes: EntityRow[];
  steps: PathStepRow[];
}

export interface PathsView extends GraphView {
  /** Shortest first. */
  paths: GraphPathRow[];
}

export interface CountryCount {
  country: EntityRow;
  total: number;
  byLabel: { label: string; count: number }[];
}

export interface EntityStats {
  mentions: number;
  articles: number;
  statements: number;
}

export interface LabelCount {
  label: EntityLabel;
  count: number;
}

export interface RelationCount {
  type: RelationType;
  count: number;
}
