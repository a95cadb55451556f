// Generic words of goal clauses (mentions/objective-goals.ts): cues of intention, verbs of change,
// what a country aims to become, the economy's headline indicators.

/** Cues after which an infinitive or gerund states an aim: "aims to", "the goal of", "a plan to". */
export const GOAL_CUES: string[] = [
  'aims? to', 'aimed to', 'aiming to', 'aim of', 'aims? at', 'aiming at', 'plans? to', 'planned to', 'planning to',
  'seeks? to', 'sought to', 'seeking to', 'wants? to', 'wanted to', 'intends? to', 'intended to', 'hopes? to', 'hoped to',
  'strives? to', 'striving to', 'targets?', 'targeted', 'targeting', 'vow(?:s|ed)? to', 'pledge[sd]? to', 'promise[sd]? to',
  'committed to', 'commits? to', 'determined to', 'set out to', 'is set to', 'are set to', 'expects? to', 'expected to',
  'goal (?:is|was) to', 'aim (?:is|was) to', 'target (?:is|was) to', 'objective (?:is|was) to', 'ambition (?:is|was) to',
  // "one of the biggest goals for this year is to", "we hope and pray that we will be expanding"
  'goals? for (?:this|next|the) (?:year|decade|term) (?:is|was|are) to',
  '(?:hope|hopes|hoped|expect|expects)(?: and pray)? that (?:we|they|both (?:countries|sides|nations)) will(?: be)?',
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

// ---- money in any currency (mentions/allocations.ts, objective-goals.ts) ----

/** Currency names written after a figure: "20 billion riyals". */
const CURRENCY_NAMES: string[] = [
  'dollars', 'euros', 'pounds', 'yuan', 'renminbi', 'yen', 'rupees', 'riyals', 'rials', 'dinars', 'dirhams', 'naira',
  'pesos', 'rand', 'shillings', 'taka', 'ringgit', 'baht', 'dong', 'won', 'liras?', 'francs', 'birr', 'cedis', 'tenge',
  'soums?', 'sums', 'rubles', 'roubles', 'manats?', 'reais', 'rupiah', 'kwacha', 'zlotys?', 'forints?', 'lei', 'kip', 'kyats?',
  'soles', 'colones', 'afghanis', 'leones', 'pula', 'somoni', 'lari', 'drams', 'hryvnias?', 'leva', 'tugriks?', 'togrogs?',
];
const SCALE = String.raw`(?:trillion|billion|million|bn|mn|tn|crores?|lakhs?|m(?![\p{L}]))`;
const SYMBOL = String.raw`(?:US\s?\$|US\s?dollars?|USD|\$|€|£|¥|₹|₦|₱|৳|₩|₺|₽|₫|฿|₵|₸|Rs\.?|Tk\.?|Rp\.?|K[Ss]h\.?)`;
/** Currency codes and local abbreviations written before or after a figure ("QAR 20 billion", "KD400 million"). */
const CURRENCY_CODES: string[] = [
  'QAR', 'QR', 'SAR', 'SR', 'AED', 'Dh', 'Dhs', 'KWD', 'KD', 'JOD', 'JD', 'BHD', 'BD', 'OMR', 'RO', 'EGP', 'LE', 'NGN', 'N',
  'GHS', 'GH¢', 'KES', 'ZAR', 'R', 'INR', 'PKR', 'BDT', 'LKR', 'MYR', 'RM', 'IDR', 'PHP', 'P', 'THB', 'VND', 'KRW', 'JPY',
  'CNY', 'RMB', 'HKD', 'SGD', 'S\\$', 'AUD', 'A\\$', 'NZD', 'CAD', 'C\\$', 'CHF', 'GBP', 'EUR', 'RUB', 'KZT', 'UZS', 'TRY', 'TL',
  'BRL', 'R\\$', 'MXN', 'ARS', 'CLP', 'COP', 'PEN', 'ETB', 'Br', 'TZS', 'TSh', 'UGX', 'USh', 'RWF', 'Frw', 'MAD', 'DH', 'DZD',
  'TND', 'XOF', 'XAF', 'CFA', 'FCFA', 'MNT', 'KGS', 'TJS', 'AZN', 'GEL', 'AMD', 'UAH', 'PLN', 'HUF', 'CZK', 'SEK', 'NOK', 'DKK',
];
const CODE = `(?:${CURRENCY_CODES.join('|')})`;
/**
 * An amount of money: a symbol or code before the figure ("$5 billion", "€3m", "QAR 20 billion",
 * "N8.6 trillion"; a code needs a scale word, so "R2" is no amount) or a currency after it
 * ("20 billion riyals", "400 million USD"). Safe under the `i` flag (no bare capital-letter class).
 */
export const MONEY = String.raw`(?:${SYMBOL}\s?\d[\d.,]*\d(?:\s*${SCALE})?|${SYMBOL}\s?\d(?:\s*${SCALE})?|(?<![\p{L}\d])${CODE}\s?\d[\d.,]*\s*${SCALE}|\d[\d.,]*\s*${SCALE}\s+(?:(?:US|Hong\s+Kong|Singapore|Canadian|Australian|New\s+Zealand)\s+)?(?:${CURRENCY_NAMES.join('|')}|${CODE})(?![\p{L}]))`;

/** Verbs and nouns of spending public money: a figure after them "for/to" a purpose is an allocation. */
export const ALLOCATION_CUES: string[] = [
  'allocat\\w*', 'earmark\\w*', 'set(?:s|ting)?\\s+aside', 'budget\\w*', 'appropriat\\w*', 'dedicat\\w*', 'reserv(?:e|es|ed|ing)',
  'expenditures?', 'spending', 'outlays?', 'provisions?', 'spend(?:s|ing)?', 'spent', 'channel\\w*', 'apportion\\w*',
];
/** Participles that join a figure to its purpose: "$2 billion (has been) earmarked for …". */
export const ALLOCATION_PARTICIPLES: string[] = [
  'allocated', 'earmarked', 'set\\s+aside', 'budgeted', 'appropriated', 'dedicated', 'reserved', 'channelled', 'channeled',
  'apportioned', 'assigned', 'provided', 'proposed', 'allotted',
];
/** Heads of a purpose that is no purpose: "for the year", "for each citizen". */
export const NOT_PURPOSE: string[] = [
  'year', 'years', 'period', 'quarter', 'month', 'months', 'time', 'first', 'second', 'fiscal', 'financial', 'each', 'every',
  'it', 'this', 'that', 'them', 'which', 'total', 'whole', 'rest', 'remainder', 'cent', 'percent',
];

/** Abstract ends a national plan serves: "achieve robust growth", "enable the creation of jobs". */
export const DEVELOPMENT_HEADS: string[] = [
  'growth', 'development', 'integration', 'creation', 'diversification', 'industriali[sz]ation', 'wellbeing', 'well-being',
  'prosperity', 'self-sufficiency', 'sufficiency', 'transformation', 'moderni[sz]ation', 'digitali[sz]ation', 'inclusion',
  'standards?\\s+of\\s+living', 'living\\s+standards', 'employment', 'competitiveness', 'resilience',
];
/** Verbs whose object is such an end. */
export const DEVELOPMENT_VERBS: string[] = [
  'achieve', 'achieving', 'promote', 'promoting', 'enable', 'enabling', 'foster', 'fostering', 'accelerate', 'accelerating',
  'ensure', 'ensuring', 'attain', 'attaining', 'drive', 'driving', 'spur', 'spurring', 'support', 'supports', 'supporting',
];
