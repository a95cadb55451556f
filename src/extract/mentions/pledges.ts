// Financial pledges as plans: a sum one party offers another ("a concessional credit of $10 billion",
// "a $2 billion loan", "will invest $5 billion in Ruritania"). The party named last before the
// pledge in its sentence (its subject) proposed it, with that person's country; a country it goes
// to ("to Ruritania", "in Ruritania") is who it was proposed to.
import type { Ctx } from '../context.ts';
import { PLEDGE_HEADS, PLEDGE_MODIFIERS, PLEDGE_VERBS } from '../data/plan-nouns.ts';
import { extractQuotedProgrammes } from './quoted-programmes.ts';
import { alignPlansWithObjectives } from './objective-alignment.ts';

const alt = (xs: string[]): string => xs.join('|');
const AMOUNT = String.raw`(?:(?:US\s?\$|USD|US\$|\$|€|£|EUR)\s?\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|mn))?|\d[\d.,]*\s*(?:billion|million|trillion)\s+(?:US\s+)?(?:dollars|euros|yuan|yen|rupees))`;
const MODS = `(?:(?:${alt(PLEDGE_MODIFIERS)})\\s+){0,3}`;
const HEAD = `(?:${alt(PLEDGE_HEADS)})`;
const QUAL = String.raw`(?:(?:about|around|over|more\s+than|up\s+to|nearly|some)\s+)?`;
const TO = String.raw`(?:\s+(?:to|for|in|into)\s+(?:the\s+)?(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))?`;

// "a concessional credit of USD 10 billion (to Ruritania)"
const NOMINAL = new RegExp(
  String.raw`(?<![\p{L}])(${MODS}${HEAD}\s+(?:of|worth|totall?ing|amounting\s+to)\s+${QUAL}${AMOUNT})${TO}`,
  'giu',
);
// "a $2 billion concessional loan (to Ruritania)"
const AMOUNT_FIRST = new RegExp(String.raw`(?<![\p{L}\d])(${AMOUNT}\s+${MODS}${HEAD})(?![\p{L}-])${TO}`, 'giu');
// "would invest $5 billion in Ruritania", "will provide $300 million in grants to Ruritania"
const VERBAL = new RegExp(
  String.raw`\b(?:will|would|to|shall)\s+(?:also\s+)?((?:${alt(PLEDGE_VERBS)})\s+(?:an?\s+(?:additional|further|new)\s+)?${QUAL}${AMOUNT}(?:\s+(?:in|of|as|worth\s+of)\s+(?:${MODS}${HEAD}|[a-z]+))?)${TO}`,
  'giu',
);

export function extractPledges(ctx: Ctx): void {
  const { body, g } = ctx;
  const planAt = (start: number, end: number) =>
    [...g.entities.values()].find(
      (e) => (e.type === 'Plan' || e.type === 'NationalObjective') && e.mentions.some((m) => m.start < end && m.end > start),
    );
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    for (const re of [NOMINAL, AMOUNT_FIRST, VERBAL]) {
      for (const m of text.matchAll(re)) {
        const core = m[1]!;
        const start = s.start + m.index! + m[0].indexOf(core);
        const end = start + core.length;
        const to = m[2] && ctx.g.entities.get(countryId(ctx, m[2])) ? m[2] : undefined;
        const full = to ? s.start + m.index! + m[0].length : end;
        const known = planAt(start, end);
        if (known) continue;
        // "the package worth 2 trillion yen" after "an economic package": a longer form of that plan
        const head = /(\p{L}+)\s+(?:of|worth|totall?ing|amounting)\b/u.exec(core)?.[1] ?? /(\p{L}+)$/u.exec(core)?.[1];
        const earlier = [...g.entities.values()].find(
          (e) =>
            e.type === 'Plan' && e.mentions.some((x) => x.end <= start) && head && new RegExp(`\\b${head}$`, 'i').test(e.mentions[0]!.text),
        );
        if (earlier && re === NOMINAL && core.toLowerCase().startsWith(head!.toLowerCase())) {
          g.mention(earlier.id, g.span(start, end));
          continue;
        }
        const name = body.slice(start, full).replace(/\s+/g, ' ');
        const id = g.entity('Plan', name.charAt(0).toUpperCase() + name.slice(1), g.span(start, full));
        if (full > end) g.mention(id, g.span(start, end));
        g.attr(id, 'kind', 'pledge');
        const agent = subjectBefore(ctx, s.start, start);
        const ev = g.span(agent ? agent.start : start, full);
        if (agent) {
          g.relate('PROPOSED', agent.id, id, [ev]);
          const country = g.typeOf(agent.id) === 'Person' ? ctx.people.get(agent.id)?.countries[0] : undefined;
          if (country) g.relate('PROPOSED', g.entity('Country', country), id, [ev]);
          if (g.typeOf(agent.id) === 'Organization') g.relate('PARTY_TO', agent.id, id, [ev], true);
        }
        if (to) g.relate('PROPOSED_TO', id, countryId(ctx, to), [g.span(start, full)]);
      }
    }
  } // national programmes named in quotes after their noun (quoted-programmes.ts): last of the
  // mention passes here, so a description another pass made of the noun folds into the name
  extractQuotedProgrammes(ctx);
  alignPlansWithObjectives(ctx);
}

const countryId = (ctx: Ctx, text: string): string =>
  [...ctx.g.entities.values()].find((e) => e.type === 'Country' && (e.name === text || e.mentions.some((m) => m.text === text)))?.id ?? '';

/** The person, country or body named last before the pledge in its sentence, within a clause's reach. */
function subjectBefore(ctx: Ctx, sStart: number, at: number): { id: string; start: number } | undefined {
  const cands = [...ctx.g.entities.values()]
    .filter((e) => e.type === 'Person' || e.type === 'Country' || e.type === 'Organization')
    .flatMap((e) =>
      e.mentions.filter((m) => m.start >= sStart && m.end <= at && at - m.end < 90).map((m) => ({ id: e.id, start: m.start, end: m.end })),
    )
    .sort((a, b) => b.end - a.end);
  const c = cands[0];
  // the subject's clause reaches the pledge: no sentence-internal break in between
  if (!c || /[;:()]|\b(?:which|who|while|after|before|when)\b/.test(ctx.body.slice(c.end, at))) return undefined;
  return c;
}
