// Head nouns of event phrases ("the talks", "his 10th visit to China", "a press conference"),
// grouped into kinds: a later definite phrase of the same kind ("the visit") is the same occasion.

export type EventKind =
  | 'talks'
  | 'visit'
  | 'tour'
  | 'summit'
  | 'forum'
  | 'conference'
  | 'signing'
  | 'interview'
  | 'mission'
  | 'session'
  | 'launch'
  | 'exhibition'
  | 'call'
  | 'address'
  | 'debate'
  | 'anniversary';

export const EVENT_HEADS: Record<string, EventKind> = {
  meeting: 'talks',
  talks: 'talks',
  negotiations: 'talks',
  discussions: 'talks',
  consultations: 'talks',
  visit: 'visit',
  trip: 'visit',
  tour: 'tour',
  summit: 'summit',
  videoconference: 'summit',
  forum: 'forum',
  conference: 'conference',
  ceremony: 'signing',
  signing: 'signing',
  interview: 'interview',
  mission: 'mission',
  session: 'session',
  launch: 'launch',
  exhibition: 'exhibition',
  call: 'call',
  conversation: 'call',
  'video-conference': 'summit',
  address: 'address',
  round: 'session',
  // a budget or bill laid before a legislature is a sitting of it: "the tabling of the budget"
  tabling: 'session',
  presentation: 'session',
  debate: 'debate',
  speech: 'address',
  // "the 60th anniversary of diplomatic relations" is marked by events, and news names it as one
  anniversary: 'anniversary',
};

/** Heads that name an occasion only with a legislative complement ("the tabling of the budget",
 * "the debate on the bill") or, bare and definite, as a back-reference to an earlier sitting
 * ("the presentation"); "a PowerPoint presentation", "a public debate" are no occasions. */
export const LEGISLATIVE_HEADS = new Set(['tabling', 'presentation', 'debate']);
/** "of/on the 2024 budget", "on the bill", "of the Appropriation Bill" */
export const LEGISLATIVE_OBJECT =
  /^\s+(?:of|on)\s+(?:the\s+|a\s+|this\s+year['’]s\s+)?(?:[\p{L}\p{N}-]+\s+){0,4}?(?:budget|bill|motion|resolution|estimates|appropriation\s+act|finance\s+act)s?(?![\p{L}])/iu;
/** "the closing speech", "an opening address": a speech is an occasion with one of these or "of/at" an event */
export const SPEECH_MODIFIERS = /\b(?:opening|closing|inaugural|keynote|televised|budget|acceptance)\b/i;

/** Heads that name an event only with a modifier or complement ("trade mission", "session of …"). */
export const HEADS_NEEDING_MODIFIER = new Set([
  'mission',
  'session',
  'signing',
  'ceremony',
  'call',
  'conversation',
  'address',
  'round',
  'speech',
  'anniversary',
]);

/** Premodifiers that make a call, conversation or address an event ("a phone call", "his New Year address");
 * other premodifiers of these heads ("a wake-up call", "the keynote address") are not enough. */
export const CALL_MODIFIERS =
  /\b(?:phone|telephone|video|videoconference|virtual|online|televised|national|new\s+year|state\s+of\s+the\s+nation|annual|courtesy)\b/i;

/** "round" names an event only as a round of talks: "the third round of negotiations". */
export const ROUND_OF = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:talks|negotiations|consultations|dialogue|discussions)\b/u;

/** Audiences whose being told something makes remarks an occasion (mentions/press-events.ts). */
export const PRESS_AUDIENCE: string[] = [
  'press',
  'media',
  'reporters',
  'journalists',
  'newsmen',
  'correspondents',
  'MPs',
  'lawmakers',
  'legislators',
  'parliamentarians',
  'senators',
];
/** Plural heads that may stand without a determiner when a complement follows: "talks with Canada". */
export const BARE_HEADS = new Set(['talks', 'negotiations', 'consultations', 'discussions']);

/** Words that never modify an event noun: they end the noun phrase on the left. */
export const NOT_PREMODIFIERS = new Set([
  'the',
  'a',
  'an',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'is',
  'was',
  'were',
  'are',
  'be',
  'been',
  'will',
  'would',
  'has',
  'have',
  'had',
  'during',
  'after',
  'before',
  'following',
  'said',
  'says',
  'this',
  'these',
  'those',
  'his',
  'her',
  'their',
  'its',
  'as',
  'than',
  'also',
  'not',
  'it',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'our',
  'my',
  'into',
  'up',
  'about',
  'between',
]);

/** Verbs and prepositions that tie a plan to the event it came out of. */
export const OUTCOME_CUE =
  /\b(?:sign(?:ed|ing)?|agreed|adopt(?:ed)?|approved|concluded|inked|reached|finalised|finalized|sealed|announce[ds]?|unveil(?:ed|s)?|launch(?:ed|es)?|endorse[ds]?|issued)\b/;
export const EVENT_LEAD =
  /\b(?:during|at|following|after|at the end of|on the sidelines of|as a result of|in the course of|(?:as\s+(?:a\s+|the\s+)?)?(?:product|result|outcome)\s+of(?:\s+the)?)\s+$/i;

/** Ordinals that number a sitting: "II Binational Cabinet", "Second Binational Cabinet", "16th Joint Commission". */
const ORDINAL_WORDS = [
  'First',
  'Second',
  'Third',
  'Fourth',
  'Fifth',
  'Sixth',
  'Seventh',
  'Eighth',
  'Ninth',
  'Tenth',
  'Eleventh',
  'Twelfth',
  'Thirteenth',
  'Fourteenth',
  'Fifteenth',
  'Sixteenth',
  'Seventeenth',
  'Eighteenth',
  'Nineteenth',
  'Twentieth',
];
const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
];
export const SITTING_ORDINAL = String.raw`(?:${ROMAN.slice().reverse().join('|')}|${ORDINAL_WORDS.join('|')}|\d{1,2}(?:st|nd|rd|th))`;
/** Bodies that sit in numbered sessions: a numbered one is an occasion, not the body ("the Second Binational Cabinet"). */
export const SITTING_BODY = '(?:Cabinet|Commission|Council|Committee)';
/** The ordinal as a word, so "II Binational Cabinet" and "Second Binational Cabinet" are one name. */
export function ordinalWord(o: string): string {
  const r = ROMAN.indexOf(o);
  if (r >= 0) return ORDINAL_WORDS[r]!;
  const n = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(o);
  if (n && Number(n[1]) >= 1 && Number(n[1]) <= 20) return ORDINAL_WORDS[Number(n[1]) - 1]!;
  return o;
}
