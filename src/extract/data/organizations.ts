// Organization head nouns and the multilateral bodies news text names by acronym.
export const ORG_NOUNS: string[] = [
  'Ministry', 'Commission', 'Committee', 'Council', 'Agency', 'Bank', 'Fund', 'Corporation', 'Company',
  'Organization', 'Organisation', 'Union', 'Association', 'Chamber of Commerce and Industry', 'Chamber of Commerce',
  'Institute', 'University', 'Group', 'Holding', 'Authority', 'Service', 'Department', 'Office', 'Parliament',
  'Duma', 'Assembly', 'Cabinet', 'Government', 'Secretariat', 'Board', 'Centre', 'Center',
];

/** Bodies the genre names in lower case ("the intergovernmental commission"). */
export const ORG_COMMON: string[] = [
  'intergovernmental commission', 'joint commission', 'joint working group', 'working group', 'business council',
  'investment fund', 'development bank',
];

export const ORG_ACRONYMS: Record<string, string> = {
  SCO: 'Shanghai Cooperation Organisation', BRICS: 'BRICS', ASEAN: 'ASEAN', EAEU: 'Eurasian Economic Union',
  EAU: 'Eurasian Economic Union', CIS: 'Commonwealth of Independent States', CSTO: 'Collective Security Treaty Organization',
  APEC: 'APEC', WTO: 'World Trade Organization', UN: 'United Nations', EU: 'European Union', G20: 'G20', G7: 'G7',
  JETRO: 'Japan External Trade Organization', JBIC: 'Japan Bank for International Cooperation', JICA: 'Japan International Cooperation Agency',
  KOTRA: 'Korea Trade-Investment Promotion Agency', RDIF: 'Russian Direct Investment Fund', AIIB: 'Asian Infrastructure Investment Bank',
  NDB: 'New Development Bank', OPEC: 'OPEC', IMF: 'International Monetary Fund', UNESCO: 'UNESCO',
};
