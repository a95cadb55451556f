import type { ArticleMeta } from './extracted-graph.ts';
import { headerDate } from './header-date.ts';

const HEADER_LINE = /^(Title|Source|Date):[ \t]*(.*)$/i;

interface ParsedArticle extends ArticleMeta {
  /** The text all offsets point into: the file after the header block, unchanged. */
  body: string;
  /** What the header said that could not be used (an unreadable date); the article loads anyway. */
  warnings?: string[];
}

/**
 * Article files are plain UTF-8: optional `Title:`, `Source:`, `Date:` lines and a blank line,
 * then the text. Without a header the first non-empty line is the title and stays in the body.
 */
export function parseArticle(raw: string): ParsedArticle {
  const text = raw.replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  const header: Record<string, string> = {};
  let i = 0;
  while (i < lines.length) {
    const m = HEADER_LINE.exec(lines[i]!.replace(/\r$/, ''));
    if (!m) break;
    header[m[1]!.toLowerCase()] = m[2]!.trim();
    i++;
  }
  const hasHeader = i > 0 && (lines[i] ?? '').trim() === '';
  const body = hasHeader ? lines.slice(i + 1).join('\n') : text;
  const firstLine =
    body
      .split('\n')
      .find((l) => l.trim() !== '')
      ?.trim() ?? '';
  const title = (hasHeader && header.title) || firstLine;
  const meta: ParsedArticle = { title, body };
  if (hasHeader && header.source) meta.source = header.source;
  if (hasHeader && header.date) {
    const published = headerDate(header.date);
    if (published) meta.published = published;
    else
      meta.warnings = [
        `Date header "${header.date}" is not a date this loader reads (e.g. 2019-08-12, 12 August 2019, Aug 12, 2019); loaded without a published date`,
      ];
  }
  return meta;
}
