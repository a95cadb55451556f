// The workspace the extraction stages share from the mention stage on (see stages/mentions.ts for
// why it is one mutable structure): the text, the entities and relations found so far, the people
// with their titles, and the speakers seen.
import type { PosToken, Sentence } from './text/sentences.ts';
import type { Quote } from './text/quotes.ts';
import type { GraphBuilder } from './builder.ts';

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
