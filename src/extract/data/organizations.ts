// Organization head nouns and the multilateral bodies news text names by acronym.
export const ORG_NOUNS: string[] = [
  'Ministry', 'Commission', 'Committee', 'Council', 'Agency', 'Bank', 'Fund', 'Corporation', 'Company',
  'Organization', 'Organisation', 'Union', 'Association', 'Chamber of Commerce and Industry', 'Chamber of Commerce',
  'Chambers of Commerce and Industry', 'Chambers of Commerce', 'Community',
  'Institute', 'University', 'Group', 'Holding', 'Authority', 'Service', 'Department', 'Office', 'Parliament',
  'Duma', 'Assembly', 'Bureau', 'Party', 'League', 'News Agency', 'Press Agency', 'Cabinet', 'Government', 'Secretariat', 'Board', 'Centre', 'Center',
];

/** Bodies the genre names in lower case ("the intergovernmental commission"). */
export const ORG_COMMON: string[] = [
  'intergovernmental commission', 'joint commission', 'joint working group', 'working group', 'business council',
  'investment fund', 'development bank',
];

/** Multilateral bodies, blocs and news agencies by every form the genre uses, acronym and
 * expansion alike, each mapped to one canonical name so both forms are one entity. */
export const KNOWN_ORGS: Record<string, string> = {
  SCO: 'Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization': 'Shanghai Cooperation Organisation',
  BRICS: 'BRICS', ASEAN: 'ASEAN', 'Association of Southeast Asian Nations': 'ASEAN',
  EAEU: 'Eurasian Economic Union', EAU: 'Eurasian Economic Union', CIS: 'Commonwealth of Independent States',
  CSTO: 'Collective Security Treaty Organization', APEC: 'APEC', 'Asia-Pacific Economic Cooperation': 'APEC',
  WTO: 'World Trade Organization', UN: 'United Nations', 'United Nations': 'United Nations', 'U.N.': 'United Nations',
  EU: 'European Union', 'European Union': 'European Union', AU: 'African Union', 'African Union': 'African Union',
  G20: 'G20', 'G-20': 'G20', 'Group of 20': 'G20', G7: 'G7', 'G-7': 'G7', 'Group of Seven': 'G7',
  Mercosur: 'Mercosur', MERCOSUR: 'Mercosur', NATO: 'NATO', 'North Atlantic Treaty Organization': 'NATO',
  Quad: 'Quad', 'Quadrilateral Security Dialogue': 'Quad', GCC: 'Gulf Cooperation Council',
  'Gulf Cooperation Council': 'Gulf Cooperation Council', 'Arab League': 'Arab League', 'League of Arab States': 'Arab League',
  ECOWAS: 'ECOWAS', 'Economic Community of West African States': 'ECOWAS', SAARC: 'SAARC', BIMSTEC: 'BIMSTEC',
  OECD: 'OECD', OIC: 'Organisation of Islamic Cooperation', IAEA: 'International Atomic Energy Agency',
  WHO: 'World Health Organization', OPEC: 'OPEC', 'OPEC+': 'OPEC+', IMF: 'International Monetary Fund',
  'World Bank': 'World Bank', ADB: 'Asian Development Bank', AfDB: 'African Development Bank', UNESCO: 'UNESCO',
  UNCTAD: 'UNCTAD', UNDP: 'UNDP', 'World Economic Forum': 'World Economic Forum',
  JETRO: 'Japan External Trade Organization', JBIC: 'Japan Bank for International Cooperation', JICA: 'Japan International Cooperation Agency',
  KOTRA: 'Korea Trade-Investment Promotion Agency', RDIF: 'Russian Direct Investment Fund', AIIB: 'Asian Infrastructure Investment Bank',
  NDB: 'New Development Bank', USAID: 'U.S. Agency for International Development', KOICA: 'Korea International Cooperation Agency',
  // news agencies
  Reuters: 'Reuters', AFP: 'Agence France-Presse', 'Agence France-Presse': 'Agence France-Presse', 'Associated Press': 'Associated Press',
  Xinhua: 'Xinhua', Yonhap: 'Yonhap', Kyodo: 'Kyodo', 'Kyodo News': 'Kyodo', 'Jiji Press': 'Jiji Press', Anadolu: 'Anadolu Agency',
  'Anadolu Agency': 'Anadolu Agency', 'RIA Novosti': 'RIA Novosti', TASS: 'TASS', Interfax: 'Interfax', Sputnik: 'Sputnik',
  Bernama: 'Bernama', 'Antara': 'Antara', PTI: 'Press Trust of India', 'Press Trust of India': 'Press Trust of India',
  IANS: 'IANS', WAM: 'WAM', SPA: 'Saudi Press Agency', 'Saudi Press Agency': 'Saudi Press Agency',
  Kazinform: 'Kazinform', 'Bloomberg': 'Bloomberg', 'Dow Jones': 'Dow Jones',
  MONTSAME: 'MONTSAME', 'Vietnam News Agency': 'Vietnam News Agency', VNA: 'Vietnam News Agency', KUNA: 'Kuwait News Agency',
  'Kuwait News Agency': 'Kuwait News Agency', QNA: 'Qatar News Agency', 'Qatar News Agency': 'Qatar News Agency',
  'Emirates News Agency': 'WAM', IRNA: 'IRNA', 'Middle East News Agency': 'Middle East News Agency',
  'Bangladesh Sangbad Sangstha': 'Bangladesh Sangbad Sangstha',
  'Associated Press of Pakistan': 'Associated Press of Pakistan', BelTA: 'BelTA', Ukrinform: 'Ukrinform', 'Prensa Latina': 'Prensa Latina',
  Andina: 'Andina', 'Xinhua News Agency': 'Xinhua', 'Philippine News Agency': 'Philippine News Agency', 
  'News Agency of Nigeria': 'News Agency of Nigeria', 'Ghana News Agency': 'Ghana News Agency',
  // platforms a statement is posted on
  Facebook: 'Facebook', Instagram: 'Instagram', YouTube: 'YouTube', WeChat: 'WeChat', Weibo: 'Weibo', LinkedIn: 'LinkedIn', TikTok: 'TikTok',
};

