// Sentence boundaries and part-of-speech tagged tokens from one wink-nlp parse, mapped back to exact
// character offsets of the body. wink keeps every token's original text, so walking the body with
// indexOf rebuilds offsets without ever normalising the source.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

// Loading the model is the expensive part (~150 ms); do it once per process.
const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** A word token with its exact offsets and universal POS tag, for phrase chunking. */
export interface PosToken {
  start: number;
  end: number;
  text: string;
  pos: string;
}

/** One parse of the body: its sentences and its tagged word tokens (the chunkers' input). */
export function parseSentences(body: string): { sentences: Sentence[]; tokens: PosToken[] } {
  const doc = nlp.readDoc(body);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const starts: number[] = [];
  let cursor = 0;
  for (const v of values) {
    const at = v.trim() === '' ? cursor : body.indexOf(v, cursor);
    starts.push(at < 0 ? cursor : at);
    if (at >= 0) cursor = at + v.length;
  }
  const tokens = values.flatMap((v, i) => (v.trim() ? [{ start: starts[i]!, end: starts[i]! + v.length, text: v, pos: tags[i]! }] : []));
  const out: Sentence[] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    // Skip leading/trailing whitespace tokens (paragraph breaks become tokens in wink).
    let a = first;
    let b = last;
    while (a <= b && values[a]!.trim() === '') a++;
    while (b >= a && values[b]!.trim() === '') b--;
    if (a > b) continue;
    const start = starts[a]!;
    const end = starts[b]! + values[b]!.length;
    const prev = out.at(-1);
    // wink ends a sentence inside "N8.6 trillion" when the currency letter glues to the number: a
    // boundary with a digit on both sides of the dot and no space between is no boundary.
    if (prev && prev.end === start && /\d\.$/.test(prev.text) && /^\d/.test(body.slice(start))) {
      out[out.length - 1] = { ...prev, end, text: body.slice(prev.start, end) };
      continue;
    }
    out.push({ index: out.length, start, end, text: body.slice(start, end) });
  }
  return { sentences: out, tokens };
}

export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end);
}
