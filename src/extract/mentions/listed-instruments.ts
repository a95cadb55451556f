// The instruments a signing lists one by one: "The MoUs signed include Political Consultations;
// Diplomatic Training …; Cooperation in the Field of Culture", "six Memoranda of Understanding
// including: an MoU for Cooperation in the Legal Field; an MoU for …", "The agreements signed include
// a financing agreement for …, the provision of grants …, a … cooperation plan and an MOU …". Each
// item is a plan of its own, named as written, and part of the group the sentence opened with. Name
// fragments other finders cut from the items ("MoU for Cooperation", shared by three items) give way.
import type { Ctx } from '../context.ts';

/** a plural instrument noun, maybe "signed at …", then the cue that a list follows */
const INTRO =
  /\b(?:agreements|MoUs|MOUs|[Mm]emoranda(?:\s+of\s+[Uu]nderstanding)?|documents|accords|deals|instruments|protocols)(?:\s+\([^)]*\))?(?:\s+(?:signed|inked|concluded|exchanged))?(?:\s+(?:at|during|on)\s+[^,;:]{1,40}?)?,?\s+(?:include[sd]?|including|namely)\s*:?\s+/g;
/** an instrument's head: a further item joined by "and" starts with one */
const HEAD = String.raw`(?:MoU|MOU|Memorand\w*|Agreement|Protocol|Treaty|Accord|Convention)\b`;
const AND_HEAD = new RegExp(String.raw`\s+and\s+(?=(?:an?\s+|the\s+)?${HEAD})`);
/** in a list without semicolons every item is a noun phrase with its article */
const ARTICLE_ITEM = /^(?:an?|the)\s+\S/;

export function extractListedInstruments(ctx: Ctx): void {
  const { body, g } = ctx;
  for (const s of ctx.sentences) {
    for (const m of s.text.matchAll(INTRO)) {
      const listStart = s.start + m.index + m[0].length;
      const rest = body.slice(listStart, s.end).replace(/[.!]\s*$/, '');
      const semi = rest.includes(';');
      const parts = semi ? rest.split(/;\s*(?:and\s+)?/) : rest.split(/,\s+(?:and\s+)?|\s+and\s+(?=(?:an?|the)\s)/);
      const raw = parts.flatMap((p) => p.split(AND_HEAD));
      if (raw.length < 2 || (!semi && !raw.every((p) => ARTICLE_ITEM.test(p.trim())))) continue;
      const group = planAt(ctx, s.start + m.index, listStart);
      let at = listStart;
      for (const part of raw) {
        const start = body.indexOf(part, at);
        at = start + part.length;
        const item = part.replace(/^(?:an?|the)\s+/, '');
        const itemStart = start + part.length - item.length;
        // one-word items ("Youth") are fields of the item before, not instruments
        if (item.trim().split(/\s+/).length < 2) continue;
        const itemEnd = itemStart + item.length;
        for (const e of [...g.entities.values()])
          if (e.type === 'Plan' || e.type === 'NationalObjective') g.dropMentions(e.id, (x) => x.start < itemEnd && x.end > itemStart);
        const name = item.charAt(0).toUpperCase() + item.slice(1);
        const id = g.entity('Plan', name, g.span(itemStart, itemEnd));
        if (group) g.relate('PART_OF', id, group, [g.span(s.start, s.end)]);
      }
    }
  }
}

/** the plan whose mention covers the group noun */
function planAt(ctx: Ctx, start: number, end: number): string | undefined {
  for (const e of ctx.g.entities.values()) if (e.type === 'Plan' && e.mentions.some((x) => x.start < end && x.end > start)) return e.id;
  return undefined;
}
