// A plan noun followed by a list of infinitive purposes: "declarations … including the
// declaration to end X, to defend Y, to support Z and to prohibit W". Each further "to VERB …"
// item of the list is a plan of the same kind ("Declaration to defend Y"); the first item's full
// clause is a surface form of the plan already found at the noun.
import type { Ctx } from '../context.ts';

const HEAD = /\b(declaration|resolution|commitment|pledge|agreement|decision)\s+(to\s+(?!be\b)[a-z]+\b[^,.;:]*)/g;
const NEXT = /^(?:,\s*(?:and\s+)?|\s+and\s+)(to\s+(?!be\b)[a-z]+\b[^,.;:]*?)(?=\s+and\s+to\s+|[,.;:]|$)/;

export function extractPlanLists(ctx: Ctx): void {
  const { body, g } = ctx;
  for (const s of ctx.sentences) {
    // dotted abbreviations ("U.S.") do not end an item: mask their dots, offsets unchanged
    const mask = (t: string) => t.replace(/\b(?:\p{Lu}\.){2,}/gu, (a) => a.replace(/\./g, '·'));
    const text = mask(body.slice(s.start, s.end));
    for (const m of text.matchAll(HEAD)) {
      // the first item stops where a second "and to" begins
      let first = m[2]!;
      const andTo = /\s+and\s+to\s+/.exec(first);
      if (andTo) first = first.slice(0, andTo.index);
      const items: { start: number; end: number }[] = [];
      let at = s.start + m.index! + m[0].length - m[2]!.length + first.length;
      for (;;) {
        const n = NEXT.exec(text.slice(at - s.start));
        if (!n) break;
        const start = at + n[0].length - n[1]!.length;
        items.push({ start, end: start + n[1]!.length });
        at = start + n[1]!.length;
      }
      if (!items.length) continue; // one purpose is the plan's own name (plan-phrases.ts)
      const head = m[1]!;
      const headAt = s.start + m.index!;
      const firstEnd = headAt + m[0].length - m[2]!.length + first.length;
      const existing = [...g.entities.values()].find((e) => e.type === 'Plan' && e.mentions.some((x) => x.start === headAt));
      const kind = head.charAt(0).toUpperCase() + head.slice(1);
      const firstId = existing?.id ?? g.entity('Plan', `${kind} ${first}`.replace(/\s+/g, ' '), g.span(headAt, firstEnd));
      g.mention(firstId, g.span(headAt, firstEnd));
      for (const it of items) {
        const t = body.slice(it.start, it.end).replace(/\s+/g, ' ');
        g.entity('Plan', `${kind} ${t}`, g.span(it.start, it.end));
      }
    }
  }
}
