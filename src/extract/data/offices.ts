// Office titles and the words that may make up a ministerial portfolio. Titles are listed
// longest first by the matcher, so "Deputy Prime Minister" wins over "Prime Minister".
export const TITLES: string[] = [
  'President', 'Vice President', 'Vice-President', 'Prime Minister', 'Premier', 'Vice Premier', 'Vice-Premier',
  'Chancellor', 'Minister', 'Foreign Minister', 'Defence Minister', 'Defense Minister', 'Finance Minister',
  'Trade Minister', 'Economy Minister', 'Energy Minister', 'Commerce Minister', 'Industry Minister',
  'External Affairs Minister', 'Economic Development Minister', 'Agriculture Minister', 'Transport Minister',
  'Minister of State', 'Ambassador', 'Chairman', 'Chairwoman', 'Chairperson', 'Speaker', 'Governor', 'Mayor',
  'King', 'Queen', 'Emir', 'Sultan', 'Emperor', 'Crown Prince', 'Secretary of State', 'Chief Cabinet Secretary', 'General Secretary',
  'Secretary General', 'Secretary-General', 'Special Representative', 'Presidential Envoy', 'Envoy',
  'Trade Representative', 'Head', 'Director General', 'Director-General', 'Chief Executive', 'CEO',
  // civil-service and diplomatic ranks
  'Under-Secretary', 'Under Secretary', 'Undersecretary', 'Permanent Secretary', 'Consul-General', 'Consul General',
  'High Commissioner', 'Trade Commissioner',
];

/** Titles also written in lower case after a demonym or possessive ("the Kazakh president"). */
export const LOWER_TITLES: string[] = [
  'president', 'vice president', 'vice-president', 'prime minister', 'deputy prime minister', 'premier', 'chancellor',
  'crown prince', 'king', 'queen', 'emir', 'sultan', 'foreign minister', 'finance minister', 'trade minister',
  'defence minister', 'defense minister', 'economy minister', 'energy minister', 'ambassador', 'envoy',
];

/** Titles of a state's representative abroad: "Ambassador of X to Y", "Consul-General in CITY". */
export const ENVOY_TITLES = /^(?:(?:Senior|Deputy|Acting)\s+)?(?:Ambassador|Envoy|High Commissioner|Consul-General|Consul General|Trade Commissioner|Permanent Representative)$/i;

/** Lower-case role nouns before a personal name ("party leader Name", "his media aide Name"). */
export const ROLE_NOUNS: string[] = [
  'leader', 'media aide', 'aide', 'spokesman', 'spokeswoman', 'spokesperson', 'adviser', 'advisor',
  'special adviser', 'special advisor', 'press secretary', 'chief of staff', 'chief executive', 'chairman', 'chairperson',
];

/** Modifiers that form a distinct office ("Deputy Prime Minister" is not "Prime Minister"). */
export const TITLE_MODIFIERS: string[] = ['First Deputy', 'Deputy', 'Vice', 'Acting', 'Senior'];

/** Offices whose holder is a country's leader ("the Russian leader", "the Chinese leader"). */
export const LEADER_TITLES: string[] = [
  'President', 'Prime Minister', 'Premier', 'Chancellor', 'King', 'Emperor', 'General Secretary', 'Chairman',
];

/** Words a portfolio after "Minister of/for" is made of; any other word ends it (a name follows). */
export const PORTFOLIO_WORDS: string[] = [
  'Economy', 'Economic', 'Economics', 'Trade', 'Industry', 'Industrial', 'Foreign', 'Affairs', 'External', 'Development',
  'Finance', 'Financial', 'Energy', 'Defence', 'Defense', 'Investment', 'Investments', 'Agriculture', 'Transport',
  'Transportation', 'Health', 'Healthcare', 'Education', 'Science', 'Digital', 'Communications', 'Information',
  'Technology', 'Technologies', 'Innovation', 'Innovative', 'Commerce', 'Integration', 'Internal', 'Interior',
  'Justice', 'Labour', 'Labor', 'Employment', 'Social', 'Protection', 'Culture', 'Tourism', 'Sports', 'Sport',
  'Natural', 'Resources', 'Ecology', 'Environment', 'Environmental', 'Water', 'Emergency', 'Situations',
  'Construction', 'Housing', 'Infrastructure', 'Land', 'Infrastructural', 'Relations', 'Cooperation', 'Planning',
  'Higher', 'Secondary', 'Public', 'Road', 'Railways', 'Railway', 'Civil', 'Aviation', 'Petroleum', 'Gas', 'Oil',
  'Mining', 'Mines', 'Power', 'Coal', 'Steel', 'Chemicals', 'Fertilizers', 'Textiles', 'Food', 'Processing',
  'Industries', 'Small', 'Medium', 'Enterprises', 'Micro', 'Budget', 'Fiscal', 'Policy', 'Strategic', 'Regional',
  'Municipal', 'Urban', 'Rural', 'Far', 'East', 'Eastern', 'Arctic', 'Maritime', 'Fisheries', 'Knowledge',
  'Livestock', 'Mass', 'Media', 'Telecommunications', 'Poverty', 'Reduction', 'Entrepreneurship', 'Youth', 'Family', 'Security',
];

/** Lower-case descriptive offices: "the minister responsible for …". */
export const DESCRIPTIVE_OFFICE = /\b(minister|official|envoy|representative) (?:responsible|in charge) (?:for|of) [^,.;:“”"\n]+/g;

/** Titles held in a body rather than a state ("Managing Director of the company", "NEDA
 * Secretary"), capitalised or not; longest first is left to the matcher. */
export const BODY_TITLES: string[] = [
  'Managing Director', 'Executive Director', 'Director-General', 'Director General', 'Director', 'Secretary-General',
  'Secretary General', 'Secretary', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'President', 'Vice President',
  'Governor', 'Administrator', 'Chief Executive Officer', 'Chief Executive', 'CEO', 'Head', 'National Coordinator',
  'Coordinator', 'Executive Secretary', 'Commissioner',
];
