// Areas that plans and objectives cover. `forms` are the surface phrases (regex sources,
// case-insensitive); an optional leading verb ("increasing productivity") joins the mention.
interface TopicEntry {
  name: string;
  forms: string[];
}

export const TOPIC_VERBS =
  '(?:(?:increas|rais|improv|boost|develop|expand|promot|strengthen|enhanc|diversify|diversif|moderniz|modernis|ensur)(?:e|es|ed|ing|y|ying|ies)?\\s+)?';

export const TOPICS: TopicEntry[] = [
  { name: 'Productivity', forms: ['labou?r productivity', 'productivity'] },
  {
    name: 'Production diversification',
    forms: [
      'diversifying production',
      'diversif(?:y|ication of) production',
      'production diversification',
      'diversification of the economy',
      'economic diversification',
    ],
  },
  { name: 'Energy', forms: ['energy(?! efficiency)', 'oil and gas', 'LNG', 'liquefied natural gas'] },
  { name: 'Nuclear energy', forms: ['nuclear energy', 'nuclear power', 'peaceful atom'] },
  { name: 'Energy efficiency', forms: ['energy efficiency'] },
  { name: 'Infrastructure', forms: ['infrastructure'] },
  { name: 'Transport and logistics', forms: ['transport and logistics', 'logistics', 'transport corridors?', 'transit'] },
  { name: 'Healthcare', forms: ['healthcare', 'health care', 'medicine', 'pharmaceuticals?'] },
  {
    name: 'Agriculture',
    forms: ['agriculture', 'agricultural (?:products|sector|cooperation)', 'agro-industrial complex', 'food security'],
  },
  {
    name: 'Digital economy',
    forms: ['digital economy', 'digitali[sz]ation', 'information technology', 'IT sector', 'artificial intelligence'],
  },
  { name: 'Urban development', forms: ['urban development', 'urban environment', 'comfortable urban environment'] },
  { name: 'Small and medium-sized businesses', forms: ['small and medium(?:-sized)? (?:businesses|enterprises)', 'SMEs'] },
  { name: 'Manufacturing', forms: ['manufacturing'] },
  { name: 'Industrial cooperation', forms: ['industrial cooperation', 'industrialization', 'industrialisation'] },
  { name: 'Investment', forms: ['investments?(?= (?:cooperation|climate|projects))', 'investment cooperation'] },
  { name: 'Tourism', forms: ['tourism'] },
  { name: 'Education', forms: ['education', 'human resources development'] },
  { name: 'Space', forms: ['space exploration', 'space cooperation', 'outer space'] },
  { name: 'Defence', forms: ['defen[cs]e cooperation', 'military-technical cooperation'] },
  { name: 'High technology', forms: ['high technolog(?:y|ies)', 'high-tech(?: industries)?', 'innovations?'] },
  { name: 'Semiconductors', forms: ['semiconductors?', 'chips'] },
  { name: 'Shipbuilding', forms: ['shipbuilding'] },
  { name: 'Fisheries', forms: ['fisheries', 'fishing'] },
  { name: 'Environment', forms: ['environmental protection', 'ecology'] },
  { name: 'Climate change', forms: ['climate change', 'climate action'] },
  { name: 'Water resources', forms: ['water resources', 'water management', 'irrigation'] },
  { name: 'Textiles', forms: ['textiles?', 'textile industry'] },
  { name: 'Mining', forms: ['mining', 'critical minerals', 'rare earths?'] },
  { name: 'Railways', forms: ['railways?', 'high-speed rail', 'railroads?'] },
  { name: 'Settlements in national currencies', forms: ['settlements in national currencies', 'national currencies'] },
  { name: 'Finance', forms: ['financial cooperation', 'banking'] },
  { name: 'Electronics', forms: ['electronics'] },
];