/** Legislatures by their own names, with the state they belong to: "the Dewan Rakyat", "the Sejm". */
export const LEGISLATURES: Record<string, string> = {
  'Dewan Rakyat': 'Malaysia', 'Dewan Negara': 'Malaysia', 'Dewan Perwakilan Rakyat': 'Indonesia', 'Lok Sabha': 'India',
  'Rajya Sabha': 'India', 'Jatiya Sangsad': 'Bangladesh', Knesset: 'Israel', Bundestag: 'Germany', Bundesrat: 'Germany',
  Sejm: 'Poland', 'Verkhovna Rada': 'Ukraine', 'State Duma': 'Russia', Storting: 'Norway', Stortinget: 'Norway', Riksdag: 'Sweden',
  Folketing: 'Denmark', Folketinget: 'Denmark', Eduskunta: 'Finland', Althing: 'Iceland', Oireachtas: 'Ireland', 'Dáil': 'Ireland',
  'Dáil Éireann': 'Ireland', Mazhilis: 'Kazakhstan', Majilis: 'Kazakhstan', 'Oliy Majlis': 'Uzbekistan', 'Jogorku Kenesh': 'Kyrgyzstan',
  'Majlisi Oli': 'Tajikistan', 'Milli Majlis': 'Azerbaijan', 'State Great Khural': 'Mongolia', 'Great Khural': 'Mongolia',
  'Pyidaungsu Hluttaw': 'Myanmar', 'Pyithu Hluttaw': 'Myanmar', 'Sansad': 'India', 'Majlis al-Shura': 'Saudi Arabia',
  'National People’s Congress': 'China', "National People's Congress": 'China', 'Grand National Assembly': 'Turkey',
  'Sabor': 'Croatia', 'Saeima': 'Latvia', 'Seimas': 'Lithuania', 'Riigikogu': 'Estonia', 'Skupština': 'Serbia',
  'Sobranie': 'North Macedonia', 'Cortes Generales': 'Spain', 'Tweede Kamer': 'Netherlands', 'Nationalrat': 'Austria',
  'Wolesi Jirga': 'Afghanistan', 'Majlis-e-Shoora': 'Pakistan',
};

/** News agencies whose names are also common words: an agency only when it reports
 * ("Trend reports", "(AP)"), never as a bare capitalised word. */
export const AGENCIES_IN_CONTEXT = ['Trend', 'AP', 'APA', 'Azertac', 'UzA', 'Dunya', 'Kabar', 'Akipress'];
