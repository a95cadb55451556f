// Synthetic corpus of the PolicyGraph genre: news articles about ministers, leaders, bilateral
// plans, national objectives, quotes and meetings with dates and places.
//
// Deterministic and prefix-stable: article i depends only on (seed, i), so the first 1,000
// articles of a 100,000-article corpus are the 1,000-article corpus, and a graph can be grown
// from 1k to 10k to 100k by loading more of the same stream. Pools of people, plans and
// objectives grow with i, so the graph grows in entities as well as in articles; leaders are
// hubs (one per country, in most articles about their country), ministers are many.

export interface Country {
  name: string;
  demonym: string;
  capital: string;
  cities: string[];
  leaderTitle: 'President' | 'Prime Minister';
}

// Single-word names (plan names are "A-B ..."), with demonyms, capitals and cities the
// extractor's gazetteer knows.
export const COUNTRIES: Country[] = [
  {
    name: 'Russia',
    demonym: 'Russian',
    capital: 'Moscow',
    cities: ['Sochi', 'Vladivostok', 'Kazan', 'Novosibirsk'],
    leaderTitle: 'President',
  },
  { name: 'Japan', demonym: 'Japanese', capital: 'Tokyo', cities: ['Osaka', 'Kyoto', 'Nagoya', 'Sapporo'], leaderTitle: 'Prime Minister' },
  {
    name: 'India',
    demonym: 'Indian',
    capital: 'New Delhi',
    cities: ['Mumbai', 'Chennai', 'Bengaluru', 'Pune'],
    leaderTitle: 'Prime Minister',
  },
  { name: 'China', demonym: 'Chinese', capital: 'Beijing', cities: ['Shanghai', 'Harbin', 'Shenzhen', 'Wuhan'], leaderTitle: 'President' },
  {
    name: 'Kazakhstan',
    demonym: 'Kazakh',
    capital: 'Astana',
    cities: ['Almaty', 'Shymkent', 'Karaganda', 'Aktau'],
    leaderTitle: 'President',
  },
  {
    name: 'Uzbekistan',
    demonym: 'Uzbek',
    capital: 'Tashkent',
    cities: ['Samarkand', 'Bukhara', 'Khiva', 'Fergana'],
    leaderTitle: 'President',
  },
  { name: 'Kyrgyzstan', demonym: 'Kyrgyz', capital: 'Bishkek', cities: ['Osh', 'Cholpon-Ata'], leaderTitle: 'President' },
  { name: 'Mongolia', demonym: 'Mongolian', capital: 'Ulaanbaatar', cities: [], leaderTitle: 'President' },
  { name: 'Vietnam', demonym: 'Vietnamese', capital: 'Hanoi', cities: [], leaderTitle: 'Prime Minister' },
  { name: 'Indonesia', demonym: 'Indonesian', capital: 'Jakarta', cities: ['Bali'], leaderTitle: 'President' },
  { name: 'Turkey', demonym: 'Turkish', capital: 'Ankara', cities: [], leaderTitle: 'President' },
  { name: 'Germany', demonym: 'German', capital: 'Berlin', cities: [], leaderTitle: 'President' },
  { name: 'France', demonym: 'French', capital: 'Paris', cities: [], leaderTitle: 'President' },
  { name: 'Brazil', demonym: 'Brazilian', capital: 'Brasilia', cities: [], leaderTitle: 'President' },
  { name: 'Egypt', demonym: 'Egyptian', capital: 'Cairo', cities: [], leaderTitle: 'President' },
  { name: 'Singapore', demonym: 'Singaporean', capital: 'Singapore', cities: [], leaderTitle: 'Prime Minister' },
];

