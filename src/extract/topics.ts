// Topics from the data table; a topic in a sentence that lists areas ("areas of …", "covers",
// "included in") is covered by the nearest plan or objective of that sentence.
import type { Ctx } from './context.ts';
import { TOPICS, TOPIC_VERBS } from './data/topics.ts';
import { COVER_CUES } from './data/cues.ts';

const MATCHERS = TOPICS.map((t) => ({ name: t.name, re: new RegExp(`(?<![\\p{L}-])${TOPIC_VERBS}(?:${t.forms.join('|')})(?![\\p{L}])`, 'giu') }));

export function extractTopics(ctx: Ctx): void {
  const { body, g } = ctx;
  const taken: [number, number][] = [];
  for (const t of MATCHERS) {
    for (const m of body.matchAll(t.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      taken.push([start, end]);
      g.entity('Topic', t.name, g.span(start, end));
    }
  }
  for (const s of ctx.sentences) {
    if (!COVER_CUES.test(s.text)) continue;
    const inS = (type: string) => [...g.entities.values()].filter((e) => e.type === type)
      .flatMap((e) => e.mentions.filter((m) => m.start >= s.start && m.end <= s.end).map((m) => ({ id: e.id, m })));
    const topics = inS('Topic');
    const hosts = [...inS('Plan'), ...inS('NationalObjective')];
    if (!topics.length || !hosts.length) continue;
    for (const t of topics) {
      const host = hosts.reduce((a, b) => (Math.abs(b.m.start - t.m.start) < Math.abs(a.m.start - t.m.start) ? b : a));
      const a = Math.min(t.m.start, host.m.start);
      const b = Math.max(t.m.end, host.m.end);
      g.relate('COVERS', host.id, t.id, [g.span(a, b)]);
    }
  }
}
