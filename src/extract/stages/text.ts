// Stage 1, text: the article file → its header, its body, the body's sentences and part-of-speech
// tagged tokens (one wink-nlp parse), and its quotation spans. Nothing here knows an entity; every
// later stage points into `body` by offset.
import { parseArticle } from '../../model/article-file.ts';
import type { ArticleMeta } from '../../model/extracted-graph.ts';
import { findQuotes, type Quote } from '../text/quotes.ts';
import { parseSentences, type PosToken, type Sentence } from '../text/sentences.ts';

export interface TextStage {
  readonly meta: ArticleMeta;
  /** The text all offsets point into: the file after its header block, unchanged. */
  readonly body: string;
  readonly sentences: Sentence[];
  readonly tokens: PosToken[];
  readonly quotes: Quote[];
}

export function readText(raw: string): TextStage {
  const { body, title, source, published } = parseArticle(raw);
  const meta: ArticleMeta = { title };
  if (source) meta.source = source;
  if (published) meta.published = published;
  return { meta, body, ...parseSentences(body), quotes: findQuotes(body) };
}
