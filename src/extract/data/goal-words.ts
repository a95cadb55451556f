// Generic words of goal clauses (mentions/objective-goals.ts): cues of intention, verbs of change,
// what a country aims to become, the economy's headline indicators.

/** Cues after which an infinitive or gerund states an aim: "aims to", "the goal of", "a plan to". */
export const GOAL_CUES: string[] = [
  'aims? to', 'aimed to', 'aiming to', 'aim of', 'aims? at', 'aiming at', 'plans? to', 'planned to', 'planning to',
  'seeks? to', 'sought to', 'seeking to', 'wants? to', 'wanted to', 'intends? to', 'intended to', 'hopes? to', 'hoped to',
  'strives? to', 'striving to', 'targets?', 'targeted', 'targeting', 'vow(?:s|ed)? to', 'pledge[sd]? to', 'promise[sd]? to',
  'committed to', 'commits? to', 'determined to', 'set out to', 'is set to', 'are set to', 'expects? to', 'expected to',
  'goal (?:is|was) to', 'aim (?:is|was) to', 'target (?:is|was) to', 'objective (?:is|was) to', 'ambition (?:is|was) to',
  'goal of', 'target of', 'objective of', 'ambition of', 'vision of', 'intention of', 'mission of', 'bid to', 'drive to',
  'push to', 'efforts? to', 'in order to', 'so as to', 'with a view to', 'on track to', 'ambition to', 'strategy to',
  'plan to', 'programme to', 'program to', 'roadmap to', 'initiative to', 'policy to', 'measures to', 'steps to',
];

/** Verbs of quantified change (base form; -ing forms are derived). */
export const GOAL_VERBS: string[] = [
  'raise', 'increase', 'boost', 'lift', 'grow', 'expand', 'reach', 'achieve', 'attain', 'hit', 'cut', 'reduce', 'lower',
  'bring', 'attract', 'create', 'generate', 'mobilise', 'mobilize', 'export', 'produce', 'install', 'add', 'build',
  'train', 'connect', 'plant', 'earn', 'push', 'keep', 'limit', 'curb', 'narrow', 'halve', 'double', 'triple',
  'have', 'welcome', 'receive', 'host', 'employ', 'serve', 'cover', 'supply',
];

/** What a country aims to become: "a middle-income country", "a regional hub". */
export const BECOME_HEADS: string[] = [
  'country', 'countries', 'nation', 'economy', 'economies', 'hub', 'power', 'powerhouse', 'centre', 'center', 'leader',
  'destination', 'society', 'state', 'player', 'exporter', 'producer', 'gateway', 'member',
];

/** The economy's headline indicators, as budgets and plans state them. */
export const INDICATORS: string[] = [
  '(?:real\\s+|annual\\s+|average\\s+)?(?:GDP|economic)\\s+growth', 'growth', '(?:annual\\s+|average\\s+)?inflation',
  '(?:the\\s+)?(?:fiscal|budget|budgetary|current[- ]account|primary)\\s+deficit', 'public\\s+debt', 'debt[- ]to[- ]GDP(?:\\s+ratio)?',
  'unemployment', 'poverty', 'investment\\s+rate', 'tax\\s+revenues?',
];

/** Forward-looking cues a budget or plan figure follows: "the budget envisages …". */
export const FORWARD_CUES: string[] = [
  'envisag\\w*', 'target\\w*', 'aim\\w*', 'goal', 'budget', 'plan\\w*', 'seek\\w*', 'foresee\\w*', 'assum\\w*', 'projects?\\b',
  'projecting', 'calls? for', 'commit\\w*', 'pledg\\w*', 'sets?\\s+(?:out|a|an)', 'bas(?:ed|es) on',
];

/** Verbs that report a figure already reached, not a goal. */
export const PAST_STATS: string[] = [
  'rose', 'fell', 'grew', 'slowed', 'stood', 'was', 'were', 'recorded', 'registered', 'accelerated', 'eased', 'jumped',
  'dropped', 'declined', 'contracted', 'expanded', 'reached', 'hit', 'averaged', 'climbed', 'slipped', 'surged', 'plunged',
];
