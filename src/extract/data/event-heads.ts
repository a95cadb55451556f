// Head nouns of event phrases ("the talks", "his 10th visit to China", "a press conference"),
// grouped into kinds: a later definite phrase of the same kind ("the visit") is the same occasion.

export type EventKind = 'talks' | 'visit' | 'tour' | 'summit' | 'forum' | 'conference' | 'signing' | 'interview'
  | 'mission' | 'session' | 'launch' | 'exhibition' | 'call' | 'address';

export const EVENT_HEADS: Record<string, EventKind> = {
  meeting: 'talks', talks: 'talks', negotiations: 'talks', discussions: 'talks', consultations: 'talks',
  visit: 'visit', trip: 'visit', tour: 'tour', summit: 'summit', videoconference: 'summit',
  forum: 'forum', conference: 'conference', ceremony: 'signing', signing: 'signing', interview: 'interview',
  mission: 'mission', session: 'session', launch: 'launch', exhibition: 'exhibition',
  call: 'call', conversation: 'call', 'video-conference': 'summit', address: 'address', round: 'session',
};

/** Heads that name an event only with a modifier or complement ("trade mission", "session of …"). */
export const HEADS_NEEDING_MODIFIER = new Set(['mission', 'session', 'signing', 'ceremony', 'call', 'conversation', 'address', 'round']);

/** Premodifiers that make a call, conversation or address an event ("a phone call", "his New Year address");
 * other premodifiers of these heads ("a wake-up call", "the keynote address") are not enough. */
export const CALL_MODIFIERS = /\b(?:phone|telephone|video|videoconference|virtual|online|televised|national|new\s+year|state\s+of\s+the\s+nation|annual)\b/i;

/** "round" names an event only as a round of talks: "the third round of negotiations". */
export const ROUND_OF = /^\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:talks|negotiations|consultations|dialogue|discussions)\b/u;

/** Plural heads that may stand without a determiner when a complement follows: "talks with Canada". */
export const BARE_HEADS = new Set(['talks', 'negotiations', 'consultations']);

/** Words that never modify an event noun: they end the noun phrase on the left. */
export const NOT_PREMODIFIERS = new Set([
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'that', 'which',
  'who', 'is', 'was', 'were', 'are', 'be', 'been', 'will', 'would', 'has', 'have', 'had', 'during', 'after',
  'before', 'following', 'said', 'says', 'this', 'these', 'those', 'his', 'her', 'their', 'its', 'as', 'than',
  'also', 'not', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'our', 'my', 'into', 'up', 'about', 'between',
]);

/** Verbs and prepositions that tie a plan to the event it came out of. */
export const OUTCOME_CUE = /\b(?:sign(?:ed)?|agreed|adopt(?:ed)?|approved|concluded|inked|reached|finalised|finalized|sealed|announce[ds]?|unveil(?:ed|s)?|launch(?:ed|es)?|endorse[ds]?|issued)\b/;
export const EVENT_LEAD = /\b(?:during|at|following|after|at the end of|on the sidelines of|as a result of|in the course of)\s+$/i;
