// National objectives stated by the shape of a goal clause rather than by a name:
// - a quantified goal after a cue of intention ("aims to raise non-oil exports to $50 billion by
//   2030", "the goal of cutting unemployment to 5 percent", "plans to double tourism revenues",
//   "seeks to attract $10 billion in investment by 2030");
// - becoming something ("aims to become an upper-middle-income country by 2040");
// - budget and plan figures for the economy's main indicators after a forward-looking cue ("a draft
//   budget envisaging economic growth at 3%, a fiscal deficit at 5% of GDP and inflation at 2%").
// Each is the objective of the country its subject names, else of the article's dominant country;
// a goal about bilateral trade or investment belongs to both countries of the sentence.
import type { Ctx } from '../context.ts';
import { countryOf } from '../data/lexicon.ts';
import { GOAL_CUES, GOAL_VERBS, BECOME_HEADS, INDICATORS, FORWARD_CUES, PAST_STATS, MONEY, PERCENT } from '../data/goal-words.ts';
import { dominantCountry } from './goal-clauses.ts';
import { mainCountries } from '../resolve/inference.ts';

const alt = (xs: string[]): string => xs.join('|');
const ING = (v: string): string =>
  v.endsWith('e') && !v.endsWith('ee') ? `${v.slice(0, -1)}ing` : /^(?:cut|hit|get)$/.test(v) ? `${v}${v.slice(-1)}ing` : `${v}ing`;
const VERB = `(?:${alt(GOAL_VERBS)})`;
const VERB_ING = `(?:${alt(GOAL_VERBS.map(ING))})`;
const AMOUNT = String.raw`(?:(?:US\s?|USD\s?|US\s?\$\s?|\$\s?|€\s?|£\s?|USD\s+|EUR\s+)\d[\d.,]*(?:\s*(?:billion|million|trillion|bn|mn))?|\d[\d.,]*\s*(?:billion|million|trillion)(?:\s+(?:US\s+)?(?:dollars|euros|yuan|rupees|USD))?|${MONEY})`;
/** a percentage, maybe of what ("5 percent of GDP") */
const SHARE_OF = String.raw`${PERCENT}(?:\s+of\s+(?:GDP|gross\s+domestic\s+product|the\s+population|the\s+total))?`;
const SHARE = String.raw`(?:two|three)-(?:thirds|quarters)|(?:one-|a\s+|one\s+)?(?:third|quarter|half)(?![\p{L}-])`;
const COUNT = String.raw`\d[\d.,]*(?:\s+(?:million|billion|thousand))?\s+[a-z]+(?:\s+[a-z]+)?`;
const YEAR = String.raw`(?:(?:by|in|before|until|within)\s+(?:the\s+end\s+of\s+)?(?:19|20)\d\d|(?:by|within|over|in)\s+(?:the\s+next\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty)\s+years|(?:every|a|per|each)\s+year|annually)`;
// a plain count is a figure only with a deadline: "raise the number of student exchanges to 5,000 by 2027"
const DATED_COUNT = String.raw`\d[\d.,]*(?:\s+(?:thousand|million|billion))?(?=(?:\s+[\p{L}-]+){0,3}?\s+${YEAR})`;
const FIGURE = `(?:${AMOUNT}|${SHARE_OF}|${SHARE}|${DATED_COUNT})`;
// object of the verb: lower-case words, possessives and "of/in/with" joins, no clause punctuation
const OBJECT = String.raw`(?:(?:the|its|their|our|his|her|this|a)\s+)?[\p{L}\p{N}][\p{L}\p{N}’'-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}’'-]*){0,9}?`;
// "aims notably to": an adverb may sit inside the cue
const CUE = `(?:${alt(GOAL_CUES.map((c) => c.replace(/ to$/, String.raw`(?:\s+[a-z]+ly)?\s+to`)))})`;

const MEASURE = String.raw`(?:exports?|imports?|trade(?:\s+turnover|\s+volume)?|turnover|investments?|FDI|inflows|growth|revenues?|GDP|output|production|capacity|income|tourists|visitors|arrivals|jobs|sales|remittances|earnings|economy|sector|share|industry)`;

