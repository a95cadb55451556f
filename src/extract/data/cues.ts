// Cue words of the genre, kept as data so the rules stay generic.

/** Verbs that introduce speech or a reported view. */
export const SPEECH_VERBS: string[] = [
  'said',
  'says',
  'told',
  'tells',
  'stressed',
  'stresses',
  'noted',
  'notes',
  'added',
  'adds',
  'emphasized',
  'emphasised',
  'emphasizes',
  'stated',
  'states',
  'explained',
  'explains',
  'confirmed',
  'confirms',
  'promised',
  'announced',
  'remarked',
  'pointed out',
  'points out',
  'underlined',
  'underscored',
  'declared',
  'observed',
  'assured',
  'recalled',
  'believes',
  'believed',
  'thinks',
  'sees',
  'expects',
  'expected',
  'hopes',
  'insisted',
  'warned',
  'suggested',
  'replied',
  'concluded',
  'continued',
  'commented',
  'acknowledged',
  'reiterated',
  'highlighted',
  'mentioned',
  'wrote',
  'affirmed',
  'assessed',
  'estimated',
  'considers',
  'argued',
  'urged',
  'expressed confidence',
  'expressed hope',
  'reported',
  'informed',
  'specified',
  'clarified',
  'admitted',
];

/** Verbs of meeting that follow a person's name: "Shinzo Abe met …". */
export const MEET_VERBS: string[] = [
  'met',
  'meets',
  'held talks',
  'holds talks',
  'visited',
  'visits',
  'hosted',
  'hosts',
  'received',
  'spoke',
  'discussed',
  'signed',
  'welcomed',
  'arrived',
  'called',
];

/** Listeners that may follow "told" before the clause: "told reporters that …". */
export const LISTENERS =
  /^(?:reporters|journalists|the press|the media|the audience|participants|the forum|the meeting|[A-Z][\w-]*(?: [A-Z][\w-]*){0,3})\s*/;

/** Third-person pronouns that refer back to a person. */
export const PRONOUNS: Record<string, 'm' | 'f'> = { he: 'm', him: 'm', his: 'm', she: 'f', her: 'f' };

/** Head nouns of plans (bilateral or multilateral instruments). */
export const PLAN_HEADS: string[] = [
  'plan',
  'plans',
  'roadmap',
  'road map',
  'programme',
  'program',
  'initiative',
  'strategy',
  'agreement',
  'agreements',
  'memorandum',
  'treaty',
  'accord',
  'pact',
  'partnership',
  'framework',
  'corridor',
  'vision',
  'declaration',
  'concept',
  'package',
  'project',
];

/** Head nouns of a country's own objectives: "twelve national projects", "national goals". */
export const OBJECTIVE_HEADS: string[] = [
  'national projects',
  'national objectives',
  'national goals',
  'national priorities',
  'national programme',
  'national program',
  'national development goals',
  'development goals',
  'national strategy',
  'national targets',
];

/** Verb cues between an agent and a plan, mapped to the relation they state. */
export const PLAN_VERBS: Record<string, 'PROPOSED' | 'INITIATED' | 'SIGNED'> = {
  proposed: 'PROPOSED',
  'put forward': 'PROPOSED',
  suggested: 'PROPOSED',
  offered: 'PROPOSED',
  presented: 'PROPOSED',
  prepared: 'PROPOSED',
  drafted: 'PROPOSED',
  filed: 'PROPOSED',
  tabled: 'PROPOSED',
  submitted: 'PROPOSED',
  outlined: 'PROPOSED',
  advocated: 'PROPOSED',
  championed: 'PROPOSED',
  floated: 'PROPOSED',
  pledged: 'PROPOSED',
  'came up with': 'PROPOSED',
  // the present tense of headlines and openings: "the commission introduces a plan"
  tabling: 'PROPOSED',
  presenting: 'PROPOSED',
  tables: 'PROPOSED',
  proposes: 'PROPOSED',
  presents: 'PROPOSED',
  submits: 'PROPOSED',
  unveils: 'INITIATED',
  launches: 'INITIATED',
  introduces: 'INITIATED',
  adopts: 'INITIATED',
  approves: 'INITIATED',
  signs: 'SIGNED',
  sign: 'SIGNED',
  initiated: 'INITIATED',
  launched: 'INITIATED',
  unveiled: 'INITIATED',
  introduced: 'INITIATED',
  announced: 'INITIATED',
  set: 'INITIATED',
  'set out': 'INITIATED',
  established: 'INITIATED',
  started: 'INITIATED',
  conceived: 'INITIATED',
  adopted: 'INITIATED',
  approved: 'INITIATED',
  signed: 'SIGNED',
  concluded: 'SIGNED',
  inked: 'SIGNED',
};

/** Cues that put two plans or objectives side by side. */
export const ALIGN_CUES =
  /\b(coincid\w*|aligned? with|in line with|in harmony with|in tune with|synerg\w*|dovetail\w*|correspond\w* (?:to|with)|consistent with|complement\w*|link\w* (?:\w+ ){0,6}(?:with|to)|conjugat\w*|compatible with|contribut\w* to)\b/;

/**
 * Cues between a plan and the national objective it serves: "a budget envisaging growth at 4%",
 * "the deal, a tool for reaching higher trade", "cooperation under the country's Vision 2030".
 */
export const PURPOSE_CUES =
  /\b(?:envisag\w*|aim\w*\s+(?:to|at)|to\s+(?:achieve|reach|meet|support|help\s+(?:achieve|reach)|advance|realise|realize|deliver)|in\s+support\s+of|towards?|in\s+pursuit\s+of|target\w*|tool\s+for|key\s+to|push\s+forward\s+with|under(?:\s+the\s+(?:umbrella|framework)s?\s+of)?|as\s+part\s+of|within\s+the\s+framework\s+of|in\s+line\s+with|serv(?:e|es|ing)|contribut\w*\s+to|seeks?\s+to|designed\s+to|intended\s+to|actuali[sz]e|implement|anchor\w*\s+on|integration\s+of\s+[a-z]+\s+through|through\s+the)\b/;

/** Cues that a sentence lists the areas a plan or objective covers. */
export const COVER_CUES = /\b(areas?|fields?|spheres?|sectors?|cover\w*|includ\w*|such as|direction\w*|focus\w* on|priorit\w*)\b/;

/** Nouns of events, used to name an event and to find one without a place-and-date phrase. */
export const EVENT_NOUNS: string[] = [
  'summit',
  'meeting',
  'talks',
  'visit',
  'state visit',
  'official visit',
  'forum',
  'session',
  'negotiations',
  'conference',
  'signing ceremony',
  'ceremony',
  'consultations',
  'round table',
];

export const MONTHS: string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Prepositions after which a capital is a place, not its government; a capital named as a capital
 * ("the Ruritanian capital Zenda", "its capital, Zenda") is the city too. */
export const LOCATIVE_BEFORE = /\b(?:in|to|from|at|near|visit(?:ed|ing)?|reached|arrived in|via|outside|capital(?:\s+city)?,?)\s+$/;