const GIVEN = [
  'Arman',
  'Kenji',
  'Olga',
  'Rahul',
  'Boris',
  'Timur',
  'Aziz',
  'Sergei',
  'Yuki',
  'Priya',
  'Bolat',
  'Dilnoza',
  'Hiroshi',
  'Anna',
  'Kirill',
  'Nurlan',
  'Sanjay',
  'Elena',
  'Takeshi',
  'Farida',
  'Ivan',
  'Akira',
  'Meera',
  'Ruslan',
  'Ayumi',
  'Gulnara',
  'Vikram',
  'Marina',
  'Daisuke',
  'Aigerim',
  'Pavel',
  'Haruto',
  'Kavita',
  'Erlan',
  'Nodir',
  'Shavkat',
  'Anil',
  'Irina',
  'Sota',
  'Madina',
];
// Surnames are built from syllables, so the person pool can grow to ~10^5 distinct names.
const SYL1 = [
  'Ka',
  'Ta',
  'Mo',
  'Ser',
  'Ra',
  'Bek',
  'Ni',
  'Ha',
  'Zhu',
  'Or',
  'Ver',
  'Sa',
  'Dau',
  'Kur',
  'Lo',
  'Ma',
  'Tu',
  'Gri',
  'Ab',
  'Yo',
];
const SYL2 = ['ra', 'ki', 'ma', 'na', 'sha', 'le', 'to', 'ba', 'dzhi', 'ro', 'mi', 'ge', 'lu', 'va', 'ye', 'da', 'ko', 'ri', 'so', 'zi'];
const SYL3 = ['nov', 'hara', 'yev', 'moto', 'pur', 'bekov', 'shima', 'enko', 'wala', 'tani', 'sky', 'lin'];

