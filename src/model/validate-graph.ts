import { z } from 'zod';
import type { ExtractedGraph } from './extracted-graph.ts';
import { ENTITY_LABELS, RELATION_TYPES } from './vocabulary.ts';

// The loader's contract. An annotation file or an extractor bug must be refused whole, before
// anything is written, so a bad file never leaves half an article in the graph.
const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(0), text: z.string() });

// Text with control characters other than tab, line and page breaks is binary data, not an article.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/;
const noControl = (what: string) => [(s: string) => !CONTROL.test(s), `the ${what} contains control characters (binary data?)`] as const;

const graphSchema = z.object({
  article: z.object({
    title: z
      .string()
      .trim()
      .min(1, 'the article has no title')
      .refine(...noControl('title')),
    source: z.string().optional(),
    published: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'published must be YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    body: z
      .string()
      .refine((b) => b.trim().length > 0, 'the article has no text')
      .refine(...noControl('text')),
  }),
  sentences: z.array(z.object({ index: z.number().int().min(0), start: z.number().int().min(0), end: z.number().int().min(0) })).min(1),
  entities: z.array(
    z.object({
      id: z.string().regex(/^[a-z-]+:[a-z0-9-]+$/, 'entity ids look like person:shinzo-abe'),
      type: z.enum(ENTITY_LABELS),
      name: z.string().trim().min(1),
      aliases: z.array(z.string()),
      mentions: z.array(span).min(1, 'every entity needs at least one mention: facts must be traceable'),
      attributes: z.record(z.string(), z.string()).optional(),
      speech: z.enum(['direct', 'indirect']).optional(),
    }),
  ),
  relations: z.array(
    z.object({
      type: z.enum(RELATION_TYPES),
      from: z.string(),
      to: z.string(),
      evidence: z.array(span).min(1),
      implicit: z.boolean().optional(),
    }),
  ),
});

export class InvalidGraphError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid extracted graph: ${problems.slice(0, 5).join('; ')}${problems.length > 5 ? ` (+${problems.length - 5} more)` : ''}`);
  }
}

/** Checks shape, that every span cuts out exactly its text, and that relations join known entities. */
export function validateGraph(input: unknown): ExtractedGraph {
  const parsed = graphSchema.safeParse(input);
  if (!parsed.success) throw new InvalidGraphError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  const g = parsed.data as ExtractedGraph;
  const problems: string[] = [];
  const body = g.article.body;
  const checkSpan = (where: string, s: { start: number; end: number; text: string }) => {
    if (s.end > body.length || s.start > s.end || body.slice(s.start, s.end) !== s.text)
      problems.push(`${where}: span ${s.start}-${s.end} does not cut out "${s.text.slice(0, 40)}"`);
  };
  g.sentences.forEach((s, i) => {
    if (s.index !== i || s.end > body.length || s.start >= s.end) problems.push(`sentences.${i}: bad offsets or index`);
  });
  const ids = new Set<string>();
  for (const e of g.entities) {
    if (ids.has(e.id)) problems.push(`entity ${e.id} appears twice`);
    ids.add(e.id);
    for (const [i, m] of e.mentions.entries()) checkSpan(`${e.id}.mentions.${i}`, m);
  }
  for (const r of g.relations) {
    for (const end of [r.from, r.to]) if (!ids.has(end)) problems.push(`${r.type} ${r.from}->${r.to}: unknown entity ${end}`);
    for (const [i, s] of r.evidence.entries()) checkSpan(`${r.type} ${r.from}->${r.to}.evidence.${i}`, s);
  }
  if (problems.length) throw new InvalidGraphError(problems);
  return g;
}
