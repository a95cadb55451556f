// Gazetteer of states: the surface forms by which news text refers to a country or its
// government. Demonyms and capitals count as mentions of the country ("Tokyo seeks…",
// "Japanese business"). Capitals after a locative preposition are treated as places instead.
export interface CountryEntry {
  name: string;
  /** Other names of the state itself (longest match wins). */
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
}

export const COUNTRIES: CountryEntry[] = [
  { name: 'Russia', aliases: ['Russian Federation'], demonyms: ['Russian', 'Russians'], capitals: ['Moscow', 'Kremlin'] },
  { name: 'Japan', demonyms: ['Japanese'], capitals: ['Tokyo'] },
  { name: 'India', aliases: ['Republic of India', 'Bharat'], demonyms: ['Indian', 'Indians'], capitals: ['New Delhi'] },
  { name: 'China', aliases: ["People's Republic of China", 'PRC'], demonyms: ['Chinese', 'Sino'], capitals: ['Beijing'] },
  { name: 'South Korea', aliases: ['Republic of Korea', 'Korea', 'ROK'], demonyms: ['Korean', 'South Korean', 'Koreans'], capitals: ['Seoul'] },
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
  { name: 'Singapore', demonyms: ['Singaporean'] },
  { name: 'Philippines', demonyms: ['Filipino', 'Philippine'], capitals: ['Manila'] },
  { name: 'Bangladesh', demonyms: ['Bangladeshi'], capitals: ['Dhaka'] },
  { name: 'Sri Lanka', demonyms: ['Sri Lankan'], capitals: ['Colombo'] },
  { name: 'Nepal', demonyms: ['Nepalese', 'Nepali'], capitals: ['Kathmandu'] },
  { name: 'Australia', demonyms: ['Australian'], capitals: ['Canberra'] },
  { name: 'United States', aliases: ['United States of America', 'USA', 'U.S.', 'America'], demonyms: ['American', 'Americans'], capitals: ['Washington'] },
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
