// Definite descriptions that point back to a named plan, objective or organization:
// "the roadmap", "this roadmap", "the partnership", "the target", "the commission", "It covers …".
// They resolve to the most recent earlier entity whose own mentions share the head noun;
// "the initiative" may also take the most recent plan of any head.
import type { Ctx } from '../context.ts';
import type { EntityLabel } from '../../model/vocabulary.ts';

const HEADS: Record<string, EntityLabel[]> = {
  plan: ['Plan'],
  roadmap: ['Plan'],
  'road map': ['Plan'],
  partnership: ['Plan'],
  strategy: ['Plan', 'NationalObjective'],
  agreement: ['Plan'],
  programme: ['Plan', 'NationalObjective'],
  program: ['Plan', 'NationalObjective'],
  initiative: ['Plan', 'NationalObjective'],
  corridor: ['Plan'],
  memorandum: ['Plan'],
  target: ['NationalObjective'],
  goal: ['NationalObjective'],
  commission: ['Organization'],
  centre: ['Organization'],
  center: ['Organization'],
  agency: ['Organization'],
  council: ['Organization'],
  fund: ['Organization'],
  'working group': ['Organization'],
};
const RE = new RegExp(
  `\\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\\s+(${Object.keys(HEADS)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b(?!\\s+(?:of|for|on)\\b)`,
  'g',
);
const LOOSE = new Set(['initiative', 'target', 'goal']);

export function resolveAnaphora(ctx: Ctx): void {
  const { body, g } = ctx;
  for (const m of body.matchAll(RE)) {
    const at = m.index!;
    const head = m[1]!;
    const types = HEADS[head]!;
    let best: { id: string; at: number } | undefined;
    let loose: { id: string; at: number } | undefined;
    for (const e of g.entities.values()) {
      if (!types.includes(e.type)) continue;
      for (const x of e.mentions) {
        if (x.start >= at) continue;
        const fits = x.text.toLowerCase().includes(head) || e.name.toLowerCase().includes(head);
        if (fits && (!best || x.start > best.at)) best = { id: e.id, at: x.start };
        if (!loose || x.start > loose.at) loose = { id: e.id, at: x.start };
      }
    }
    const target = best ?? (LOOSE.has(head) ? loose : undefined);
    if (target && !g.entities.get(target.id)!.mentions.some((x) => x.start <= at && x.end >= at + m[0].length)) {
      g.mention(target.id, g.span(at, at + m[0].length));
    }
  }
}
