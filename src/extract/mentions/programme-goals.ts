// Goals listed under a national programme, in the shapes programme and budget texts use:
// - a ranking target: "among the world's top 40 countries in the X Index", "top 25 regarding the
//   Y Index (YI)", "one of the 20 leading countries in the Z Index" (in a sentence that states an aim);
// - a share target after a goal cue: "a goal of having 70% of public services provided online and
//   60% of those at the local level handled online by 2026" (an "N% of those" continues the item
//   before it), "plans to … have 90% of adults using bank accounts";
// - "all X are set/targeted/expected to be Y" (and, continuing a list of targets, "all X will be
//   completed …");
// - the verb phrases a programme or its country "aims/plans/seeks to" carry out: "the programme aims
//   to build a digital state and create global firms", "Ruritania plans to expand broadband, …".
// Each is the objective of the country named before it in the sentence, else of the article's
// dominant country.
import type { Ctx } from '../context.ts';
import type { PosToken } from '../text/sentences.ts';
import { countryMentions, dominantCountry, overlapsDescriptive } from './goal-clauses.ts';
import { countryOf } from '../data/lexicon.ts';
import { PERCENT } from '../data/goal-words.ts';
import { mainCountries } from '../resolve/inference.ts';
import { extractAllocations } from './allocations.ts';
import { extractDevelopmentGoals } from './development-goals.ts';