// Only portfolios the extractor reads in both sentence positions we use (Health, Tourism,
// Investments, Natural Resources, Construction, Education, Social Protection and Emergency
// Situations lose the person in "…, Demonym Minister of X Name said in …": reported).
const PORTFOLIOS = [
  'Energy',
  'Foreign Affairs',
  'Economic Development',
  'Finance',
  'Agriculture',
  'Transport',
  'Industry',
  'Digital Development',
];
const PLAN_ADJ = [
  'Green',
  'Strategic',
  'Northern',
  'Southern',
  'Joint',
  'Digital',
  'Clean',
  'Eastern',
  'Western',
  'Smart',
  'Sustainable',
  'Bilateral',
  'Regional',
  'Open',
  'Future',
  'Advanced',
];
const PLAN_DOMAIN = [
  'Hydrogen',
  'Energy',
  'Logistics',
  'Trade',
  'Investment',
  'Technology',
  'Railway',
  'Agriculture',
  'Health',
  'Education',
  'Space',
  'Shipbuilding',
  'Mining',
  'Textile',
  'Tourism',
  'Finance',
  'Water',
  'Fisheries',
  'Semiconductor',
  'Automotive',
];
const PLAN_KIND = ['Partnership', 'Roadmap', 'Initiative', 'Action Plan', 'Cooperation Plan', 'Corridor'];
const OBJ_ADJ = ['Strategic', 'Integrated', 'Comprehensive', 'Priority', 'Regional', 'Federal', 'Sustainable', 'Modern'];
const OBJ_DOMAIN = [
  'Industrial Development',
  'Digital Transformation',
  'Energy Security',
  'Export Growth',
  'Rural Development',
  'Innovation',
  'Infrastructure Renewal',
  'Human Capital',
  'Green Growth',
  'Transport Development',
];
const OBJ_KIND = ['Programme', 'Strategy'];
// Phrases the topic gazetteer reads.
const TOPICS = [
  'energy efficiency',
  'infrastructure',
  'transport and logistics',
  'healthcare',
  'agriculture',
  'digital economy',
  'urban development',
  'manufacturing',
  'industrial cooperation',
  'tourism',
  'education',
  'space exploration',
  'shipbuilding',
  'fisheries',
  'water resources',
  'textiles',
  'mining',
  'railways',
  'semiconductors',
  'electronics',
  'productivity',
  'high technology',
  'nuclear energy',
  'banking',
];
const QUOTE_A = [
  'We want the partnership to bring new technology and jobs to our regions',
  'Our trade turnover has grown every year and we expect more',
  'This agreement opens a new chapter in our relations',
  'Our companies are ready to expand production and invest',
  'We have agreed to remove the remaining barriers to trade',
  'This is only the beginning of a long road',
  'We see our partners as reliable friends',
  'The new projects will create thousands of jobs',
];
const QUOTE_B = [
  'and we will report on the results next year',
  'and the first projects will start this autumn',
  'and both governments will support them',
  'and we count on our business communities',
  'and the commission will review the progress',
  'and we will not slow down',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const LAUNCH = ['launch', 'implement', 'expand', 'accelerate'];

/** mulberry32: small, fast, good enough for text generation. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash2(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** Pool sizes at article i: the graph gains entities as the corpus grows. */
export function pools(i: number): { ministers: number; plans: number; objectives: number } {
  return { ministers: 60 + Math.floor(i / 3), plans: 40 + Math.floor(i / 2), objectives: 16 + Math.floor(i / 8) };
}

export interface Minister {
  index: number;
  given: string;
  surname: string;
  name: string;
  country: Country;
  portfolio: string;
}

/** Minister k: a fixed person (name, country, portfolio) whatever the corpus size. */
export function minister(k: number): Minister {
  const r = rng(hash2(1, k));
  // The first 4,800 ministers have distinct surnames (a permutation of the syllable radix);
  // beyond that, (given, surname) pairs stay distinct up to 192,000 ministers.
  const S = SYL1.length * SYL2.length * SYL3.length;
  const s = (k * 2773) % S;
  const given = GIVEN[(Math.floor(k / S) + k) % GIVEN.length]!;
  const surname =
    SYL1[s % SYL1.length]! + SYL2[Math.floor(s / SYL1.length) % SYL2.length]! + SYL3[Math.floor(s / (SYL1.length * SYL2.length))]!;
  const country = COUNTRIES[hash2(2, k) % COUNTRIES.length]!;
  return { index: k, given, surname, name: `${given} ${surname}`, country, portfolio: PORTFOLIOS[Math.floor(r() * PORTFOLIOS.length)]! };
}

/** The leader of each country: a hub. */
export function leader(c: Country): { name: string; surname: string } {
  const k = COUNTRIES.indexOf(c);
  const surname = [
    'Volkov',
    'Takeda',
    'Sharma',
    'Zhao',
    'Sadykov',
    'Karimov',
    'Japarbek',
    'Batbold',
    'Nguyen',
    'Wibowo',
    'Demir',
    'Fischer',
    'Moreau',
    'Costa',
    'Hassan',
    'Tan',
  ][k]!;
  return { name: `${GIVEN[(k * 7) % GIVEN.length]} ${surname}`, surname };
}

export interface PlanSpec {
  index: number;
  a: Country;
  b: Country;
  name: string;
  kind: string;
  topics: string[];
}

/** Plan k: a bilateral plan with a unique name (mixed radix over its parts). */
export function plan(k: number): PlanSpec {
  const n = COUNTRIES.length;
  let q = k;
  const pair = q % (n * (n - 1));
  q = Math.floor(q / (n * (n - 1)));
  const ai = Math.floor(pair / (n - 1));
  let bi = pair % (n - 1);
  if (bi >= ai) bi++;
  const adj = PLAN_ADJ[q % PLAN_ADJ.length]!;
  q = Math.floor(q / PLAN_ADJ.length);
  const dom = PLAN_DOMAIN[q % PLAN_DOMAIN.length]!;
  q = Math.floor(q / PLAN_DOMAIN.length);
  const kind = PLAN_KIND[q % PLAN_KIND.length]!;
  const a = COUNTRIES[ai]!;
  const b = COUNTRIES[bi]!;
  const r = rng(hash2(3, k));
  return { index: k, a, b, kind, name: `${a.name}-${b.name} ${adj} ${dom} ${kind}`, topics: pick(r, TOPICS, 3) };
}

export interface ObjectiveSpec {
  index: number;
  country: Country;
  name: string;
  topics: string[];
}

/** Objective k: a country's national programme, strategy or project. */
export function objective(k: number): ObjectiveSpec {
  const country = COUNTRIES[k % COUNTRIES.length]!;
  let q = Math.floor(k / COUNTRIES.length);
  const adj = OBJ_ADJ[q % OBJ_ADJ.length]!;
  q = Math.floor(q / OBJ_ADJ.length);
  const dom = OBJ_DOMAIN[q % OBJ_DOMAIN.length]!;
  q = Math.floor(q / OBJ_DOMAIN.length);
  const kind = OBJ_KIND[q % OBJ_KIND.length]!;
  const year = 2025 + 5 * Math.floor(q / OBJ_KIND.length);
  const r = rng(hash2(4, k));
  return { index: k, country, name: `National ${adj} ${dom} ${kind} ${year}`, topics: pick(r, TOPICS, 3) };
}

function pick<T>(r: () => number, xs: readonly T[], n: number): T[] {
  const out: T[] = [];
  while (out.length < n) {
    const x = xs[Math.floor(r() * xs.length)]!;
    if (!out.includes(x)) out.push(x);
  }
  return out;
}

function one<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function list(xs: string[]): string {
  return xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`;
}

function lowerKind(kind: string): string {
  return kind.toLowerCase().replace('action plan', 'plan').replace('cooperation plan', 'plan');
}

export interface GeneratedArticle {
  index: number;
  /** File text: Source/Title/Date header, blank line, body. */
  text: string;
  /** What the article is about, so the benchmark can pick real ids. */
  facts: { plan: string; objective: string; ministers: [string, string]; leader: string };
}

/** A minister of country c from the pool at article i (falls back to any pool member). */
function ministerOf(r: () => number, size: number, c: Country, avoid: number): Minister {
  for (let t = 0; t < 40; t++) {
    const m = minister(Math.floor(r() * size));
    if (m.country === c && m.index !== avoid) return m;
  }
  // Small pools: take the next of that country beyond the pool (still deterministic).
  for (let k = size; ; k++) {
    const m = minister(k);
    if (m.country === c && m.index !== avoid) return m;
  }
}

/** Article i of the corpus with this seed. */
export function article(seed: number, i: number): GeneratedArticle {
  const r = rng(hash2(seed, i));
  const size = pools(i);
  const p = plan(Math.floor(r() * size.plans));
  const [A, B] = r() < 0.5 ? [p.a, p.b] : [p.b, p.a];
  const m1 = ministerOf(r, size.ministers, A, -1);
  const m2 = ministerOf(r, size.ministers, B, m1.index);
  // The objective belongs to country A: pick one of A's objectives from the pool.
  const nA = COUNTRIES.indexOf(A);
  const objCount = Math.max(1, Math.floor(size.objectives / COUNTRIES.length));
  const o = objective(nA + COUNTRIES.length * Math.floor(r() * objCount));
  const leadA = leader(A);
  const year = 2010 + Math.floor(r() * 15);
  const month = Math.floor(r() * 12);
  const day = 1 + Math.floor(r() * 28);
  const city = r() < 0.5 ? A.capital : A.cities.length > 0 ? one(r, A.cities) : A.capital;
  const where = one(r, A.cities.length > 0 ? A.cities : [A.capital]);
  const kind = lowerKind(p.kind);
  const off1 = `Minister of ${m1.portfolio}`;
  const off2 = `Minister of ${m2.portfolio}`;
  const projects = 2 + Math.floor(r() * 60);
  const worth = (1 + Math.floor(r() * 990)) / 10;

  const paras: string[] = [];
  paras.push(
    `${A.name} and ${B.name} agreed to ${one(r, LAUNCH)} the ${p.name}, ${A.demonym} ${off1} ${m1.name} said in ${city} on ${one(r, WEEKDAYS)}.`,
  );
  paras.push(
    `${m1.surname} proposed the ${p.name} to ${B.demonym} ${off2} ${m2.name} at their meeting in ${where} in ${MONTHS[month]} ${year}.`,
  );
  paras.push(`“${one(r, QUOTE_A)}, ${one(r, QUOTE_B)}”, – said ${m1.surname}.`);
  paras.push(`According to ${m1.surname}, the ${kind} is in line with ${A.name}’s ${o.name}, adopted by ${A.leaderTitle} ${leadA.name}.`);
  paras.push(`The ${o.name} covers ${list(o.topics)}.`);
  paras.push(`${m2.surname} noted that the ${kind} covers ${list(p.topics)}.`);
  if (r() < 0.7) paras.push(`“${one(r, QUOTE_A)}”, ${m2.surname} told reporters.`);
  paras.push(`The parties signed ${projects} agreements worth $${worth} billion.`);
  if (r() < 0.5) paras.push(`“${one(r, QUOTE_A)}, ${one(r, QUOTE_B)}”, – the ${B.demonym} minister stressed.`);

  const title = `${A.name} and ${B.name} agree on the ${p.name}`;
  const date = `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const text = `Source: https://example.org/synthetic/${seed}/${i}\nTitle: ${title}\nDate: ${date}\n\n${paras.join('\n\n')}\n`;
  return { index: i, text, facts: { plan: p.name, objective: o.name, ministers: [m1.name, m2.name], leader: leadA.name } };
}

/** Articles [from, to) of the corpus. */
export function* articles(seed: number, from: number, to: number): Generator<GeneratedArticle> {
  for (let i = from; i < to; i++) yield article(seed, i);
}