// "aims to raise X to FIGURE (by YEAR)", "the target of increasing X by FIGURE", "plans to double X"
const QUALIFIER = String.raw`(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some)\s+)?`;
const TO_FIGURE = String.raw`(${OBJECT})\s+(?:to|at|by|of|up\s+to|from\s+[^.;:,]{1,25}?\s+to)\s+${QUALIFIER}(${FIGURE})(?:\s+(?:a|per|every|each)\s+year)?(?:(?:\s+[\p{L}-]+){0,4}?\s+${YEAR})?`;
const FIGURE_OBJECT = String.raw`(?:(${AMOUNT}|${COUNT})(?:\s+(?:in|of|worth\s+of)\s+[a-z]+(?:\s+[a-z]+){0,2}?)?\s+${YEAR}|(${AMOUNT})\s+(?:in|of|worth\s+of)\s+(?:[a-z-]+\s+){0,2}?${MEASURE}(?![\p{L}])(?:\s+${YEAR})?)`;
const MULTIPLIED = String.raw`(?:doubl|tripl|quadrupl|halv)\w*\s+(${OBJECT})(?:\s+${YEAR}|(?=[.;,]|\s+(?:and|in\s+the|over|within|from)\b))`;
const ADVERB = String.raw`(?:(?:further|gradually|significantly|substantially|sharply|also|more\s+than|at\s+least|nearly|almost)\s+)?`;
const QUANTIFIED = new RegExp(
  String.raw`${ADVERB}((?:${VERB}(?:s|es)?|${VERB_ING})\s+(?:${TO_FIGURE}|${FIGURE_OBJECT})|${MULTIPLIED})`,
  'iuy',
);
const MULTIPLY = /^(?:doubl|tripl|quadrupl|halv)/i;
// a count of things to be made, after a cue of intention, needs no deadline: "committed to create
// 300,000 jobs in the long term", "plans to build 15,000 affordable homes", "to launch 100 projects"
const MAKE_VERBS = [
  'create',
  'build',
  'construct',
  'train',
  'plant',
  'install',
  'launch',
  'connect',
  'employ',
  'hire',
  'recruit',
  'open',
  'establish',
];
const COUNTED = new RegExp(
  String.raw`${ADVERB}((?:(?:${alt(MAKE_VERBS)})(?:s|es)?|${alt(MAKE_VERBS.map(ING))})\s+(?:(?:in|over)\s+the\s+(?:long|medium|short)\s+(?:term|run)\s+)?${QUALIFIER}(\d[\d.,]*(?:\s+(?:thousand|million|billion))?)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+s)(?![\p{L}-])(?:\s+${YEAR})?)`,
  'iuy',
);
// the clause regexes are tried only right after a cue (sticky), which keeps them cheap
const CUE_RE = new RegExp(String.raw`\b${CUE}\s+`, 'giu');
const STATE_CUE_RE = new RegExp(String.raw`\b(?:${CUE}|need\s+to|must)\s+`, 'giu');
// "aims to reduce X, raise Y to 65 percent and increase Z": each verb of the list after a cue
const BASE_VERB = new RegExp(
  String.raw`^(?:${VERB}|end|eradicate|eliminate|achieve|attain|diversify|modernise|modernize|transform|become|rank|${alt(MAKE_VERBS)})(?:s|es)?\b`,
  'i',
);
const LIST_ITEM = /(?:,\s*(?:and\s+)?|\s+and\s+)/g;
/** a listed third-person verb ("…, and raises X to 40%") names its goal in the base form */
const baseVerb = (clause: string): string =>
  clause.replace(/^(\p{L}+?)(e?s)(?=\s)/u, (w, stem: string, ending: string) =>
    GOAL_VERBS.includes(stem) ? stem : GOAL_VERBS.includes(stem + ending.slice(0, -1)) ? stem + ending.slice(0, -1) : w,
  );
const GERUND_ITEM = new RegExp(String.raw`^${VERB_ING}\b`, 'i');
/** a verb that continues a list of goals: "…, raise Y", "…, and raises Y", "… and doubling Y" (a gerund
 * only after "and": ", adding …" reports speech) */
const listedVerb = (joint: string, next: string): boolean => BASE_VERB.test(next) || (/and/.test(joint) && GERUND_ITEM.test(next));
/** The sticky `tail` matched right after the cue `c`, shaped as if one regex had matched from the cue. */
function tailAfter(text: string, c: RegExpMatchArray, tail: RegExp): RegExpExecArray | null {
  tail.lastIndex = c.index! + c[0].length;
  const t = tail.exec(text);
  if (!t) return null;
  t[0] = text.slice(c.index!, t.index + t[0].length);
  t.index = c.index!;
  return t;
}

/** Matches of a sticky `tail` right after each `cue` (and each listed verb after the first cue). */
function* cued(text: string, cue: RegExp, tail: RegExp): Generator<RegExpExecArray> {
  const cues = [...text.matchAll(cue)];
  const first = cues[0]?.index;
  // a list item continues the goal only with a verb of its own kind ("…, raise Y"), not a gerund clause
  const items =
    first === undefined
      ? []
      : [...text.matchAll(LIST_ITEM)].filter(
          (x) => x.index! > first && listedVerb(x[0], text.slice(x.index! + x[0].length, x.index! + x[0].length + 30)),
        );
  for (const c of [...cues, ...items]) {
    const t = tailAfter(text, c, tail);
    if (t) yield t;
  }
}

