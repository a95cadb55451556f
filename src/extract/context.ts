// State shared by the extraction passes of one article.
import type { PosToken, Sentence } from './text/sentences.ts';
import type { Quote } from './text/quotes.ts';
import { GraphBuilder } from './builder.ts';

export interface PersonInfo {
  id: string;
  name: string;
  surname: string;
  /** Titles as written ("Prime Minister", "Minister of Economy…"), for "the minister" look-ups. */
  titles: string[];
  countries: string[];
  offices: string[];
  /** Bare titles ("President Moon Jae-in"): country to be inferred later. */
  bare: { title: string; start: number; end: number; evEnd: number }[];
}

export interface Ctx {
  body: string;
  sentences: Sentence[];
  /** Word tokens with part-of-speech tags, from the same parse as the sentences. */
  tokens: PosToken[];
  quotes: Quote[];
  g: GraphBuilder;
  people: Map<string, PersonInfo>;
  /** Speaker attributions in text order (offset of the attribution), for pronouns. */
  speakers: { id: string; at: number }[];
}

export function newCtx(body: string, text: { sentences: Sentence[]; tokens: PosToken[] }, quotes: Quote[]): Ctx {
  return { body, ...text, quotes, g: new GraphBuilder(body), people: new Map(), speakers: [] };
}
