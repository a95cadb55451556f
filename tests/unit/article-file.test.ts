import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article-file.ts';

describe('article files', () => {
  it('without a header: the first line is the title and the body is the whole text', () => {
    const raw = 'Japan and Russia meet\n\nThe ministers met today.';
    const a = parseArticle(raw);
    expect(a.title).toBe('Japan and Russia meet');
    expect(a.body).toBe(raw);
    expect(a.source).toBeUndefined();
  });

  it('with a header: title, source and date are read and the body starts after the blank line', () => {
    const a = parseArticle('Source: https://example.org/a\nTitle: Talks in Delhi\nDate: 2023-03-20\n\nBody text.\nMore.');
    expect(a).toEqual({ title: 'Talks in Delhi', source: 'https://example.org/a', published: '2023-03-20', body: 'Body text.\nMore.' });
  });

  it('a header without its blank line is text, not a header', () => {
    const raw = 'Title: not really\nThe article goes on.';
    expect(parseArticle(raw).body).toBe(raw);
  });

  it('drops a byte-order mark', () => {
    expect(parseArticle('\uFEFFHeadline\n\nText').title).toBe('Headline');
  });
});
