import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/extract/index.ts';
import { RELATION_ENDPOINTS } from '../../src/model/vocabulary.ts';
import { ARTICLES, SEED, bodyOf, extractFile } from './helpers.ts';

const files = [SEED, ...ARTICLES.map((a) => a.file)];

describe.each(files)('%s', (file) => {
  const g = extractFile(file);
  const body = bodyOf(file);

  it('cuts every mention, evidence and sentence span exactly from the body', () => {
    const spans = [...g.entities.flatMap((e) => e.mentions), ...g.relations.flatMap((r) => r.evidence)];
    expect(spans.length).toBeGreaterThan(20);
    for (const s of spans) expect(body.slice(s.start, s.end)).toBe(s.text);
    for (const s of g.sentences) expect(body.slice(s.start, s.end).trim().length).toBe(s.end - s.start);
  });

  it('is deterministic', () => {
    expect(extractArticle(readFileSync(file, 'utf8'))).toEqual(g);
  });

  it('keeps relation endpoints within the vocabulary and gives every relation evidence', () => {
    const type = new Map(g.entities.map((e) => [e.id, e.type]));
    for (const r of g.relations) {
      const ends = RELATION_ENDPOINTS[r.type];
      if (ends.from) expect(ends.from).toContain(type.get(r.from));
      if (ends.to) expect(ends.to).toContain(type.get(r.to));
      expect(r.evidence.length).toBeGreaterThan(0);
    }
    const keys = g.relations.map((r) => `${r.type} ${r.from} ${r.to}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('gives statements a speaker and a speech kind', () => {
    for (const s of g.entities.filter((e) => e.type === 'Statement')) {
      expect(['direct', 'indirect']).toContain(s.speech);
      expect(g.relations.some((r) => r.type === 'SAID' && r.to === s.id)).toBe(true);
    }
  });
});

describe('sentence boundaries', () => {
  it('does not end a sentence inside a number glued to a currency letter ("N8.6 trillion")', () => {
    const body = 'The budget of N8.6 trillion was presented on Thursday. Trade reached $2.5 billion in 2023.';
    const g = extractArticle(`Title: Budget\n\n${body}`);
    expect(g.sentences.map((s) => body.slice(s.start, s.end))).toEqual([
      'The budget of N8.6 trillion was presented on Thursday.',
      'Trade reached $2.5 billion in 2023.',
    ]);
  });
});
