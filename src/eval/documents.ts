// The two documents a score compares: a gold annotation and an extractor's output. Both are read
// leniently (the reference scorer's shape): mentions may be span objects or plain strings, and a
// relation's evidence is not needed.
import { z } from 'zod';

const mention = z.union([z.string(), z.object({ text: z.string(), start: z.number().optional(), end: z.number().optional() })]);
const entity = z.object({
  id: z.string(),
  type: z.string(),
  name: z.string().default(''),
  aliases: z.array(mention).default([]),
  mentions: z.array(mention).default([]),
  speech: z.enum(['direct', 'indirect']).optional(),
});
const span = z.object({ start: z.number(), end: z.number(), text: z.string() });
const relation = z.object({
  type: z.string(),
  from: z.string(),
  to: z.string(),
  implicit: z.boolean().optional(),
  evidence: z.union([z.array(z.union([span, z.string()])), span, z.string()]).optional(),
});

export const scoredGraph = z.object({ entities: z.array(entity).default([]), relations: z.array(relation).default([]) });
export type ScoredGraph = z.infer<typeof scoredGraph>;
export type ScoredEntity = ScoredGraph['entities'][number];

/** A gold file of data/eval/gold: the facts, the text it belongs to and where that text came from. */
export const goldFile = scoredGraph.extend({
  article: z.string(),
  split: z.enum(['dev', 'test']).optional(),
  source: z.object({ url: z.string(), query: z.string().optional() }).passthrough().optional(),
  topics: z.array(z.string()).optional(),
});
export type GoldFile = z.infer<typeof goldFile>;

export const mentionText = (m: z.infer<typeof mention>): string => (typeof m === 'string' ? m : m.text);

/** Every span a prediction claims (mentions and evidence), to be checked against the text. */
export function predictedSpans(pred: ScoredGraph): { start?: number; end?: number; text: string }[] {
  const out: { start?: number; end?: number; text: string }[] = [];
  for (const e of pred.entities) for (const m of e.mentions) if (typeof m !== 'string') out.push(m);
  for (const r of pred.relations) {
    const ev = r.evidence === undefined ? [] : Array.isArray(r.evidence) ? r.evidence : [r.evidence];
    for (const s of ev) if (typeof s !== 'string') out.push(s);
  }
  return out;
}