const RANK =
  /(?<![\p{L}])(?:(among\s+|one\s+of\s+)?(?:the\s+)?(?:(?:world|globe|region|continent)[’']s\s+)?)(top\s+(\d+)(?:\s+(?:countries|nations|economies))?|(\d+)\s+(?:leading|top|best[- ]ranked|best)\s+(?:countries|nations|economies))\s+(?:in\s+terms\s+of|in|regarding|on|of|for)\s+(?:the\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,5}Index)(?:\s+\((\p{Lu}{2,6})\))?/gu;
const AIM =
  /\b(?:aims?|aiming|targets?|targeting|goals?|objectives?|plans?|strives?|striving|seeks?|expected|set\s+to|is\s+to|are\s+to|will|become|enter|make|reach|ambition|vision)\b/i;
const SHARE_CUE =
  /\b(?:(?:goals?|targets?|aims?|objectives?)\s+of\s+(?:having\s+|achieving\s+|ensuring\s+)?|(?:plans?|aims?|seeks?|strives?|intends?|targets?|wants?)\s+to\s+|set\s+to\s+|targeted\s+to\s+)/i;
const SHARE_START = new RegExp(String.raw`(?<![\d.])${PERCENT}\s+of\s+(?!those\b|them\b|the\s+total\b)`, 'gi');
const ALL_SET =
  /(?<=^|[,;:]\s+|\b(?:and|while|meanwhile|addition|Meanwhile)\s+|\b(?:by|By)\s+(?:19|20)\d\d,\s+)(all\s+(?!of\b)[^.;:]{3,160}?\s+(?:is|are)\s+(?:set|targeted|expected|slated|planned|scheduled|due)\s+to\s+be\s+[^.;:(]{3,120}?)(?=\s*(?:\(|,\s+(?:including|such\s+as|excluding|except)\b|[.;:]|$))/gu;
const ALL_WILL =
  /^(?:In\s+addition|Also|Moreover|Furthermore|Besides|Additionally|Meanwhile|By\s+(?:19|20)\d\d),\s+(all\s+(?!of\b)[^.;:]{3,160}?),?\s+will\s+be\s+((?:[a-z]+ed)(?:,?\s+(?:and\s+)?[a-z]+ed){0,4})\b/u;
const VERB_CUE =
  /\b(?:aims?|aimed|plans?|planned|seeks?|sought|strives?|intends?|intended|is\s+set|are\s+set|targets?)\s+(?:[a-z]+ly\s+)?to\s+/gi;
const PROGRAMME_SUBJECT =
  /\b(?:programme|program|plan|strategy|vision|policy|agenda|roadmap|road\s+map|government|cabinet|budget|initiative|project)s?\b/i;
// verb phrases about relations between countries are not national goals
const NOT_GOAL =
  /\b(?:cooperation|relations?|ties|partnership|talks|visit|dialogue|meeting|agreements?|memorand\w*|signing|sign|discuss\w*|exchange\s+views|attend|hold|held)\b/i;
const TRAIL = /\s*(?:\([^)]*\)|,\s+(?:including|such\s+as|excluding|except)\b[^,;]*)/g;

export function extractProgrammeGoals(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  const taken = overlapsDescriptive(ctx);
  const countries = countryMentions(ctx);
  const add = (
    name: string,
    start: number,
    end: number,
    sStart: number,
    extra: [number, number][] = [],
    attrs: Record<string, string | undefined> = {},
  ): string | undefined => {
    if (end <= start || taken(start, end)) return undefined;
    const clean = name.replace(/\s+/g, ' ').trim();
    const id = g.entity('NationalObjective', clean.charAt(0).toUpperCase() + clean.slice(1), g.span(start, end));
    for (const [a, b] of extra) if (b > a && (a !== start || b !== end)) g.mention(id, g.span(a, b));
    for (const [k, v] of Object.entries(attrs)) if (v) g.attr(id, k, v);
    const before = countries.filter((c) => c.start >= sStart && c.end <= end).sort((x, y) => y.start - x.start)[0];
    const owner = before?.name ?? home;
    if (owner)
      g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(before ? Math.min(before.start, start) : start, end)], !before);
    return id;
  };
  const listed = new Set<number>(); // sentences holding a list of targets
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    // ranking targets
    if (/Index\b/.test(text) && AIM.test(text)) {
      for (const m of text.matchAll(RANK)) {
        const n = m[3] ?? m[4]!;
        const start = s.start + m.index!;
        const end = start + m[0].length;
        const topAt = s.start + m.index! + m[0].indexOf(m[2]!);
        const index = m[5]!.trim();
        const year = /^,?\s+by\s+((?:19|20)\d\d)\b/.exec(body.slice(end, end + 12))?.[1];
        const coreEnd = m[6] ? end - m[6].length - 3 : end;
        if (
          add(
            `Top ${n} in the ${index}${year ? ` by ${year}` : ''}`,
            m[1] ? start : topAt,
            end,
            s.start,
            [
              [topAt, end],
              [topAt, coreEnd],
            ],
            { target: `top ${n}`, year },
          )
        )
          listed.add(s.index);
      }
    }
    // share targets after a goal cue
    const cue = SHARE_CUE.exec(text);
    if (cue && /\d\s*(?:%|percent|per\s+cent)/.test(text)) {
      const from = cue.index + cue[0].length;
      const starts = [...text.matchAll(SHARE_START)].filter((m) => m.index! >= from);
      const yearAt = /\s+by\s+((?:19|20)\d\d)\s*[.;]?\s*$/.exec(text);
      for (let i = 0; i < starts.length; i++) {
        const a = starts[i]!.index!;
        let b = i + 1 < starts.length ? starts[i + 1]!.index! : text.length;
        // the item ends where the list goes on: ", and have …", ", and become …", "; …"
        const seg = text.slice(a, b);
        const stop =
          /(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:\p{Ll}+\s+)?(?:become|have|reach|achieve|ensure|make|raise|increase|build|create|develop|expand|universali[sz]e)\b)|[;.]|$/u.exec(
            seg.slice(1),
          );
        b = a + 1 + (stop ? stop.index : seg.length - 1);
        let item = text.slice(a, b).replace(/[,\s]+(?:and)?\s*$/, '');
        const core =
          /^[^(,]*?(?=\s*\(|\s+(?:provided|handled|used|using|delivered|available|resolved|processed|done|conducted|carried|made|offered|connected|covered)\b|,|$)/.exec(
            item,
          )?.[0] ?? item;
        item = item.replace(TRAIL, '');
        const year = /\bby\s+((?:19|20)\d\d)\b/.exec(item)?.[1] ?? (yearAt && i + 1 === starts.length ? undefined : yearAt?.[1]);
        const aAbs = s.start + a;
        const fullEnd = aAbs + text.slice(a, b).replace(/[,\s]+(?:and)?\s*$/, '').length;
        const name = `${item}${year && !item.includes(year) ? ` by ${year}` : ''}`;
        if (add(name, aAbs, aAbs + core.length, s.start, [[aAbs, fullEnd]], { target: /^[\d.]+\s*\S+/.exec(item)?.[0], year }))
          listed.add(s.index);
      }
    }
    // "all X are set to be Y"
    for (const m of text.matchAll(ALL_SET)) {
      const start = s.start + m.index! + m[0].indexOf(m[1]!);
      if (add(m[1]!, start, start + m[1]!.length, s.start, [], { year: /\b(?:19|20)\d\d\b/.exec(text)?.[0] })) listed.add(s.index);
    }
    // "In addition, all X will be completed, connected and shared": continuing a list of targets
    const w = listed.has(s.index - 1) || listed.has(s.index - 2) ? ALL_WILL.exec(text) : null;
    if (w) {
      const start = s.start + w.index + w[0].indexOf(w[1]!);
      const verbs = w[2]!
        .replace(/,?\s+and\s+/g, ', ')
        .split(/,\s*/)
        .map((v) => v.replace(/ed$/, (x) => (/(?:at|et|ar|ur|it)ed$/.test(v) ? 'e' : x === 'ed' ? '' : x)));
      const what = w[1]!.replace(/^all\s+/, '').replace(/\s+(?:on|of|for|in)\s+.*$/, '');
      const verbList = verbs.length > 1 ? `${verbs.slice(0, -1).join(', ')} and ${verbs[verbs.length - 1]}` : verbs[0]!;
      if (add(`${verbList} ${what}`, start, start + w[1]!.length, s.start)) listed.add(s.index);
    }
  }
  // verb phrases under a programme's or country's aim: in an article about one country's programme,
  // not between two (where "A aims to export more to B" is trade talk)
  if (mainCountries(ctx).length === 2) return;
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    for (const c of text.matchAll(VERB_CUE)) {
      const subject =
        text
          .slice(0, c.index!)
          .split(/[,;:]\s+(?=\p{Ll})/u)
          .pop() ?? '';
      const cAbs = s.start + c.index!;
      const own =
        PROGRAMME_SUBJECT.test(subject) ||
        [...g.entities.values()].some(
          (e) => e.type === 'NationalObjective' && e.mentions.some((m) => m.start >= s.start && m.end <= cAbs && cAbs - m.end < 40),
        ) ||
        (!!home && countries.some((x) => x.name === home && x.start >= s.start && x.end <= cAbs && cAbs - x.end < 25));
      if (!own || /\b(?:two|both)\s+(?:sides|countries|nations)\b|\band\s+\p{Lu}/u.test(subject)) continue;
      for (const vp of verbPhrases(ctx.tokens, cAbs + c[0].length, s.end)) {
        const t = body.slice(vp.start, vp.end);
        if (NOT_GOAL.test(t) || taken(vp.start, vp.end) || t.split(/\s+/).length < 3) continue;
        add(t, vp.start, vp.end, s.start);
      }
    }
  }
}

/** "develop X, Y and Z and create W, have V": verb phrases from `at`, split where a new verb starts an item. */
function verbPhrases(toks: PosToken[], at: number, end: number): { start: number; end: number }[] {
  let i = toks.findIndex((t) => t.start >= at);
  if (i < 0) return [];
  if (toks[i]!.pos === 'ADV') i++;
  const out: { start: number; end: number }[] = [];
  let cur = -1;
  let last = -1;
  const gerund = (t: PosToken): boolean => /ing$/i.test(t.text);
  for (; i < toks.length && toks[i]!.end <= end; i++) {
    const t = toks[i]!;
    if (cur >= 0 && /^(?:which|while|but|because|so|as|such|through|by|with|including)$/i.test(t.text)) break;
    // coordinated verb phrases share the verb's form: "to address X, including Y, underscoring Z" lists
    // one goal, then two participle clauses
    const startsItem =
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      (cur < 0 ||
        ((/^(?:,|and)$/.test(toks[i - 1]!.text) || (toks[i - 1]!.text === 'and' && toks[i - 2]?.text === ',')) &&
          gerund(t) === gerund(toks[cur]!)));
    if (startsItem && (cur < 0 || /^(?:,|and)$/.test(toks[i - 1]!.text))) {
      if (cur >= 0 && last > cur) out.push({ start: toks[cur]!.start, end: toks[last]!.end });
      if (cur < 0 && !/^[a-z]+$/.test(t.text)) return out;
      cur = i;
      last = i;
      continue;
    }
    if (cur < 0) return out;
    if (/^[.;:!?]$/.test(t.text)) break;
    if (t.pos === 'PUNCT' && t.text !== ',' && t.text !== '-' && t.text !== '%') break;
    if (t.text !== ',' && t.text !== 'and') last = i;
  }
  if (cur >= 0 && last > cur) out.push({ start: toks[cur]!.start, end: toks[last]!.end });
  return out;
}

// "By 2040, Ruritania will be a “leading economy in Africa” …": a vision statement of what the
// country will become by a year.
const BY_YEAR_BECOME =
  /(?<![\p{L}])By\s+((?:19|20)\d\d),\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+will\s+(?:be|become)\s+(?:a|an|the|one\s+of\s+the)\s+([“"‘]?(?:[\p{L}-]+\s+){0,4}?(?:country|countries|nation|nations|economy|economies|hub|power|centre|center|leader|destination|society|state|gateway)(?![\p{L}])[^.;:]{0,80}?)(?=[”"’]?\s*(?:[.;:]|$))/gu;

export function extractVisionStatements(ctx: Ctx): void {
  const { body, g } = ctx;
  for (const m of body.matchAll(BY_YEAR_BECOME)) {
    const country = countryOf(m[2]!);
    if (!country) continue;
    const start = m.index! + m[0].indexOf(m[2]!);
    const end = m.index! + m[0].length;
    if (g.claimed(start, end, (e) => e.type === 'NationalObjective' || e.type === 'Plan')) continue;
    const what = m[3]!.replace(/[“”"‘’]/g, '').replace(/\s+/g, ' ');
    const id = g.entity(
      'NationalObjective',
      `${country} ${/^one of/.test(m[0].slice(m[0].indexOf(m[3]!) - 12)) ? 'one of the' : 'a'} ${what.charAt(0).toLowerCase()}${what.slice(1)} by ${m[1]}`,
      g.span(start, end),
    );
    // a quoted phrase inside the statement is its short name
    const q = /[“"‘]([^”"’]{3,60})[”"’]/.exec(m[3]!);
    if (q) {
      const qs = m.index! + m[0].indexOf(m[3]!) + q.index + 1;
      g.mention(id, g.span(qs, qs + q[1]!.length));
    }
    g.attr(id, 'year', m[1]!);
    g.relate('OBJECTIVE_OF', id, g.entity('Country', country), [g.span(m.index!, end)]);
  }
}

// "the long-term development policy (document)", "the national development strategy of Ruritania":
// a lower-case description of a country's programme, a mention of the named programme it stands
// next to or, failing that, of the article's only named programme
const DESCRIPTOR =
  /(?<![\p{L}-])(?:(?:long|medium)[- ]term|national|country[’']s)\s+(?:(?:development|growth|economic)\s+)?(?:policy|strategy|vision|programme|program|plan|agenda)(?:\s+document)?(?:\s+of\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))?(?![\p{L}-])|(?<![\p{L}-])(?:long[- ]term|development)\s+policy\s+document(?![\p{L}-])/gu;
const NAMED_PROGRAMME = /(?:\b(?:Vision|Agenda|Strategy|Plan|Programme|Program|Policy)\b|\b(?:19|20)\d\d\b)/;

export function extractProgrammeDescriptors(ctx: Ctx): void {
  const { body, g } = ctx;
  const named = [...g.entities.values()].filter(
    (e) => e.type === 'NationalObjective' && NAMED_PROGRAMME.test(e.name) && /^\p{Lu}/u.test(e.mentions[0]?.text ?? ''),
  );
  if (!named.length) return;
  const taken = (a: number, b: number): boolean => g.claimed(a, b, (e) => e.type !== 'Country');
  for (const m of body.matchAll(DESCRIPTOR)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (taken(start, end)) continue;
    if (m[1] && !countryOf(m[1])) continue;
    // next to a named programme ("… policy of Ruritania “Vision-2040”", "“Vision-2040” long-term policy document")
    const near = named.find((e) =>
      e.mentions.some((x) => (x.start >= end && x.start - end <= 3) || (x.end <= start && start - x.end <= 3)),
    );
    const host = near ?? (named.length === 1 ? named[0] : undefined);
    if (!host) continue;
    g.mention(host.id, g.span(start, end));
    // the bare description inside it: "long-term development policy" of "… policy document"
    const bare = /^(.*?(?:policy|strategy|vision|programme|program|plan|agenda))\s+(?:document|of\s)/.exec(m[0]);
    if (bare) g.mention(host.id, g.span(start, start + bare[1]!.length));
  }
}

// "declared that Ruritania will abolish visas for EU citizens": a policy a leader announces for the
// country, proposed by the speaker
const POLICY_VERBS =
  'abolish|lift|scrap|introduce|launch|build|create|establish|double|triple|raise|increase|cut|reduce|eliminate|join|privati[sz]e|moderni[sz]e|diversify|expand|simplify|liberali[sz]e|open\\s+up';
const DECLARED = new RegExp(
  String.raw`\b(?:declared|announced|pledged|promised|vowed|stated|confirmed)\s+that\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:will|would|is\s+going\s+to|shall)\s+((?:${POLICY_VERBS})\s+[^,.;:“”"]{3,80}?)(?=\s+(?:as\s+part\s+of|in\s+order|from\s+next|starting|within|and\s+(?:that|will))\b|[,.;:“”"]|$)`,
  'gu',
);
// "… as part of the abolition of visas for OECD countries": the wider programme the goal belongs to
const AS_PART_OF =
  /^\s+as\s+(?:a\s+)?part\s+of\s+(?:the|its|a|an|their)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+(?:tion|ment|sion|ance|ence|ing)\s+(?:of|for|to|in)\s+[^,.;:“”"]{3,60}?)(?=\s*[,.;:“”"]|\s*$)/;
// "the programmes of realizing the Kingdom's Vision 2030": the programmes that carry out a named
// national programme are an objective of their own
const REALIZING =
  /\b((?:programs?|programmes?|initiatives?|projects?|plans?)\s+(?:of|for)\s+(?:realiz|realis|implement|achiev|deliver)ing\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*[’']s\s+)?)$/u;
// "the diversification of the economy", "economic diversification"
const DIVERSIFY =
  /\b(?:economic\s+diversification|(?:diversification|industriali[sz]ation|moderni[sz]ation|digitali[sz]ation|transformation)\s+of\s+(?:the|our|its|their)\s+(?:national\s+)?economy)\b/gi;
// in a quotation: "we must grow our economy …", "the need to increase non-oil revenue …"
const MUST =
  /\b(?:[Ww]e\s+(?:must|need\s+to|have\s+to)|the\s+need\s+to)\s+((?:grow|increase|raise|boost|diversify|expand|reduce|cut|build|create|develop|attract)\s+[^.;,:“”"]{3,80}?)(?=\s+(?:as\s+well\s+as|while|but|because|so\s+that)\b|[.;,:“”"]|$)/g;

export function extractDeclaredGoals(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  const taken = overlapsDescriptive(ctx);
  const objective = (
    start: number,
    end: number,
    owner: string | undefined,
    ev: [number, number],
    implicit: boolean,
  ): string | undefined => {
    if (end <= start || taken(start, end)) return undefined;
    const t = body.slice(start, end).replace(/\s+/g, ' ');
    const id = g.entity('NationalObjective', t.charAt(0).toUpperCase() + t.slice(1), g.span(start, end));
    if (owner) g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(ev[0], ev[1])], implicit);
    return id;
  };
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    for (const m of text.matchAll(DECLARED)) {
      const country = countryOf(m[1]!);
      if (!country) continue;
      const start = s.start + m.index! + m[0].length - m[2]!.length;
      const end = start + m[2]!.length;
      const id = objective(start, end, country, [s.start + m.index!, end], false);
      if (!id) continue;
      // the speaker: the person named last before the verb in the sentence
      const speaker = [...g.entities.values()]
        .filter((e) => e.type === 'Person')
        .flatMap((e) => e.mentions.filter((x) => x.start >= s.start && x.end <= s.start + m.index!).map((x) => ({ id: e.id, at: x.start })))
        .sort((a, b) => b.at - a.at)[0];
      if (speaker) g.relate('PROPOSED', speaker.id, id, [g.span(speaker.at, end)]);
      const part = AS_PART_OF.exec(body.slice(end, s.end));
      if (part) {
        const ps = end + part[0].length - part[1]!.length;
        objective(ps, ps + part[1]!.length, country, [ps, ps + part[1]!.length], false);
      }
    }
  }
  for (const e of [...g.entities.values()]) {
    if (e.type !== 'NationalObjective') continue;
    for (const m of [...e.mentions]) {
      const r = REALIZING.exec(body.slice(Math.max(0, m.start - 70), m.start));
      if (!r) continue;
      const start = m.start - r[1]!.length;
      if (taken(start, m.start)) continue;
      const owner = [...g.relations.values()].find((x) => x.type === 'OBJECTIVE_OF' && x.from === e.id)?.to;
      const id = g.entity(
        'NationalObjective',
        body
          .slice(start, m.end)
          .replace(/\s+/g, ' ')
          .replace(/^./, (c) => c.toUpperCase()),
        g.span(start, m.end),
      );
      if (owner) g.relate('OBJECTIVE_OF', id, owner, [g.span(start, m.end)]);
      else if (home) g.relate('OBJECTIVE_OF', id, g.entity('Country', home), [g.span(start, m.end)], true);
    }
  }
  for (const m of body.matchAll(DIVERSIFY)) objective(m.index!, m.index! + m[0].length, home, [m.index!, m.index! + m[0].length], true);
  for (const q of ctx.quotes) {
    const text = body.slice(q.start, q.end);
    for (const m of text.matchAll(MUST)) {
      const start = q.start + m.index! + m[0].length - m[1]!.length;
      const end = start + m[1]!.length;
      if (NOT_GOAL.test(m[1]!) || /\brelationship\b/.test(m[1]!) || taken(start, end)) continue;
      // "we must grow our economy away from oil" after "the diversification of the economy": the same goal
      const same = /\beconomy\b/.test(m[1]!)
        ? [...g.entities.values()].find(
            (e) => e.type === 'NationalObjective' && /\beconomy\b/i.test(e.name) && e.mentions.some((x) => Math.abs(x.start - start) < 300),
          )
        : undefined;
      if (same) {
        g.mention(same.id, g.span(start, end));
        continue;
      }
      objective(start, end, home, [start, end], true);
    }
  }
}

// "the programme's focus in its next phase will be on speeding up delivery and widening
// participation": what a named programme will focus on is one objective, each listed item a mention
const FOCUS =
  /\b(?:focus|priority|priorities|emphasis)\b[^.;:]{0,40}?\bwill\s+be\s+(?:mainly\s+|chiefly\s+)?on\s+([^.;:]{5,200}?)(?=\s*(?:[.;:]|$))/gu;

export function extractFocusGoals(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    for (const m of text.matchAll(FOCUS)) {
      const at = s.start + m.index!;
      // the programme named in the sentence before the cue, in full or by its capitalised head ("the Vision’s focus")
      const lead = body.slice(s.start, at);
      const programme =
        [...g.entities.values()].find((e) => e.type === 'NationalObjective' && e.mentions.some((x) => x.start >= s.start && x.end <= at)) ??
        [...g.entities.values()].find(
          (e) =>
            e.type === 'NationalObjective' &&
            /^\p{Lu}/u.test(e.mentions[0]?.text ?? '') &&
            new RegExp(
              `\\b[Tt]he\\s+${/\b(Vision|Strategy|Plan|Programme|Program|Agenda|Policy)\b/.exec(e.name)?.[1] ?? '\\b_'}[’']s?\\b`,
            ).test(lead),
        );
      if (!programme) continue;
      const start = at + m[0].length - m[1]!.length;
      const end = start + m[1]!.length;
      if (
        [...g.entities.values()].some((e) =>
          e.mentions.some((x) => x.start < end && x.end > start && e.type !== 'Country' && e.type !== 'Organization'),
        )
      )
        continue;
      // items: gerund clauses joined by commas and "and"
      const items = [
        ...m[1]!.matchAll(
          /(?:^|,\s*(?:and\s+)?|\s+and\s+)((?:(?:further|also|more)\s+)?[a-z]+ing\b[^,]*?)(?=,|\s+and\s+(?:(?:further|also|more)\s+)?[a-z]+ing\b|$)/g,
        ),
      ];
      if (items.length < 1) continue;
      const id = g.entity(
        'NationalObjective',
        `${programme.name.replace(/^\p{Lu}[\p{L}-]*[’']s\s+/u, '')} next phase: ${m[1]!.replace(/\s+/g, ' ')}`,
        g.span(start, end),
      );
      for (const it of items) {
        const is = start + it.index! + it[0].length - it[1]!.length;
        g.mention(id, g.span(is, is + it[1]!.length));
      }
      const owner = [...g.relations.values()].find((r) => r.type === 'OBJECTIVE_OF' && r.from === programme.id)?.to;
      if (owner) g.relate('OBJECTIVE_OF', id, owner, [g.span(at, end)], true);
      else if (home) g.relate('OBJECTIVE_OF', id, g.entity('Country', home), [g.span(at, end)], true);
    }
  } // budget allocations (allocations.ts) run here, after the goal clauses and before pledges claim figures
  extractAllocations(ctx);
  extractDevelopmentGoals(ctx);
}
