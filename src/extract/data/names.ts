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
