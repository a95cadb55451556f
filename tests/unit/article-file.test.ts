import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/model/article-file.ts';
import { headerDate } from '../../src/model/header-date.ts';

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

describe('Date headers', () => {
  it.each([
    ['2019-08-12', '2019-08-12'],
    ['2019-08', '2019-08'],
    ['2019', '2019'],
    ['2019-08-12T10:15:00Z', '2019-08-12'],
    ['2019/8/12', '2019-08-12'],
    ['12 August 2019', '2019-08-12'],
    ['Mon 12th August 2019', '2019-08-12'],
    ['August 12, 2019', '2019-08-12'],
    ['Tue, 12 Nov. 2019', '2019-11-12'],
    ['Sept 3 2021', '2021-09-03'],
    ['March 2016', '2016-03'],
  ])('reads %s as %s', (value, iso) => {
    expect(headerDate(value)).toBe(iso);
  });

  it.each(['yesterday', '31 February 2020', '2019-13-01', '12/08/2019', ''])('does not guess at %j', (value) => {
    expect(headerDate(value)).toBeUndefined();
  });

  it('an unreadable date loads the article without one, and says so', () => {
    const a = parseArticle('Title: Talks\nDate: the day after the summit\n\nBody.');
    expect(a.published).toBeUndefined();
    expect(a.body).toBe('Body.');
    expect(a.warnings).toEqual([expect.stringContaining('Date header "the day after the summit" is not a date')]);
  });
});
