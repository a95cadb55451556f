// Head nouns of plan noun phrases, singular and plural, lower case: the chunker in
// plan-phrases.ts makes a Plan of a noun phrase whose last noun is one of these.
export const PLAN_NOUNS: Set<string> = new Set([
  'agreement',
  'agreements',
  'memorandum',
  'memorandums',
  'memoranda',
  'mou',
  'mous',
  'treaty',
  'treaties',
  'protocol',
  'protocols',
  'roadmap',
  'roadmaps',
  'plan',
  'plans',
  'initiative',
  'initiatives',
  'partnership',
  'partnerships',
  'programme',
  'programmes',
  'program',
  'programs',
  'framework',
  'accord',
  'accords',
  'deal',
  'deals',
  'package',
  'budget',
  'decree',
  'corridor',
  'project',
  'projects',
  'contract',
  'contracts',
  'pact',
  'pacts',
  'alliance',
  'compact',
  'charter',
  'mechanism',
  'declaration',
  'declarations',
  'commitments',
]);

/** Two-word heads written apart: "road map", "action plan" is a modifier plus "plan" already. */
export const SPLIT_HEADS: Record<string, string> = { map: 'road', maps: 'road' };

/** Modifiers that say nothing about which plan it is ("new", "other"): never a name on their own. */
export const EMPTY_MODIFIERS: Set<string> = new Set([
  'new',
  'other',
  'such',
  'same',
  'previous',
  'single',
  'overall',
  'entire',
  'whole',
  'first',
  'further',
  'recent',
  'various',
  'several',
  'many',
  'some',
  'all',
  'both',
  'more',
  'last',
  'next',
  'current',
  'existing',
  'relevant',
  'specific',
  'certain',
  'own',
  'respective',
  'separate',
  'significant',
  'possible',
  'future',
  'different',
  'major',
  'key',
  'important',
  'big',
  'large',
  'huge',
  'total',
]);

/** Determiners and quantifiers that may open a plan phrase; "the/this" make it a back-reference. */
export const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those']);

/** Heads of a financial pledge named with its sum: "a credit of $1 billion", "a $2 billion loan". */
export const PLEDGE_HEADS: string[] = [
  'credit\\s+lines?',
  'lines?\\s+of\\s+credit',
  'credit',
  'loans?',
  'grants?',
  'grant\\s+assistance',
  'aid\\s+package',
  'assistance\\s+package',
  'investment\\s+package',
  'financing\\s+package',
  'rescue\\s+package',
  'stimulus\\s+package',
  'package',
  'financing',
  'funding',
];

/** Modifiers a pledge's head may carry: "concessional", "interest-free", "development". */
export const PLEDGE_MODIFIERS: string[] = [
  'new',
  'additional',
  'fresh',
  'concessional',
  'soft',
  'preferential',
  'interest-free',
  'low-interest',
  'development',
  'financial',
  'economic',
  'humanitarian',
  'budget',
  'budgetary',
  'emergency',
  'grant',
  'aid',
  'investment',
  'relief',
];

/** Verbs of pledging a sum to another party: "will invest $5 billion in …". */
export const PLEDGE_VERBS: string[] = [
  'invest',
  'provide',
  'extend',
  'lend',
  'allocate',
  'grant',
  'give',
  'donate',
  'offer',
  'disburse',
  'inject',
];

/** Heads of signed instruments: "the agreement", "the deal", "the accord" may refer back to any
 * one of them ("a memorandum of understanding … The agreement was signed by …"). Singular stems. */
export const INSTRUMENT_HEADS: Set<string> = new Set([
  'agreement',
  'memorandum',
  'treaty',
  'protocol',
  'accord',
  'deal',
  'pact',
  'contract',
  'compact',
  'charter',
  'declaration',
]);
/** Of those, the generic words that name any instrument when they stand alone after "the". */
export const GENERIC_INSTRUMENT: Set<string> = new Set(['agreement', 'deal', 'accord', 'pact']);

/** Possessives that make a bare plan head a back-reference like "the": "their agreement", "its roadmap". */
export const POSSESSIVE = new Set(['its', 'their', 'his', 'her', 'our']);

/** Heads that name a plan only with a given word right before them: "joint statement" (a signed text). */
export const QUALIFIED_HEADS: Record<string, RegExp> = {
  statement: /^joint$/i,
  statements: /^joint$/i,
};

/** Heads that name a plan only with given words right after them: "a letter of intent" (a signed text),
 * not "a letter to the president". */
export const COMPLEMENTED_HEADS: Record<string, string[]> = {
  letter: ['of', 'intent'],
  letters: ['of', 'intent'],
};

/** Verbs the tagger may read as nouns before a plan head ("Kenya and Indonesia sign four MoUs"): they end
 * the noun phrase on the left. */
export const VERB_NOT_MODIFIER: Set<string> = new Set([
  'sign',
  'signs',
  'ink',
  'inks',
  'agree',
  'agrees',
  'adopt',
  'adopts',
  'approve',
  'approves',
  'conclude',
  'concludes',
  'seal',
  'seals',
  'launch',
  'launches',
  'unveil',
  'unveils',
  'renew',
  'renews',
  'extend',
  'extends',
]);
