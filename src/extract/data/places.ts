// Cities and regions that are not capitals, with the country they lie in (for LOCATED_IN).
// A generic gazetteer for the genre: Russia, East and Central Asia, South Asia, and the
// world's largest cities elsewhere; capitals of states outside the hand list come from
// world-countries (WORLD_CAPITALS).
import { WORLD_CAPITALS } from './countries.ts';

const HAND_PLACES: Record<string, string> = {
  // Russia
  'Sochi': 'Russia', 'Vladivostok': 'Russia', 'St. Petersburg': 'Russia', 'Saint Petersburg': 'Russia',
  'Kazan': 'Russia', 'Yekaterinburg': 'Russia', 'Novosibirsk': 'Russia', 'Khabarovsk': 'Russia',
  'Irkutsk': 'Russia', 'Murmansk': 'Russia', 'Kaliningrad': 'Russia', 'Sakhalin': 'Russia',
  'Yakutsk': 'Russia', 'Blagoveshchensk': 'Russia', 'Ufa': 'Russia', 'Nizhny Novgorod': 'Russia',
  'Far East': 'Russia', 'Siberia': 'Russia', 'Primorye': 'Russia', 'Arctic': 'Russia', 'Tatarstan': 'Russia',
  // Japan
  'Osaka': 'Japan', 'Kyoto': 'Japan', 'Hiroshima': 'Japan', 'Nagasaki': 'Japan', 'Yokohama': 'Japan',
  'Sapporo': 'Japan', 'Hokkaido': 'Japan', 'Nagoya': 'Japan', 'Kobe': 'Japan', 'Fukuoka': 'Japan', 'Niigata': 'Japan',
  // India
  'Mumbai': 'India', 'Chennai': 'India', 'Kolkata': 'India', 'Bengaluru': 'India', 'Bangalore': 'India',
  'Ahmedabad': 'India', 'Hyderabad': 'India', 'Varanasi': 'India', 'Gujarat': 'India', 'Pune': 'India',
  'Goa': 'India', 'Delhi': 'India', 'Tamil Nadu': 'India', 'Maharashtra': 'India', 'Karnataka': 'India',
  'Kerala': 'India', 'Andhra Pradesh': 'India', 'Uttar Pradesh': 'India', 'Assam': 'India', 'Rajasthan': 'India',
  // China
  'Shanghai': 'China', 'Harbin': 'China', 'Guangzhou': 'China', 'Shenzhen': 'China', 'Wuhan': 'China',
  'Xiamen': 'China', 'Qingdao': 'China', 'Dalian': 'China', 'Tianjin': 'China', 'Xinjiang': 'China',
  'Heilongjiang': 'China', 'Hong Kong': 'China', 'Hangzhou': 'China', 'Xi’an': 'China', "Xi'an": 'China',
  // Korea
  'Busan': 'South Korea', 'Incheon': 'South Korea', 'Daegu': 'South Korea', 'Ulsan': 'South Korea', 'Jeju': 'South Korea',
  // Central Asia
  'Almaty': 'Kazakhstan', 'Shymkent': 'Kazakhstan', 'Karaganda': 'Kazakhstan', 'Aktau': 'Kazakhstan',
  'Samarkand': 'Uzbekistan', 'Bukhara': 'Uzbekistan', 'Khiva': 'Uzbekistan', 'Andijan': 'Uzbekistan', 'Fergana': 'Uzbekistan', 'Navoi': 'Uzbekistan',
  'Osh': 'Kyrgyzstan', 'Cholpon-Ata': 'Kyrgyzstan', 'Khujand': 'Tajikistan', 'Turkmenbashi': 'Turkmenistan',
  // elsewhere
  'New York': 'United States', 'Geneva': 'Switzerland', 'Davos': 'Switzerland', 'Bali': 'Indonesia',
  // large cities and ports of other regions
  'Los Angeles': 'United States', 'Chicago': 'United States', 'San Francisco': 'United States', 'Houston': 'United States',
  'Toronto': 'Canada', 'Montreal': 'Canada', 'Vancouver': 'Canada', 'Sydney': 'Australia', 'Melbourne': 'Australia',
  'Perth': 'Australia', 'Brisbane': 'Australia', 'Auckland': 'New Zealand',
  'São Paulo': 'Brazil', 'Sao Paulo': 'Brazil', 'Rio de Janeiro': 'Brazil', 'Córdoba': 'Argentina', 'Guadalajara': 'Mexico',
  'Monterrey': 'Mexico', 'Valparaíso': 'Chile', 'Medellín': 'Colombia',
  'Hamburg': 'Germany', 'Munich': 'Germany', 'Frankfurt': 'Germany', 'Marseille': 'France', 'Lyon': 'France',
  'Toulouse': 'France', 'Milan': 'Italy', 'Naples': 'Italy', 'Barcelona': 'Spain', 'Rotterdam': 'Netherlands',
  'Antwerp': 'Belgium', 'Porto': 'Portugal', 'Zurich': 'Switzerland', 'Istanbul': 'Turkey', 'Izmir': 'Turkey',
  'Manchester': 'United Kingdom', 'Edinburgh': 'United Kingdom', 'Odesa': 'Ukraine', 'Odessa': 'Ukraine', 'Kharkiv': 'Ukraine',
  'Jeddah': 'Saudi Arabia', 'Mecca': 'Saudi Arabia', 'Medina': 'Saudi Arabia', 'Dammam': 'Saudi Arabia', 'NEOM': 'Saudi Arabia',
  'Dubai': 'United Arab Emirates', 'Sharjah': 'United Arab Emirates', 'Alexandria': 'Egypt', 'Giza': 'Egypt',
  'Sharm el-Sheikh': 'Egypt', 'Port Said': 'Egypt', 'Tel Aviv': 'Israel', 'Haifa': 'Israel', 'Basra': 'Iraq', 'Erbil': 'Iraq',
  'Isfahan': 'Iran', 'Lagos': 'Nigeria', 'Kano': 'Nigeria', 'Johannesburg': 'South Africa', 'Cape Town': 'South Africa',
  'Durban': 'South Africa', 'Mombasa': 'Kenya', 'Casablanca': 'Morocco', 'Tangier': 'Morocco', 'Kumasi': 'Ghana',
  'Tema': 'Ghana', 'Dar es Salaam': 'Tanzania', 'Karachi': 'Pakistan', 'Lahore': 'Pakistan', 'Gwadar': 'Pakistan',
  'Chittagong': 'Bangladesh', 'Chattogram': 'Bangladesh', 'Hambantota': 'Sri Lanka', 'Kandy': 'Sri Lanka',
  'Ho Chi Minh City': 'Vietnam', 'Da Nang': 'Vietnam', 'Haiphong': 'Vietnam', 'Surabaya': 'Indonesia', 'Cebu': 'Philippines',
  'Davao': 'Philippines', 'Penang': 'Malaysia', 'Chiang Mai': 'Thailand', 'Phuket': 'Thailand', 'Yangon': 'Myanmar',
  'Chongqing': 'China', 'Chengdu': 'China', 'Nanjing': 'China', 'Macau': 'China', 'Hainan': 'China', 'Yunnan': 'China',
  'Guangdong': 'China', 'Okinawa': 'Japan', 'Taipei': 'Taiwan', 'Kaohsiung': 'Taiwan',
};

