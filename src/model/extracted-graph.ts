import type { EntityLabel, RelationType } from './vocabulary.ts';

/** A span of the article body: `body.slice(start, end) === text`, always. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface SentenceSpan {
  index: number;
  start: number;
  end: number;
}

export interface ExtractedEntity {
  /** Stable id from `entityId()` (or `statementId()` for statements). */
  id: string;
  type: EntityLabel;
  name: string;
  aliases: string[];
  mentions: Span[];
  /** Figures, dates and counts as plain strings (e.g. `date: "2016-05"`). */
  attributes?: Record<string, string>;
  /** Statements only. */
  speech?: 'direct' | 'indirect';
}

export interface ExtractedRelation {
  type: RelationType;
  from: string;
  to: string;
  evidence: Span[];
  /** True when the text implies the fact without stating it. */
  implicit?: boolean;
}

export interface ArticleMeta {
  title: string;
  source?: string;
  /** ISO date (YYYY-MM-DD or YYYY-MM), when the header gives one. */
  published?: string;
}

/** What `extract` returns and what the loader writes: one article and the facts it supports. */
export interface ExtractedGraph {
  article: ArticleMeta & { body: string };
  sentences: SentenceSpan[];
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}
