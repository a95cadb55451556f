// Family names that come first in Chinese and Korean names as written in English news, so
// that "Xi" and "Moon" are the surnames that later mentions use.
export const FAMILY_NAME_FIRST = new Set<string>([
  // Chinese
  'Xi', 'Hu', 'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang', 'Zhou', 'Wu', 'Xu', 'Sun', 'Ma', 'Zhu',
  'Guo', 'He', 'Lin', 'Luo', 'Gao', 'Zheng', 'Liang', 'Xie', 'Tang', 'Feng', 'Deng', 'Cao', 'Peng', 'Zeng', 'Xiao',
  'Tian', 'Dong', 'Pan', 'Yuan', 'Cai', 'Jiang', 'Du', 'Ye', 'Cheng', 'Wei', 'Su', 'Lu', 'Ding', 'Ren', 'Shen', 'Yao',
  'Qian', 'Fu', 'Zhong', 'Cui', 'Tan', 'Lei', 'Kong', 'Bai', 'Mao', 'Qin', 'Han',
  // Korean
  'Moon', 'Kim', 'Lee', 'Park', 'Choi', 'Jung', 'Kang', 'Cho', 'Yoon', 'Jang', 'Lim', 'Oh', 'Seo', 'Shin', 'Kwon',
  'Hwang', 'Ahn', 'Song', 'Hong', 'Yoo', 'Ko', 'Jeon', 'Ban', 'Chung', 'Roh', 'Chu', 'Yun', 'Rhee',
]);

/** Countries whose people write the family name first; elsewhere "Lin" etc. are given names. */
export const FAMILY_FIRST_COUNTRIES = new Set<string>(['China', 'South Korea', 'North Korea', 'Vietnam', 'Singapore', 'Taiwan', 'Hong Kong']);

/** Lower-case particles inside a personal name: Arabic, Portuguese, Spanish, Dutch, German, French. */
export const NAME_PARTICLES: string[] = ['bin', 'bint', 'ibn', 'al', 'el', 'da', 'das', 'de', 'do', 'dos', 'di', 'del', 'van', 'von', 'der', 'den', 'la', 'le', 'du'];

/** Capitalised words that never belong to a personal name: function words, institutions, weekdays. */
export const NAME_STOP_WORDS: string[] = [
  'The', 'A', 'An', 'In', 'On', 'At', 'Of', 'For', 'To', 'And', 'But', 'As', 'He', 'She', 'It', 'We', 'They',
  'This', 'That', 'These', 'Those', 'According', 'Ministry', 'Government', 'State', 'Federation', 'Republic',
  'Council', 'Committee', 'Commission', 'Bank', 'Fund', 'Agency', 'Forum', 'Summit', 'Union', 'Organization',
  'Organisation', 'Corporation', 'Company', 'Group', 'Initiative', 'Plan', 'Programme', 'Program', 'Strategy',
  'Partnership', 'Agreement', 'Economic', 'National', 'International', 'Eastern', 'Western', 'Northern',
  'Southern', 'Central', 'Asia', 'Europe', 'Eurasian', 'East', 'West', 'Far', 'Make', 'Digital', 'Belt', 'Road',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Mr', 'Mrs', 'Ms', 'Dr',
  'Deputy', 'First', 'Vice', 'Acting',
  // heads of institutions and buildings, so "Al-Ittihadiya Palace" is no person
  'Palace', 'House', 'Hall', 'Centre', 'Center', 'University', 'Institute', 'Authority', 'Bureau', 'Office',
  'Department', 'Parliament', 'Assembly', 'Senate', 'Congress', 'Court', 'Party', 'Embassy', 'Airport', 'Port',
  'Square', 'Street', 'Avenue', 'Hotel', 'Tower', 'Stadium', 'Museum', 'Mosque', 'Cathedral', 'Declaration',
  'Treaty', 'Accord', 'Memorandum', 'Protocol', 'Roadmap', 'Vision', 'Project', 'Policy', 'Framework', 'Sheikh',
  'Sheikha', 'Emir', 'Sultan', 'Prince', 'Princess', 'Queen', 'His', 'Her', 'Highness', 'Majesty', 'Excellency',
];
