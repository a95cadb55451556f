// Gazetteer of states: the surface forms by which news text refers to a country or its
// government. Demonyms and capitals count as mentions of the country ("Tokyo seeks…",
// "Japanese business"). Capitals after a locative preposition are treated as places instead.
// The hand list below carries the genre's own aliases ("Kremlin", "U.S.", "Sino") and the
// capitals that stand for governments; every other state comes from world-countries.
import { WORLD_COUNTRIES } from './world-countries.ts';

export interface CountryEntry {
  name: string;
  /** Other names of the state itself (longest match wins). */
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
}

const HAND_COUNTRIES: CountryEntry[] = [
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'], capitals: ['Moscow', 'Kremlin'] },
  { name: 'Japan', demonyms: ['Japanese'], capitals: ['Tokyo'] },
  { name: 'India', aliases: ['Republic of India', 'Bharat'], demonyms: ['Indian', 'Indians'], capitals: ['New Delhi'] },
  { name: 'China', aliases: ["People's Republic of China", 'PRC'], demonyms: ['Chinese', 'Sino'], capitals: ['Beijing'] },
  {
    name: 'South Korea',
    aliases: ['Republic of Korea', 'Korea', 'ROK'],
    demonyms: ['Korean', 'South Korean', 'Koreans'],
    capitals: ['Seoul'],
  },
  { name: 'North Korea', aliases: ["Democratic People's Republic of Korea", 'DPRK'], demonyms: ['North Korean'], capitals: ['Pyongyang'] },
  { name: 'Kazakhstan', aliases: ['Republic of Kazakhstan'], demonyms: ['Kazakh', 'Kazakhstani'], capitals: ['Astana', 'Nur-Sultan'] },
  { name: 'Uzbekistan', aliases: ['Republic of Uzbekistan'], demonyms: ['Uzbek'], capitals: ['Tashkent'] },
  { name: 'Kyrgyzstan', aliases: ['Kyrgyz Republic'], demonyms: ['Kyrgyz'], capitals: ['Bishkek'] },
  { name: 'Tajikistan', aliases: ['Republic of Tajikistan'], demonyms: ['Tajik'], capitals: ['Dushanbe'] },
  { name: 'Turkmenistan', demonyms: ['Turkmen'], capitals: ['Ashgabat'] },
  { name: 'Mongolia', demonyms: ['Mongolian'], capitals: ['Ulaanbaatar'] },
  { name: 'Azerbaijan', demonyms: ['Azerbaijani'], capitals: ['Baku'] },
  { name: 'Armenia', demonyms: ['Armenian'], capitals: ['Yerevan'] },
  { name: 'Georgia', demonyms: ['Georgian'], capitals: ['Tbilisi'] },
  { name: 'Belarus', demonyms: ['Belarusian'], capitals: ['Minsk'] },
  { name: 'Ukraine', demonyms: ['Ukrainian'], capitals: ['Kyiv', 'Kiev'] },
  { name: 'Turkey', aliases: ['Türkiye'], demonyms: ['Turkish'], capitals: ['Ankara'] },
  { name: 'Iran', demonyms: ['Iranian'], capitals: ['Tehran'] },
  { name: 'Afghanistan', demonyms: ['Afghan'], capitals: ['Kabul'] },
  { name: 'Pakistan', demonyms: ['Pakistani'], capitals: ['Islamabad'] },
  { name: 'Vietnam', aliases: ['Viet Nam'], demonyms: ['Vietnamese'], capitals: ['Hanoi'] },
  { name: 'Indonesia', demonyms: ['Indonesian'], capitals: ['Jakarta'] },
  { name: 'Malaysia', demonyms: ['Malaysian'], capitals: ['Kuala Lumpur'] },
  { name: 'Thailand', demonyms: ['Thai'], capitals: ['Bangkok'] },
  // "the Lao government", "Lao PDR": the adjective news uses, which the package lacks
  { name: 'Laos', aliases: ['Lao PDR'], demonyms: ['Lao', 'Laotian'] },
  { name: 'Singapore', demonyms: ['Singaporean'] },
  { name: 'Philippines', demonyms: ['Filipino', 'Philippine'], capitals: ['Manila'] },
  { name: 'Bangladesh', demonyms: ['Bangladeshi'], capitals: ['Dhaka'] },
  { name: 'Sri Lanka', demonyms: ['Sri Lankan'], capitals: ['Colombo'] },
  { name: 'Nepal', demonyms: ['Nepalese', 'Nepali'], capitals: ['Kathmandu'] },
  { name: 'Australia', demonyms: ['Australian'], capitals: ['Canberra'] },
  {
    name: 'United States',
    aliases: ['United States of America', 'USA', 'U.S.', 'US', 'America'],
    demonyms: ['American', 'Americans'],
    capitals: ['Washington'],
  },
  { name: 'Canada', demonyms: ['Canadian'], capitals: ['Ottawa'] },
  { name: 'United Kingdom', aliases: ['UK', 'Britain', 'Great Britain'], demonyms: ['British'], capitals: ['London'] },
  { name: 'Germany', demonyms: ['German'], capitals: ['Berlin'] },
  { name: 'France', demonyms: ['French'], capitals: ['Paris'] },
  { name: 'Italy', demonyms: ['Italian'], capitals: ['Rome'] },
  { name: 'Saudi Arabia', demonyms: ['Saudi'], capitals: ['Riyadh'] },
  { name: 'United Arab Emirates', aliases: ['UAE'], demonyms: ['Emirati'], capitals: ['Abu Dhabi'] },
  { name: 'Egypt', demonyms: ['Egyptian'], capitals: ['Cairo'] },
  { name: 'Israel', demonyms: ['Israeli'] },
  { name: 'Brazil', demonyms: ['Brazilian'], capitals: ['Brasilia'] },
  { name: 'South Africa', demonyms: ['South African'], capitals: ['Pretoria'] },
  { name: 'Serbia', demonyms: ['Serbian'], capitals: ['Belgrade'] },
];