// a goal listed as a gerund: "Its goals include achieving X of FIGURE by YEAR", "Raising Y to
// FIGURE is also part of the plan": at the start of a sentence or after "include/including/such as"
// in a sentence about goals
const GERUND = new RegExp(String.raw`(${VERB_ING}\s+(?:${TO_FIGURE}|${FIGURE_OBJECT}))`, 'iuy');
const GERUND_CUE = /(?:^[“"‘]?|\b(?:includes?|included|including|such\s+as|namely|among\s+them)\s+|:\s*)/giu;
const GERUND_WORD = new RegExp(String.raw`\b${VERB_ING}\b`, 'i');
const ABOUT_GOALS = /\b(?:goals?|targets?|aims?|objectives?|ambitions?|vision|plan|programme|program|strategy|agenda|priorities)\b/i;

// "our vision is to create X", "the government's plan for this year was to grow the economy by
// 9 percent": the infinitive after "goal/vision/… is to", up to the end of the clause
const GOAL_IS = new RegExp(
  String.raw`\b(?:vision|goal|aim|objective|ambition|mission|dream|target|plan|priority)(?:\s+[\p{L}’'-]+){0,4}?\s+(?:is|was|remains|will\s+be)\s+to\s+((?:${VERB}|create|make|build|ensure|establish|transform|turn|end|eradicate|eliminate|provide|develop|modernise|modernize|industrialise|industrialize|diversify|attain)\s+[^.;:,“”"]{3,90}?)(?=\s*(?:[.;:,“”"]|$|\s+(?:and\s+)?(?:because|while|but|as|which|so)\b))`,
  'giu',
);

// a ranking to reach: "become one of the top three logistics hubs globally", "rank among the world's
// five largest exporters" (the plural head ends the phrase; a place "in the X Index" is programme-goals.ts's)
const RANKED = String.raw`(?:become|becoming|rank|ranking)\s+(?:as\s+|among\s+)?(?:one\s+of\s+)?the\s+(?:world[’']s\s+|region[’']s\s+)?(?:(?:top|leading|largest|biggest|best)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty)\s+(?:top|leading|largest|biggest|best))(?:\s+[\p{L}-]+){0,3}\s+[\p{L}-]+s(?:\s+(?:globally|worldwide|in\s+the\s+(?:world|region)))?(?:\s+${YEAR})?(?!\s+(?:in|on|of)\s+the\s+\p{Lu})`;
// "aims to become an upper-middle-income country by 2040", "its ambition of becoming a regional hub"
const BECOME = new RegExp(
  String.raw`((?:become|becoming|turn\s+into|turning\s+into|transform\s+(?:itself\s+)?into|transforming\s+(?:itself\s+)?into)\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,5}?(?:${alt(BECOME_HEADS)}))(?:\s+(?:in|of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+|region|world|continent))?(?:\s+${YEAR})?|(?:become|becoming)\s+(?!a\s|an\s|the\s)[\p{L}-]+(?:\s+[\p{L}-]+){0,3}?\s+${YEAR}|${RANKED})(?![\p{L}-])`,
  'iuy',
);

// "economic growth at 4%", "a fiscal deficit of 4.5% of GDP", "inflation to 2 percent in 2025"
const INDICATOR = new RegExp(
  String.raw`(?<![\p{L}])((?:${alt(INDICATORS)}))(?:\s+rate)?\s+(?:of|at|to|around|below|under|within)\s+(?:(?:about|around|some|roughly|below|under)\s+)?(${SHARE_OF})(?:\s+(?:in|for|by)\s+(?:(?:19|20)\d\d|next\s+year|this\s+year))?`,
  'giu',
);
// a figure as the goal itself: "targets $100 billion in exports by 2030", "eyes 5% growth next year",
// "a $50 billion export target", "exports are expected to reach $30 billion by 2027"
const WHEN = String.raw`(?:\s+(?:${YEAR}|next\s+year|this\s+year|in\s+the\s+(?:coming|next)\s+(?:year|decade)))`;
const FIGURE_TARGET = new RegExp(
  String.raw`\b(?:targets?|targeting|targeted|eyes|eyeing|aims?\s+for|aiming\s+for|(?:sets?|setting|set)\s+(?:an?\s+|the\s+)?(?:[\p{L}-]+\s+)?(?:target|goal)\s+of)\s+(${QUALIFIER}(?:${AMOUNT}|${SHARE_OF})(?:\s+(?:in|of|worth\s+of))?\s+(?:[\p{L}-]+\s+){0,3}?${MEASURE}${WHEN}?)(?![\p{L}])`,
  'giu',
);
const FRONTED_YEAR =
  /^[“"]?By\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d),\s+((?:[\p{L}\d.,%$-]+\s+){0,6}?(?:\d[\d.,]*\s*(?:percent|per\s+cent|%|billion|million)|\$\s?\d[\d.,]*)[^.;:]*?\s+will\s+(?!not\b)[^.;:,]{3,80})/u;
const FIGURE_NOUN = new RegExp(
  String.raw`(?<![\p{L}\d$])((?:${AMOUNT}|${SHARE_OF})\s+(?:[a-z-]+\s+){0,2}?(?:target|goal|objective)(?:\s+(?:for|by|in)\s+(?:19|20)\d\d)?)(?![\p{L}])`,
  'giu',
);
// … also "the income of each household is projected to grow by 4 percent a year": a measure with its
// "of" complement, rising by a rate
const WILL_REACH = new RegExp(
  String.raw`(?<![\p{L}’'])((?:(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}?)${MEASURE}(?:\s+(?:of|per)\s+(?:an?\s+|the\s+|each\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:citizen|person|capita|household|worker|resident)s?)?)\s+((?:is|are)\s+(?:expected|projected|set|forecast|targeted|slated|planned)\s+to|will|should|would)\s+((?:reach|hit|exceed|top|surpass|(?:rise|grow|increase|climb|jump)\s+(?:to|by)|account\s+for|make\s+up|represent|contribute)\s+${QUALIFIER}(?:${AMOUNT}|${SHARE_OF})(?:\s+(?:in|of)\s+[a-z]+)?\s+${YEAR})`,
  'giu',
);

// a goal without a figure, of ending or achieving a state: "vowed to eradicate extreme poverty by
// 2030", "we need to end hunger in Ruritania", "aims to achieve food self-sufficiency"
const STATE_GOAL = new RegExp(
  String.raw`${ADVERB}((?:end|eradicate|eliminate|achieve|attain|diversify|modernise|modernize|industrialise|industrialize|digitalise|digitalize|decarbonise|decarbonize|transform)\s+(?!(?:this|that|it|these|those|(?:its|their|our|his|her|the)\s+(?:goals?|targets?|objectives?|aims?|plans?)|results?|progress|success|goals?|targets?|objectives?|more|much|a\s+lot)\b)[\p{L}][\p{L}-]*(?:\s+(?!by\b|through\b|not\b|and\b|so\b|while\b|which\b|with\b|as\b|but\b|before\b|if\b|via\b|away\b|from\b)[\p{L}][\p{L}’'-]*){0,5}?(?:\s+${YEAR})?)(?=\s*(?:[.;:,“”"]|$)|\s+(?:by|through|not|and|so|while|which|with|as|but|before|if|via|away|from)\b)`,
  'iuy',
);

// a country's named programme: "Digital Ruritania", "Made in Ruritania 2030", "New Ruritania 2040",
// "Agenda 2063", "the Ruritania 2040 vision"
const PREFIXES = String.raw`(?:Smart|Digital|Green|Clean|Skill|Startup|Make\s+in|Made\s+in|Invest\s+in|Buy|Build|Rebuild|Prosperous|Modern|Vision|Agenda|Transforming|Team)`;
const YEAR_NAME = String.raw`(?:19|20)\d\d(?:[–-](?:19|20)?\d\d)?`;
const COUNTRY_WORD = String.raw`\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?`;
const PROGRAMME_NAME = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(${PREFIXES}\s+(${COUNTRY_WORD})(?:\s+${YEAR_NAME})?|New\s+(${COUNTRY_WORD})\s+${YEAR_NAME}|(?:(${COUNTRY_WORD})\s+)?(?:Vision|Agenda)[\s-]${YEAR_NAME})|(${COUNTRY_WORD})\s+(${YEAR_NAME})\s+(?:vision|agenda|strategy|plan|programme|program|goals?))(?![\p{L}\p{N}])`,
  'gu',
);

// growth of trade or investment between the parties without a figure: "increase mutual investment",
// "higher bilateral trade volume"; one objective per kind whatever the verb
const MORE_TRADE =
  /\b(?:(?:increas\w*|boost\w*|expand\w*|enhanc\w*|rais\w*|grow\w*|deepen\w*|promot\w*)\s+(?:the\s+)?(?:volume\s+of\s+)?|(?:higher|increased|greater|more|enhanced|expanded|growing)\s+)(bilateral|mutual|two-way|reciprocal)\s+(trade(?:\s+and\s+investments?)?|investments?)(?:\s+(?:volume|turnover|flows?))?\b(?!\s+(?:relationship|relations|ties|cooperation|partnership|agreements?|deals?|pacts?|links|policy)\b)(?!\s+(?:to|by|of)\s+(?:about\s+|over\s+|around\s+)?(?:US|\$|\d))/gi;

// "Ruritania's export strategy", "Ruritania's long-term development vision": a country's own
// programme named by lower-case modifiers and a programme noun (a bare "Ruritania's plan" names nothing)
const OWN_PROGRAMME =
  /(?<![\p{L}])(\p{Lu}[\p{L}.-]*\p{L}\.?(?:\s\p{Lu}[\p{L}-]+)?)(?:[’']s|(?<=[s.])[’'])\s+((?:(?!(?:the|a|an|its|their|and|or|to|of|in|on|for|with|by)\s)[a-z][a-z-]*\s+){1,3}(?:vision|agenda|strategy|programme|program|campaign|drive|initiative|blueprint|reform\s+agenda|development\s+plan|master\s+plan|economic\s+plan|national\s+plan))(?![\p{L}-])(?!\s+(?:to|of|for|with|and)\b)/gu;

// A government's own future action with a figure or a deadline: "Ruritania will cut its deficit to
// 3 percent of GDP", "the government would raise the minimum wage by 10 percent". The modal counts as a
// cue only when its subject is a country, its government or "we" (a forecast's subject is a measure).
const MODAL_RE =
  /\b(?:will|shall|would|is\s+going\s+to|are\s+going\s+to|is\s+to|are\s+to)\s+(?:(?:also|further|gradually|now|soon)\s+)?/giu;
const GOV_SUBJECT =
  /(?:\b(?:government|cabinet|administration|authorities|ministry|state|country|nation|kingdom|republic|we|budget|plan|programme|program|vision|strategy)|[’']s\s+(?:government|cabinet|administration))\s*$/iu;
// "aims to make Ruritania a regional logistics hub by 2035": making something (a place, the
// country, "it") into something a country aims to become
const MAKE = new RegExp(
  String.raw`((?:make|making|turn|turning|transform|transforming)\s+((?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})|it|the\s+(?:country|nation|kingdom|city|capital|island|region|economy))\s+(?:into\s+)?(?:a|an|the|one\s+of\s+the)\s+((?:[\p{L}-]+\s+){0,5}?(?:${alt(BECOME_HEADS)}|hubs|centres|centers|destinations|leaders|producers|exporters|powers))(?:\s+(?:in|of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?|region|world|continent))?(?:\s+${YEAR})?)(?![\p{L}-])`,
  'uy',
);
// an indicator at a figure by a year, needing no cue: the deadline makes it a goal ("per capita
// income of $5,000 by 2030", "a fiscal deficit below 3 percent of GDP by 2027")
const DEADLINE_MEASURE = String.raw`(?:${alt(INDICATORS)}|(?:annual\s+)?(?:per\s+capita\s+income|income\s+per\s+capita|GDP\s+per\s+capita)|(?:non-oil\s+|total\s+|annual\s+)?(?:exports|revenues?|foreign\s+direct\s+investment|FDI|tourist\s+arrivals))`;
const DEADLINE_TARGET = new RegExp(
  String.raw`(?<![\p{L}])(${DEADLINE_MEASURE})(?:\s+rate)?\s+(?:of|at|to|around|below|under|above|over|within|reaching)\s+${QUALIFIER}(${SHARE_OF}|${AMOUNT})((?:\s+[\p{L}-]+){0,3}?\s+by\s+(?:the\s+end\s+of\s+)?((?:19|20)\d\d))(?![\d])`,
  'giu',
);
// a government's expectation for an indicator: "the government expects inflation to ease to 4
// percent in 2025", "the budget projects growth at 5.5 percent next year"
const EXPECTED_MEASURE = new RegExp(
  String.raw`\b(?:expects?|expected|expecting|projects?|projected|projecting|forecasts?|forecasting|sees|estimates?|estimated)\s+(?:the\s+)?(${DEADLINE_MEASURE})\s+(?:to\s+(?:fall|drop|decline|ease|rise|grow|increase|reach|expand|slow|remain|stay|hit|climb|narrow|widen)\s+(?:to\s+|at\s+|by\s+)?|at\s+|of\s+)${QUALIFIER}(${SHARE_OF}|${AMOUNT})((?:\s+(?:in|by|for)\s+(?:(?:19|20)\d\d|next\s+year|this\s+year))?)`,
  'giu',
);

const FORWARD = new RegExp(String.raw`\b(?:${alt(FORWARD_CUES)})`, 'i');
const PAST = new RegExp(String.raw`\b(?:${alt(PAST_STATS)})\b`, 'i');
const BILATERAL = /\b(?:bilateral|two-way|mutual|between\s+the\s+two|trade\s+(?:with|between))\b/i;

export function extractGoalObjectives(ctx: Ctx): void {
  const { body, g } = ctx;
  const home = dominantCountry(ctx);
  const main = mainCountries(ctx);
  const taken = (start: number, end: number): boolean => g.claimed(start, end, (e) => e.type === 'NationalObjective' || e.type === 'Plan');
  const add = (
    start: number,
    end: number,
    what: string,
    cueAt: number,
    sStart: number,
    attrs: Record<string, string | undefined>,
  ): void => {
    if (taken(start, end)) return;
    // the same figure for the same year, stated again ("aim for $200 billion in trade by 2024" after
    // "bring trade to $200 billion by 2024"): one goal
    const same =
      attrs.target &&
      [...g.entities.values()].find(
        (e) =>
          e.type === 'NationalObjective' &&
          e.attributes?.target &&
          figureKey(e.attributes.target) === figureKey(attrs.target!) &&
          (!attrs.year || !e.attributes.year || e.attributes.year === attrs.year),
      );
    if (same) {
      g.mention(same.id, g.span(start, end));
      return;
    }
    const name = what.replace(/\s+/g, ' ').replace(/^(?:to\s+)/, '');
    const id = g.entity('NationalObjective', name.charAt(0).toUpperCase() + name.slice(1), g.span(start, end));
    for (const [k, v] of Object.entries(attrs)) if (v) g.attr(id, k, v);
    const evidence = g.span(Math.min(cueAt, start), end);
    for (const c of owners(ctx, sStart, cueAt, body.slice(start, end), home, main))
      g.relate('OBJECTIVE_OF', id, g.entity('Country', c), [evidence]);
  };
  for (const s of ctx.sentences) {
    const text = body.slice(s.start, s.end);
    const digits = /\d/.test(text);
    // "By 2030, 80 percent of adults will have a bank account": a fronted year and a figure
    const fronted = digits ? FRONTED_YEAR.exec(text) : null;
    if (fronted) {
      const start = s.start + fronted.index + fronted[0].length - fronted[2]!.length;
      add(
        start,
        start + fronted[2]!.length,
        `${fronted[2]!.replace(/\s+will\s+/, ' ')} by ${fronted[1]}`,
        s.start + fronted.index,
        s.start,
        { year: fronted[1] },
      );
    }
    for (const m of digits ? text.matchAll(WILL_REACH) : []) {
      // the subject is lower-case words before the measure; a capitalised lead ("In Chile the …") is not part of it
      const words = m[1]!.split(/\s+/);
      while (words.length > 1 && (/^\p{Lu}/u.test(words[0]!) || /^the$/i.test(words[0]!))) words.shift();
      const subject = words.join(' ');
      const start = s.start + m.index! + m[0].lastIndexOf(subject, m[1]!.length);
      const end = s.start + m.index! + m[0].length;
      add(start, end, `${subject} ${m[3]}`, start, s.start, {
        target: /(?:US\s?|USD\s?)?[$€£]?\s?\d[\d.,]*\s*(?:%|percent|billion|million|trillion)?/.exec(m[3]!)?.[0],
        year: /(?:19|20)\d\d/.exec(m[3]!)?.[0],
      });
    }
    for (const re of digits ? [FIGURE_TARGET, FIGURE_NOUN] : []) {
      for (const m of text.matchAll(re)) {
        const clause = m[1]!;
        const start = s.start + m.index! + m[0].length - clause.length;
        add(start, start + clause.length, clause, s.start + m.index!, s.start, {
          target: /(?:US\s?|USD\s?)?[$€£]?\s?\d[\d.,]*\s*(?:%|percent|billion|million|trillion)?/.exec(clause)?.[0],
          year: /(?:19|20)\d\d/.exec(clause)?.[0],
        });
      }
    }
    for (const m of cued(text, CUE_RE, QUANTIFIED)) {
      const clause = m[1]!;
      const figure = m[3] ?? m[4] ?? m[5];
      // "plans to double" needs an object that is a quantity, not a verb phrase
      if (!figure && !MULTIPLY.test(clause.split(/\s+/)[0]!)) continue;
      // "double efforts", "double cooperation": not a quantity
      if (!figure && /\b(?:cooperation|ties|relations|efforts?|engagement|dialogue|contacts?)\b/i.test(m[6] ?? '')) continue;
      const start = s.start + m.index! + m[0].length - clause.length;
      add(start, start + clause.length, baseVerb(clause), s.start + m.index!, s.start, {
        target: figure,
        year: /(?:19|20)\d\d/.exec(clause)?.[0],
      });
    }
    for (const m of digits ? cued(text, CUE_RE, COUNTED) : []) {
      const clause = m[1]!;
      const start = s.start + m.index! + m[0].length - clause.length;
      add(start, start + clause.length, clause, s.start + m.index!, s.start, { target: m[2], year: /(?:19|20)\d\d/.exec(clause)?.[0] });
    }
    // a modal with a government subject as a cue, for figures and deadlines only
    for (const m of modalCued(ctx, s.start, text)) {
      const clause = m[1]!;
      const figure = m[3] ?? m[4] ?? m[5];
      if (!figure && !(MULTIPLY.test(clause.split(/\s+/)[0]!) && /(?:19|20)\d\d|\byears?\b/.test(clause))) continue;
      const start = s.start + m.index! + m[0].length - clause.length;
      add(start, start + clause.length, clause, s.start + m.index!, s.start, { target: figure, year: /(?:19|20)\d\d/.exec(clause)?.[0] });
    }
    for (const m of [...cued(text, CUE_RE, MAKE), ...modalCued(ctx, s.start, text, MAKE)]) {
      const clause = m[1]!;
      if (/^(?:it|the)\b/i.test(m[2]!) === false && !/^\p{Lu}/u.test(m[2]!)) continue;
      const start = s.start + m.index! + m[0].length - clause.length;
      add(
        start,
        start + clause.length,
        clause.replace(/^(?:making|turning|transforming)/i, (v) => v.replace(/ing$/, v.startsWith('mak') ? 'e' : '')),
        s.start + m.index!,
        s.start,
        { year: /(?:19|20)\d\d/.exec(clause)?.[0] },
      );
    }
    for (const m of digits ? text.matchAll(DEADLINE_TARGET) : []) {
      const lead = text.slice(Math.max(0, m.index! - 30), m.index!);
      if (PAST.test(lead)) continue;
      const start = s.start + m.index!;
      add(start, start + m[0].length, m[0], start, s.start, { target: m[2], year: m[4] });
    }
    for (const m of digits ? text.matchAll(EXPECTED_MEASURE) : []) {
      if (
        !GOV_SUBJECT.test(text.slice(0, m.index!).replace(/\s+(?:also|now|still)\s*$/, '')) &&
        !countryEndsAt(ctx, s.start, s.start + m.index!)
      )
        continue;
      const start = s.start + m.index! + m[0].indexOf(m[1]!);
      const end = s.start + m.index! + m[0].length;
      const what = m[1]!.charAt(0).toUpperCase() + m[1]!.slice(1);
      add(start, end, `${what} at ${m[2]}${m[3] ?? ''}`, s.start + m.index!, s.start, {
        target: m[2],
        year: /(?:19|20)\d\d/.exec(m[3] ?? '')?.[0],
      });
    }
    for (const re of [GERUND, GOAL_IS]) {
      if (re === GERUND && (!ABOUT_GOALS.test(text) || !GERUND_WORD.test(text))) continue;
      for (const m of re === GERUND ? cued(text, GERUND_CUE, GERUND) : text.matchAll(re)) {
        const clause = m[1]!;
        const start = s.start + m.index! + m[0].length - clause.length;
        add(start, start + clause.length, clause, s.start + m.index!, s.start, {
          target: m[3] ?? m[4] ?? m[5],
          year: /(?:19|20)\d\d/.exec(clause)?.[0],
        });
      }
    }
    for (const m of cued(text, CUE_RE, BECOME)) {
      const clause = m[1]!;
      const start = s.start + m.index! + m[0].length - clause.length;
      const what = clause.replace(/^(?:become|becoming|turn(?:ing)?\s+into|transform(?:ing)?\s+(?:itself\s+)?into)\s+/i, 'becoming ');
      add(start, start + clause.length, what, s.start + m.index!, s.start, { year: /(?:19|20)\d\d/.exec(clause)?.[0] });
    }
    for (const m of cued(text, STATE_CUE_RE, STATE_GOAL)) {
      const clause = m[1]!;
      const start = s.start + m.index! + m[0].length - clause.length;
      add(start, start + clause.length, clause, s.start + m.index!, s.start, { year: /(?:19|20)\d\d/.exec(clause)?.[0] });
    }
    for (const m of text.matchAll(MORE_TRADE)) {
      const start = s.start + m.index!;
      const kind = m[2]!.toLowerCase().replace(/investments$/, 'investment');
      const qual = /trade/.test(kind) && m[1]!.toLowerCase() !== 'mutual' ? 'bilateral' : m[1]!.toLowerCase();
      const before = taken(start, start + m[0].length);
      if (before) continue;
      const id = g.entity('NationalObjective', `Increased ${qual} ${kind}`, g.span(start, start + m[0].length));
      for (const c of owners(ctx, s.start, start, 'bilateral', home, main))
        g.relate('OBJECTIVE_OF', id, g.entity('Country', c), [g.span(start, start + m[0].length)], true);
    }
    const forward = digits ? FORWARD.exec(text) : null;
    if (!forward) continue;
    for (const m of text.matchAll(INDICATOR)) {
      if (m.index! < forward.index) continue;
      // "growth slowed to 3%", "inflation stood at 5% last year": a reported figure, not a goal
      const lead = text.slice(Math.max(forward.index, m.index! - 30), m.index!);
      if (
        PAST.test(lead) ||
        PAST.test(m[0]) ||
        /^\s+(?:last|a\s+year\s+ago|in\s+the\s+(?:first|second|third|fourth|previous))/.test(text.slice(m.index! + m[0].length))
      )
        continue;
      const start = s.start + m.index!;
      add(start, start + m[0].length, m[0], s.start + forward.index, s.start, { target: m[2] });
    }
  }
}

/**
 * Countries a goal belongs to: a bilateral one to the countries named before its cue in the
 * sentence (else the article's two main ones); another to the country closest before the cue
 * ("Chile aims to …", "the Chilean government plans …"), else the article's dominant country.
 */
function owners(ctx: Ctx, sStart: number, cueAt: number, clause: string, home: string | undefined, main: string[]): string[] {
  const before = [...ctx.g.entities.values()]
    .filter((e) => e.type === 'Country')
    .flatMap((e) => e.mentions.filter((m) => m.start >= sStart && m.end <= cueAt).map((m) => ({ name: e.name, at: m.start })))
    .sort((a, b) => b.at - a.at);
  const inClause = [...new Set([...clause.matchAll(/\p{Lu}[\p{L}-]+/gu)].map((x) => countryOf(x[0])).filter((x): x is string => !!x))];
  if (BILATERAL.test(clause)) {
    const named = [...new Set(before.map((b) => b.name))];
    if (named.length >= 2) return named.slice(0, 2);
    if (main.length === 2) return main;
  }
  if (before.length) return [before[0]!.name];
  if (inClause.length === 1 && !/\b(?:in|to|into|with)\s+\p{Lu}/u.test(clause)) return inClause;
  return home ? [home] : [];
}

/** Named national programmes (see PROGRAMME_NAME, OWN_PROGRAMME); the country in or before the name owns it. */
export function extractProgrammeNames(ctx: Ctx): void {
  const { body, g } = ctx;
  for (const m of body.matchAll(OWN_PROGRAMME)) {
    const owner = countryOf(m[1]!);
    if (!owner) continue;
    // "Vision 2050 is Ruritania's long-term strategy", "Ruritania's growth strategy, Vision 2050": a
    // description of a programme named next to it, not one more
    if (
      /\b(?:is|was|remains|as|becomes|became)\s+(?:the\s+)?$/.test(body.slice(Math.max(0, m.index! - 12), m.index!)) ||
      /^,?\s+[“‘"]?\p{Lu}/u.test(body.slice(m.index! + m[0].length, m.index! + m[0].length + 4))
    )
      continue;
    const what = m[2]!.replace(/^(?:(?:new|latest|current|recent|own|first|main|key|ambitious|major)\s+)+/, '');
    const start = m.index! + m[0].length - what.length;
    const end = m.index! + m[0].length;
    if (!/\s/.test(what) || g.claimed(start, end)) continue;
    const id = g.entity('NationalObjective', what.charAt(0).toUpperCase() + what.slice(1), g.span(start, end));
    g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(m.index!, end)]);
  }
  for (const m of body.matchAll(PROGRAMME_NAME)) {
    const country = m[2] ?? m[3] ?? m[4] ?? m[5];
    if (country && !countryOf(country)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (
      g.claimed(start, end, (e) => e.type === 'Plan' || e.type === 'NationalObjective' || e.type === 'Organization' || e.type === 'Event')
    )
      continue;
    const name = m[1] ?? `${m[5]} ${m[6]}`;
    const id = g.entity('NationalObjective', name.replace(/\s+/g, ' '), g.span(start, start + name.length));
    if (!m[1]) g.mention(id, g.span(start, end));
    const owner = country && countryOf(country);
    if (owner) g.relate('OBJECTIVE_OF', id, g.entity('Country', owner), [g.span(start, end)]);
  }
}

/** A figure compared across mentions: "US $ 1 Billion" = "$1 billion", "5 percent" = "5%". */
const figureKey = (f: string): string =>
  f
    .toLowerCase()
    .replace(/\b(?:us|usd)\b|\$|\s+/g, '')
    .replace(/percent|percent/g, '%')
    .replace(/bn$/, 'billion');

/** A country mention ending at `at` (spaces between allowed): "Ruritania will …". */
function countryEndsAt(ctx: Ctx, sStart: number, at: number): boolean {
  return [...ctx.g.entities.values()].some(
    (e) =>
      e.type === 'Country' &&
      e.mentions.some(
        (m) =>
          m.start >= sStart && m.end <= at && /^(?:[’']s\s+(?:government|cabinet|administration))?\s*$/u.test(ctx.body.slice(m.end, at)),
      ),
  );
}

/** Matches of a sticky `tail` right after a modal whose subject is a country, its government or "we". */
function* modalCued(ctx: Ctx, sStart: number, text: string, tail: RegExp = QUANTIFIED): Generator<RegExpExecArray> {
  for (const c of text.matchAll(MODAL_RE)) {
    const before = text.slice(0, c.index!);
    if (!GOV_SUBJECT.test(before) && !countryEndsAt(ctx, sStart, sStart + c.index!)) continue;
    const t = tailAfter(text, c, tail);
    if (t) yield t;
  }
}
