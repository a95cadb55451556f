// Plans found by their head noun rather than by known phrasings: a noun phrase (from the POS
// tags of wink-nlp) whose last noun is a plan noun ("agreement", "MoUs", "road map", "budget"),
// with its modifiers ("comprehensive economic package", "six MoUs") and an "of/on/for/to …"
// complement ("Protocol on expanding mutual cooperation", "budget for FY24"). A bare definite
// one ("the agreement", "the MoUs") is a back-reference to the latest plan with that head.
import type { Ctx } from '../context.ts';
import type { PosToken } from '../text/sentences.ts';
import { countryOf } from '../data/lexicon.ts';
import {
  PLAN_NOUNS,
  COMPLEMENTED_HEADS,
  SPLIT_HEADS,
  EMPTY_MODIFIERS,
  DEFINITE,
  INSTRUMENT_HEADS,
  GENERIC_INSTRUMENT,
  POSSESSIVE,
  QUALIFIED_HEADS,
  VERB_NOT_MODIFIER,
} from '../data/plan-nouns.ts';

// heads that also name intentions and undertakings ("plans to export", "many projects")
const SOFT_HEADS = /^(?:plans?|projects?|programmes?|programs?|package|deals?)$/;
const MODIFIER = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const COMPLEMENT_WORD = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
const low = (t: PosToken | undefined): string => t?.text.toLowerCase() ?? '';
const NATIONAL_HEAD = /^(?:plan|programme|program|strategy|agenda|vision)$/;
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|\d{1,2}(?:st|nd|rd|th)?|today|tomorrow|yesterday|this|next|last|first|second|time|year|years|sidelines|occasion|day|week|month)$/;
const glued = (a: PosToken, b: PosToken): boolean => a.end === b.start;
/** Singular head for comparing a back-reference with a plan's name. */
const stem = (w: string): string =>
  w
    .toLowerCase()
    .replace(/(?:a|ums|s)$/, '')
    .replace(/^(?:memorand|mou)$/, 'memorandum');

interface Phrase {
  start: number;
  end: number;
  core: number;
  headEnd: number;
  head: string;
  det: string;
  named: boolean;
  mods: number;
}

export function extractPlanPhrases(ctx: Ctx): void {
  const toks = ctx.tokens;
  for (let i = 0; i < toks.length; i++) {
    const p = phraseAt(toks, i);
    if (p) place(ctx, p);
  }
}

function isHead(toks: PosToken[], i: number): boolean {
  const t = toks[i]!;
  const w = low(t);
  if (SPLIT_HEADS[w]) return low(toks[i - 1]) === SPLIT_HEADS[w];
  // "Pacific Alliance" is a bloc: an alliance is a plan only in lower case ("strategic alliance")
  if (w === 'alliance' && /^\p{Lu}/u.test(t.text)) return false;
  const after = COMPLEMENTED_HEADS[w];
  if (after) return after.every((x, k) => low(toks[i + 1 + k]) === x) && (t.pos === 'NOUN' || t.pos === 'PROPN');
  const q = QUALIFIED_HEADS[w];
  // "the Appropriation Bill" at a sentence's start, "a joint statement": the word before qualifies the head
  // … and a joint statement is a plan only when signed or adopted ("in a joint statement, ministers said" is a communiqué)
  if (
    q &&
    /^statements?$/.test(w) &&
    !toks.slice(Math.max(0, i - 4), i + 2).some((x) => /^(?:signed|sign|signing|adopted|adopt|inked)$/i.test(x.text))
  )
    return false;
  if (q)
    return (
      q.test(toks[i - 1]?.text ?? '') &&
      toks[i - 1]!.end + 1 >= t.start &&
      !/^(?:The|A|An|This)$/.test(toks[i - 1]!.text) &&
      (t.pos === 'NOUN' || t.pos === 'PROPN')
    );
  return PLAN_NOUNS.has(w) && (t.pos === 'NOUN' || t.pos === 'PROPN');
}