/** Capitals that are ordinary words or first names ("Victoria", "Sofia") stay out. */
const AMBIGUOUS_CAPITALS = new Set(['Victoria', 'Sofia', 'Kingston', 'Georgetown', 'Washington D.C.']);

function formsOf(c: CountryEntry): string[] {
  return [c.name, ...(c.aliases ?? [])];
}

function merge(): { countries: CountryEntry[]; capitals: Record<string, string> } {
  const hand = HAND_COUNTRIES.map((c) => ({ ...c, aliases: [...(c.aliases ?? [])], demonyms: [...(c.demonyms ?? [])] }));
  const taken = new Set(hand.flatMap((c) => [...formsOf(c), ...c.demonyms, ...(c.capitals ?? [])]));
  const countries: CountryEntry[] = [...hand];
  const capitals: Record<string, string> = {};
  for (const { entry, capitals: caps } of WORLD_COUNTRIES) {
    const own = hand.find((h) => formsOf(entry).some((f) => formsOf(h).includes(f)));
    const fresh = (f: string) => !taken.has(f);
    if (own) {
      // the hand entry wins; the package only adds official names and missing demonyms
      own.aliases.push(...(entry.aliases ?? []).filter(fresh));
      own.demonyms.push(...(entry.demonyms ?? []).filter(fresh));
      continue;
    }
    countries.push({ name: entry.name, aliases: (entry.aliases ?? []).filter(fresh), demonyms: (entry.demonyms ?? []).filter(fresh) });
    for (const k of caps) if (!AMBIGUOUS_CAPITALS.has(k) && k !== entry.name) capitals[k] = entry.name;
  }
  return { countries, capitals };
}

const merged = merge();
export const COUNTRIES: CountryEntry[] = merged.countries;
/** Capitals of states outside the hand list: plain places, with the state they lie in. */
export const WORLD_CAPITALS: Record<string, string> = merged.capitals;
