// Cities and regions that are not capitals, with the country they lie in (for LOCATED_IN).
// A generic gazetteer for the genre: Russia, East and Central Asia, South Asia.
export const PLACES: Record<string, string> = {
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
};