export const PLACES: Record<string, string> = { ...WORLD_CAPITALS, ...HAND_PLACES };

/** Regions, seas and sea routes that lie in no one country, keyed by every form the text uses
 * (an adjective names its region: "Southeast Asian nations"). "Europe" is left out: the genre
 * uses it for the European Union. Bare "Pacific"/"Atlantic" are mostly adjectives of names. */
export const REGIONS: Record<string, string> = {
  'Africa': 'Africa', 'Asia': 'Asia', 'Latin America': 'Latin America', 'Latin American': 'Latin America',
  'South America': 'South America', 'South American': 'South America', 'North America': 'North America',
  'North American': 'North America', 'Central America': 'Central America', 'Central American': 'Central America',
  'Southeast Asia': 'Southeast Asia', 'Southeast Asian': 'Southeast Asia', 'South-East Asia': 'Southeast Asia',
  'South Asia': 'South Asia', 'South Asian': 'South Asia', 'East Asia': 'East Asia', 'East Asian': 'East Asia',
  'Central Asia': 'Central Asia', 'Central Asian': 'Central Asia', 'Middle East': 'Middle East', 'Middle Eastern': 'Middle East',
  'West Africa': 'West Africa', 'East Africa': 'East Africa', 'North Africa': 'North Africa', 'Sub-Saharan Africa': 'Sub-Saharan Africa',
  'Horn of Africa': 'Horn of Africa', 'Sahel': 'Sahel', 'Caucasus': 'Caucasus', 'South Caucasus': 'South Caucasus',
  'Balkans': 'Balkans', 'Western Balkans': 'Western Balkans', 'Caribbean': 'Caribbean', 'Eurasia': 'Eurasia',
  'Scandinavia': 'Scandinavia', 'Gulf': 'Gulf', 'Persian Gulf': 'Persian Gulf', 'Arabian Gulf': 'Arabian Gulf',
  'Gaza': 'Gaza', 'Gaza Strip': 'Gaza Strip', 'West Bank': 'West Bank',
  'Pacific Ocean': 'Pacific Ocean', 'Atlantic Ocean': 'Atlantic Ocean', 'Indian Ocean': 'Indian Ocean', 'Arctic Ocean': 'Arctic Ocean',
  'Mediterranean': 'Mediterranean', 'Mediterranean Sea': 'Mediterranean Sea', 'Black Sea': 'Black Sea', 'Caspian Sea': 'Caspian Sea',
  'Red Sea': 'Red Sea', 'Baltic Sea': 'Baltic Sea', 'Arabian Sea': 'Arabian Sea', 'North Sea': 'North Sea',
  'South China Sea': 'South China Sea', 'East China Sea': 'East China Sea', 'Sea of Japan': 'Sea of Japan',
  'Bay of Bengal': 'Bay of Bengal', 'Strait of Hormuz': 'Strait of Hormuz', 'Strait of Malacca': 'Strait of Malacca',
  'Suez Canal': 'Suez Canal', 'Panama Canal': 'Panama Canal', 'Bosphorus': 'Bosphorus', 'Northern Sea Route': 'Northern Sea Route',
  'Korean Peninsula': 'Korean Peninsula', 'Arabian Peninsula': 'Arabian Peninsula', 'Crimea': 'Crimea', 'Kashmir': 'Kashmir',
};