function phraseAt(toks: PosToken[], i: number): Phrase | undefined {
  // "the government plans to raise …": a verb, not a plan
  if (/^plans$/i.test(toks[i]?.text ?? '') && low(toks[i + 1]) === 'to' && toks[i + 2]?.pos === 'VERB') return undefined;
  if (!isHead(toks, i) || isHead(toks, i + 1) || (SPLIT_HEADS[low(toks[i + 1])] && low(toks[i]) === 'road')) return undefined;
  // "within the framework of …" is an idiom, not a plan
  if (low(toks[i]).startsWith('framework') && low(toks[i + 1]) === 'of') return undefined;
  let j = i - 1;
  let mods = 0;
  // modifiers: adjectives, nouns, names, numbers and hyphen joins ("10-point", "Brazil-Egypt")
  while (j >= 0) {
    const t = toks[j]!;
    const hyphen = /^[-–]$/.test(t.text) && j > 0 && glued(toks[j - 1]!, t) && glued(t, toks[j + 1]!);
    // "PACER-Plus", "Tonga-Plus": a capitalised word hyphen-joined to the one before is part of a name
    // whatever its tag
    const joined =
      j > 1 && /^[-–]$/.test(toks[j - 1]!.text) && glued(toks[j - 1]!, t) && glued(toks[j - 2]!, toks[j - 1]!) && /^\p{Lu}/u.test(t.text);
    if (!hyphen && !joined && !(MODIFIER.has(t.pos) && !/^[’']s$/.test(t.text)) && !(SPLIT_HEADS[low(toks[j + 1])] && low(t) === 'road'))
      break;
    // a present-tense verb the tagger took for a noun ("Kenya and Indonesia sign four MoUs")
    if (VERB_NOT_MODIFIER.has(t.text)) break;
    // a participle right after its subject is the verb ("Egypt formalized two agreements")
    if (/^[a-z]+ed$/.test(t.text) && !DEFINITE.has(low(toks[j - 1])) && !/^an?$/.test(low(toks[j - 1]))) break;
    if (!hyphen && !EMPTY_MODIFIERS.has(low(t)) && low(t) !== 'road') mods++;
    j--;
  }
  let first = j + 1;
  while (first < i && EMPTY_MODIFIERS.has(low(toks[first]))) first++;
  // "the Commission's (JETCO) MoU": a possessive, maybe with an acronym in brackets, determines the head like "its"
  const acronymAt = toks[j]?.text === ')' && toks[j - 2]?.text === '(' && /^\p{Lu}{2,}$/u.test(toks[j - 1]?.text ?? '') ? j - 3 : j;
  const det = /^[’']s$/.test(toks[acronymAt]?.text ?? '') && first === i ? 'its' : low(toks[j]);
  // "there was no joint declaration", "no signed agreement": a plan said not to exist
  if (det === 'no' || (/ed$/.test(det) && low(toks[j - 1]) === 'no')) return undefined;
  let end = i;
  let core = toks[i]!.end;
  if (low(toks[i + 1]) === 'of' && toks[i + 2]?.pos === 'NOUN' && low(toks[i + 3]) !== 'and') core = toks[i + 2]!.end;
  // "Letter of Intent": the words the head needs are part of its core
  const needed = COMPLEMENTED_HEADS[low(toks[i])]?.length ?? 0;
  if (needed) core = toks[i + needed]!.end;
  // "agreements and memorandums of understanding": coordinated heads are one set
  if (low(toks[end + 1]) === 'and') {
    let k = end + 2;
    while (toks[k] && toks[k]!.pos === 'ADJ') k++;
    if (toks[k] && isHead(toks, k)) end = k;
  }
  const headEnd = end;
  end = complement(toks, end, !SOFT_HEADS.test(low(toks[i])));
  // "Memorandum of Understanding of Academic Cooperation between A and B": the name before the sides is one too
  const between = toks.findIndex((t, k) => k > headEnd && k <= end && low(t) === 'between');
  if (between > headEnd + 1 && toks[between - 1]!.end > core) core = toks[between - 1]!.end;
  // "plans of processing", "US plans": a soft head needs a modifier of its own or a "for/on" topic
  // and "200 private projects" is a count of undertakings, not one plan
  if (SOFT_HEADS.test(low(toks[i])) && toks.slice(first, i).some((t) => /^\d/.test(t.text))) return undefined;
  if (
    SOFT_HEADS.test(low(toks[i])) &&
    !toks.slice(first, i).some((t) => !countryOf(t.text) && t.pos !== 'NUM') &&
    !(end > headEnd && /^(?:for|on)$/.test(low(toks[headEnd + 1])))
  )
    return undefined;
  // a plural with only adjectives ("economic partnerships", "regional initiatives") is a kind
  // of plan, not one; counted, determined or noun-modified ones ("export contracts") are plans
  // "133 commitments" agreed at a meeting are a plan; "climate commitments", "their commitments" are not
  if (low(toks[i]) === 'commitments' && !toks.slice(first, i).some((t) => /^\d+$/.test(t.text)) && !(DEFINITE.has(det) && first === i))
    return undefined;
  // … unless counted by a quantity noun: "a number of international agreements", "a series of bilateral accords"
  const counted = det === 'of' && /^(?:number|numbers|series|set|range|dozen|couple|total|raft|host|package)$/.test(low(toks[j - 1]));
  if (
    /s$/i.test(toks[i]!.text) &&
    end === i &&
    first < i &&
    !DEFINITE.has(det) &&
    !counted &&
    toks.slice(first, i).every((t) => t.pos === 'ADJ' || EMPTY_MODIFIERS.has(low(t)))
  )
    return undefined;
  const named = mods > 0 || end > i;
  return { start: toks[first]!.start, end: toks[end]!.end, core, headEnd: toks[headEnd]!.end, head: stem(toks[i]!.text), det, named, mods };
}

const FIELD = /^(?:fields?|areas?|spheres?|domains?)$/;

/** Extends over "of understanding", "(MOU)", "on expanding mutual cooperation", "to protect investments". */
function complement(toks: PosToken[], end: number, infinitive: boolean): number {
  for (let guard = 0; guard < 3; guard++) {
    const w = low(toks[end + 1]);
    if (w === '(' && /^\p{Lu}+s?$/u.test(toks[end + 2]?.text ?? '') && toks[end + 3]?.text === ')') {
      end += 3;
      continue;
    }
    let k = end + 2;
    // "a memorandum of understanding in the field of Islamic affairs": the field names the plan
    const field = w === 'in' && low(toks[end + 2]) === 'the' && FIELD.test(low(toks[end + 3])) && low(toks[end + 4]) === 'of';
    if (field) k = end + 5;
    else if (w === 'to' && infinitive) {
      if (toks[k]?.pos !== 'VERB') return end;
      while (toks[k]?.pos === 'VERB' || (low(toks[k]) === 'and' && toks[k + 1]?.pos === 'VERB')) k++;
    } else if (w === 'between') {
      // "… on economic cooperation between A and B": the parties close the name
      // "an MOU between the Ruritania Health Board and the Borduria Food and Drug Agency": sides of several
      // words, each closed by a noun or a name, joined by "and"
      return betweenSides(toks, end + 2) ?? end;
    } else if (w !== 'of' && w !== 'on' && w !== 'for') return end;
    // "on Friday", "on 12 May", "for this year", "for the first time": a date or time, not a topic
    // … but "the Protocol of the 9th meeting of …": an ordinal before a noun counts an occasion, not a day
    const counted = w === 'of' && /^\d+(?:st|nd|rd|th)$/.test(low(toks[end + 3])) && toks[end + 4]?.pos === 'NOUN';
    if (
      !field &&
      !counted &&
      (TIME_WORD.test(low(toks[end + 2])) || (DEFINITE.has(low(toks[end + 2])) && TIME_WORD.test(low(toks[end + 3]))))
    )
      return end;
    if (DEFINITE.has(low(toks[k])) || low(toks[k]) === 'a') k++;
    let last = -1;
    for (let n = 0; toks[k] && n < 8; n++, k++) {
      const t = toks[k]!;
      if (COMPLEMENT_WORD.has(t.pos) || (t.pos === 'VERB' && /ing$/.test(t.text))) {
        if (t.pos !== 'VERB') last = k;
        continue;
      }
      if (low(t) === 'and' && COMPLEMENT_WORD.has(toks[k + 1]?.pos ?? '')) continue;
      if (/^[-–]$/.test(t.text) && glued(toks[k - 1]!, t)) continue;
      break;
    }
    if (last < 0) return end;
    end = last;
  }
  return end;
}

function place(ctx: Ctx, phrase: Phrase): void {
  let p = phrase;
  // "there was no joint declaration": a plan said not to exist
  if (p.det === 'no') return;
  const { g, body } = ctx;
  const plans = [...g.entities.values()].filter((e) => e.type === 'Plan' || e.type === 'NationalObjective');
  // inside or around a plan already found: one more surface form of it
  let host = plans.find((e) => e.mentions.some((m) => m.start < p.end && m.end > p.start));
  // "an agreement to raise trade to $4 billion": an objective in the complement is what the plan
  // serves; the plan is named up to its head
  if (
    host &&
    host.type === 'NationalObjective' &&
    host.mentions.every((m) => !(m.start < p.end && m.end > p.start) || m.start >= p.headEnd)
  ) {
    p = { ...p, end: p.headEnd, core: Math.min(p.core, p.headEnd), named: p.mods > 0 };
    host = plans.find((e) => e.mentions.some((m) => m.start < p.end && m.end > p.start));
  }
  if (host) {
    const m = host.mentions.find((x) => x.start < p.end && x.end > p.start)!;
    if (m.start >= p.start && m.end <= p.end && p.named) g.mention(host.id, g.span(p.start, p.end));
    return;
  }
  const text = body.slice(p.start, p.end);
  // "Ruritanian Development Plan for 2024 to 2029" after "Ruritanian Development Plan": a longer form of it
  const lower = text.toLowerCase();
  const extended = plans.find((e) => lower.startsWith(`${e.name.toLowerCase()} `) && e.mentions.some((m) => m.end <= p.start));
  if (extended) {
    g.mention(extended.id, g.span(p.start, p.end));
    return;
  }
  // "the second national budget" after "the 2024 Budget": an article's budget without a year of
  // its own is the budget named before
  if (p.head === 'budget' && !/\d/.test(text)) {
    const budget = plans.find((e) => e.type === 'Plan' && /\bbudget\b/i.test(e.name) && e.mentions.some((m) => m.end <= p.start));
    if (budget) {
      g.mention(budget.id, g.span(p.start, p.end));
      return;
    }
  }
  const earlier = plans
    .filter((e) => e.type === 'Plan' && e.mentions.some((m) => m.end <= p.start))
    .sort((a, b) => Math.max(...b.mentions.map((m) => m.start)) - Math.max(...a.mentions.map((m) => m.start)));
  const words = text
    .toLowerCase()
    .split(/[\s-]+/)
    .map(stem);
  const sameHead = earlier.find((e) =>
    e.name
      .toLowerCase()
      .split(/[\s-]+/)
      .map(stem)
      .includes(p.head),
  );
  // "the partnership to bring new jobs" after "the A–B Clean Energy Partnership": a purpose clause
  // about the plan named before, not a plan of its own
  if (DEFINITE.has(p.det) && p.mods === 0 && sameHead && /^\s+to\s/.test(body.slice(p.headEnd, p.headEnd + 5))) {
    g.mention(sameHead.id, g.span(p.start, p.headEnd));
    return;
  }
  if (!p.named) {
    // "the agreement" refers back; "the Roadmaps signed following …" names one of its own
    if (!DEFINITE.has(p.det) && !POSSESSIVE.has(p.det)) return;
    if (sameHead) {
      g.mention(sameHead.id, g.span(p.start, p.end));
      return;
    }
    // "the agreement" after "a memorandum of understanding": a generic instrument word, singular and
    // bare, refers back to the latest signed instrument (whatever its head)
    const instrument =
      GENERIC_INSTRUMENT.has(p.head) && !/s$/i.test(body.slice(p.headEnd - 1, p.headEnd)) && p.end === p.headEnd
        ? earlier.find((e) =>
            e.name
              .toLowerCase()
              .split(/[\s-]+/)
              .map(stem)
              .some((w) => INSTRUMENT_HEADS.has(w)),
          )
        : undefined;
    if (instrument) {
      g.mention(instrument.id, g.span(p.start, p.end));
      return;
    }
    if (!DEFINITE.has(p.det)) return;
    if (!/^\s+(?:signed|adopted|concluded|agreed|approved)\b/.test(body.slice(p.end, p.end + 12))) return;
  } else if (DEFINITE.has(p.det)) {
    // "the framework agreement" after "EU-Australia Framework Agreement"
    // (without its complement: "the development plan for Ruritania" after "Ruritanian Development Plan")
    const headWords = body
      .slice(p.start, p.headEnd)
      .toLowerCase()
      .split(/[\s-]+/)
      .map(stem);
    const tail =
      earlier.find((e) => {
        const n = e.name
          .toLowerCase()
          .split(/[\s-]+/)
          .map(stem);
        return words.every((w) => n.includes(w));
      }) ??
      plans.find(
        (e) =>
          e.type === 'NationalObjective' &&
          e.mentions.some((m) => m.end <= p.start) &&
          headWords.every((w) =>
            e.name
              .toLowerCase()
              .split(/[\s-]+/)
              .map(stem)
              .includes(w),
          ),
      );
    if (tail) {
      g.mention(tail.id, g.span(p.start, p.end));
      return;
    }
  } else if (/^(?:a|an)$/.test(p.det) && p.end === p.headEnd && !/\p{Lu}|\d/u.test(text)) {
    // "hoped to sign a free trade agreement" after the "A–B Free Trade Agreement": the kind of plan
    // named before, in the same words, is that plan
    const same = earlier.find((e) => {
      const n = e.name
        .toLowerCase()
        .split(/[\s-]+/)
        .map(stem);
      return words.length > 1 && words.every((w) => n.includes(w));
    });
    // … unless the sentence names a country the earlier plan does not ("Ghana wants a trade agreement")
    const sentence = ctx.sentences.find((x) => x.start <= p.start && p.start < x.end);
    const named = new Set((same?.name.match(/\p{Lu}[\p{L}]+/gu) ?? []).map((w) => countryOf(w)).filter(Boolean));
    const others =
      sentence &&
      [...g.entities.values()].some(
        (e) => e.type === 'Country' && !named.has(e.name) && e.mentions.some((m) => m.start >= sentence.start && m.end <= sentence.end),
      );
    if (same && !others) {
      g.mention(same.id, g.span(p.start, p.end));
      return;
    }
  }
  // "a ten-year development plan", "the national strategy": one country's own programme
  const own =
    NATIONAL_HEAD.test(p.head) &&
    /\b(?:development|national)\b/i.test(body.slice(p.start, p.headEnd)) &&
    !/\b(?:joint|bilateral|cooperation|partnership|regional|common|trilateral)\b|[-–]\p{Lu}/iu.test(body.slice(p.start, p.end));
  // "the development plan" after "Vision 2050": a back-reference to the country's named programme
  if (own && DEFINITE.has(p.det) && p.mods <= 1) {
    const named = plans
      .filter(
        (e) =>
          e.type === 'NationalObjective' &&
          /\b(?:vision|plan|strategy|agenda|programme|program)\b/i.test(e.name) &&
          e.mentions.some((m) => m.end <= p.start),
      )
      .sort((a, b) => Math.max(...b.mentions.map((m) => m.start)) - Math.max(...a.mentions.map((m) => m.start)))[0];
    if (named) {
      g.mention(named.id, g.span(p.start, p.end));
      return;
    }
  }
  const id = g.entity(own ? 'NationalObjective' : 'Plan', text, g.span(p.start, p.end));
  if (p.core < p.end) g.mention(id, g.span(p.start, p.core));
  // "the PACER-Plus agreement" … "signed PACER-Plus": a coined name before the head names the plan alone
  const coined = /^([\p{Lu}\d][\p{L}\d]*(?:[-–][\p{Lu}\d][\p{L}\d]*)+|\p{Lu}{3,}\d*)\s+\p{L}+$/u.exec(body.slice(p.start, p.headEnd))?.[1];
  if (coined && !countryOf(coined) && !coined.split(/[-–]/).some((w) => countryOf(w))) {
    for (const m of body.matchAll(new RegExp(`(?<![\\p{L}\\d-])${coined.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d-])`, 'gu'))) {
      if (!g.claimed(m.index!, m.index! + coined.length)) g.mention(id, g.span(m.index!, m.index! + coined.length));
    }
  }
  // "(MOU)" after the name is its acronym
  const acr = /\((\p{Lu}[\p{L}]*)\)/u.exec(text);
  if (acr) g.mention(id, g.span(p.start + acr.index + 1, p.start + acr.index + 1 + acr[1]!.length));
}

const SIDE_WORD = new Set(['NOUN', 'PROPN', 'ADJ']);
const SIDE_JOIN = /^(?:and|of|for|the|&)$/;

/** The last token of "A and B" from `k`: nouns, names and adjectives, joined by and/of/for/the, up to
 * 24 tokens, at least one "and", ending on a noun or name; undefined when the words are no such pair (a
 * side cut short by a possessive, "between A and Ruritania’s B", is not one). */
function betweenSides(toks: PosToken[], k: number): number | undefined {
  let last: number | undefined;
  let and = false;
  for (let n = 0; toks[k] && n < 24; n++, k++) {
    const t = toks[k]!;
    // "… and the Memorandum of …": the next plan of a list starts, not a side
    if (PLAN_NOUNS.has(low(t))) break;
    if (SIDE_WORD.has(t.pos)) {
      if (t.pos !== 'ADJ' && and) last = k;
      continue;
    }
    if (SIDE_JOIN.test(low(t)) && SIDE_WORD.has(toks[k + 1]?.pos ?? '')) {
      if (low(t) === 'and') and = true;
      continue;
    }
    if (SIDE_JOIN.test(low(t)) && DEFINITE.has(low(toks[k + 1])) && low(t) !== 'the') {
      if (low(t) === 'and') and = true;
      continue;
    }
    break;
  }
  return last !== undefined && /^[’']s$/.test(toks[last + 1]?.text ?? '') ? undefined : last;
}
