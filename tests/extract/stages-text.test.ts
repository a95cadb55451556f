// Stage 1 alone (stages/text.ts): header, body, sentences, tagged tokens and quotes of an invented
// snippet, every offset pointing into the body.
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/extract/stages/text.ts';

const RAW =
  'Title: Norway and Chile sign a roadmap\nSource: https://example.org/roadmap\nDate: 2021-03-04\n\n' +
  'Norwegian Prime Minister Ingrid Dahlberg met Chilean President Tomas Varela in Oslo. “The roadmap will double our trade,” Dahlberg said.';

describe('text stage', () => {
  const t = readText(RAW);
  it('splits the header from the body and keeps the body unchanged', () => {
    expect(t.meta).toEqual({ title: 'Norway and Chile sign a roadmap', source: 'https://example.org/roadmap', published: '2021-03-04' });
    expect(t.body.startsWith('Norwegian Prime Minister')).toBe(true);
    expect(RAW.endsWith(t.body)).toBe(true);
  });
  it('finds the sentences, each a slice of the body', () => {
    expect(t.sentences.map((s) => s.text)).toEqual([
      'Norwegian Prime Minister Ingrid Dahlberg met Chilean President Tomas Varela in Oslo.',
      '“The roadmap will double our trade,” Dahlberg said.',
    ]);
    for (const s of t.sentences) expect(t.body.slice(s.start, s.end)).toBe(s.text);
  });
  it('tags word tokens at their exact offsets', () => {
    expect(t.tokens.slice(0, 6).map((k) => `${k.text}/${k.pos}`)).toEqual([
      'Norwegian/PROPN',
      'Prime/PROPN',
      'Minister/PROPN',
      'Ingrid/PROPN',
      'Dahlberg/PROPN',
      'met/VERB',
    ]);
    for (const k of t.tokens) expect(t.body.slice(k.start, k.end)).toBe(k.text);
  });
  it('finds the quotation, marks and inner span', () => {
    expect(t.quotes).toHaveLength(1);
    const q = t.quotes[0]!;
    expect(t.body[q.open]).toBe('“');
    expect(t.body.slice(q.start, q.end)).toBe('The roadmap will double our trade,');
  });
  it('knows no entity yet', () => {
    expect(Object.keys(t).sort()).toEqual(['body', 'meta', 'quotes', 'sentences', 'tokens']);
  });
});
