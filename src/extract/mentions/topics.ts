// Topics from the data table; a topic in a sentence that lists areas ("areas of …", "covers",
// "included in") is covered by the nearest plan or objective of that sentence.
import type { Ctx } from '../context.ts';
import { TOPICS, TOPIC_VERBS } from '../data/topics.ts';
import { COVER_CUES } from '../data/cues.ts';

const MATCHERS = TOPICS.map((t) => ({
  name: t.name,
  re: new RegExp(`(?<![\\p{L}-])${TOPIC_VERBS}(?:${t.forms.join('|')})(?![\\p{L}])`, 'giu'),
  // Every match of `re` holds a match of one of its forms, so an article with none skips the
  // scan with `re`: its optional leading verb makes irregexp try every offset, which cost an
  // eighth of the extraction time over 37 topics, most of them absent from any one article.
  present: new RegExp(`(?:${t.forms.join('|')})`, 'iu'),
}));

// "covers gas, railways, ports and fisheries", "partners in shipbuilding and fisheries": the
// items of a list after such a cue are topics even when the table does not know them.
const LIST_CUE =
  /\b(?:covers?|covering|includ(?:es|ing|e)|such as|cooperat(?:e|ion) in|partners? in|areas of|fields of|spheres of|sectors of|(?:export|import|produc|suppli|manufactur)(?:ers?|s|ts)? of)\s+(?:the\s+)?/g;
const NOT_TOPIC = new Set([
  'areas',
  'area',
  'many',
  'projects',
  'fields',
  'sectors',
  'spheres',
  'things',
  'others',
  'issues',
  'them',
  'it',
  'other',
  'all',
  'both',
  'particular',
  'terms',
  'order',
  'cooperation',
  'including',
  'particularly',
  'especially',
  'notably',
  'mainly',
]);
// a list item naming a kind of area, not an area ("various economic fields")
const AREA_WORD = /\b(?:fields?|areas?|sectors?|spheres?|domains?)$/;
const STOPWORD =
  /^(?:the|a|an|of|to|in|on|for|with|by|as|at|from|that|which|is|are|was|were|will|would|has|have|be|its|their|our|his|her|this|these|those|many|more|most|new|other|such|between|into|than|also|not|and|or|it)$/;

// a new clause ends the list: "covers renewable energy, while officials noted …"
const CLAUSE =
  /^(?:while|whereas|which|who|whom|whose|when|where|but|although|though|because|since|after|before|during|as|if|he|she|they|we|officials?|it)$/;
const SPEECH = /^(?:said|says|noted|notes|added|adds|stressed|told|announced|stated|explained|emphasi[sz]ed)$/;

function listTopics(ctx: Ctx, taken: [number, number][]): void {
  const { body, g } = ctx;
  for (const cue of body.matchAll(LIST_CUE)) {
    let pos = cue.index! + cue[0].length;
    const items: [number, number][] = [];
    for (;;) {
      const w = /^(?:the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})/.exec(body.slice(pos, pos + 60));
      if (!w) break;
      const words = w[1]!.split(/\s+/);
      const keep = words.findIndex((x) => STOPWORD.test(x));
      const itemWords = keep < 0 ? words : words.slice(0, keep);
      if (
        !itemWords.length ||
        NOT_TOPIC.has(itemWords[0]!) ||
        NOT_TOPIC.has(itemWords.join(' ')) ||
        AREA_WORD.test(itemWords.join(' ')) ||
        CLAUSE.test(itemWords[0]!) ||
        itemWords.some((x) => SPEECH.test(x))
      )
        break;
      const start = pos + w[0].length - w[1]!.length;
      const end = start + itemWords.join(' ').length;
      items.push([start, end]);
      const sep = /^(?:,\s+(?:and\s+)?|\s+and\s+)/.exec(body.slice(end, end + 8));
      // "education and culture" read as one three-word window: "and" joins the next item, it does not end the list
      if (!sep || (keep >= 0 && words[keep] !== 'and')) break;
      pos = end + sep[0].length;
    }
    if (items.length < 2) continue;
    for (const [start, end] of items) {
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const text = body.slice(start, end);
      const known = MATCHERS.find((t) => {
        t.re.lastIndex = 0;
        const m = t.re.exec(text);
        return m && m[0].length === text.length;
      });
      taken.push([start, end]);
      g.entity('Topic', known?.name ?? text.charAt(0).toUpperCase() + text.slice(1), g.span(start, end));
    }
  }
}

export function extractTopics(ctx: Ctx): void {
  const { body, g } = ctx;
  const taken: [number, number][] = [];
  listTopics(ctx, taken);
  for (const t of MATCHERS) {
    if (!t.present.test(body)) continue;
    for (const m of body.matchAll(t.re)) {
      const start = m.index!;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      // areas are lower case in running text; "Mines and Energy" mid-sentence is a portfolio
      if (/^\p{Lu}\p{Ll}/u.test(m[0]) && !/(?:^|[.!?:]\s+|\n\s*)$/.test(body.slice(Math.max(0, start - 4), start))) continue;
      taken.push([start, end]);
      g.entity('Topic', t.name, g.span(start, end));
    }
  }
  // the loop below only adds COVERS relations: the mentions of topics, plans and objectives are listed once
  const mentionsOf = (types: string[]) =>
    [...g.entities.values()].filter((e) => types.includes(e.type)).flatMap((e) => e.mentions.map((m) => ({ id: e.id, m })));
  const byType = new Map(['Topic', 'Plan', 'NationalObjective'].map((t) => [t, mentionsOf([t])]));
  const planOrObjective = mentionsOf(['Plan', 'NationalObjective']);
  for (const s of ctx.sentences) {
    if (!COVER_CUES.test(s.text)) continue;
    const inS = (type: string) => byType.get(type)!.filter(({ m }) => m.start >= s.start && m.end <= s.end);
    const topics = inS('Topic');
    const hosts = [...inS('Plan'), ...inS('NationalObjective')];
    if (topics.length && !hosts.length && /^(?:It|This|They)\s+(?:also\s+)?(?:covers?|includes?)\b/.test(s.text)) {
      const last = planOrObjective.filter(({ m }) => m.end <= s.start).sort((a, b) => b.m.start - a.m.start)[0];
      if (last) for (const t of topics) g.relate('COVERS', last.id, t.id, [g.span(s.start, t.m.end)]);
      continue;
    }
    if (!topics.length || !hosts.length) continue;
    for (const t of topics) {
      const host = hosts.reduce((a, b) => (Math.abs(b.m.start - t.m.start) < Math.abs(a.m.start - t.m.start) ? b : a));
      const a = Math.min(t.m.start, host.m.start);
      const b = Math.max(t.m.end, host.m.end);
      g.relate('COVERS', host.id, t.id, [g.span(a, b)]);
    }
  }
}
