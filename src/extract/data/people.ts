// Well-known office holders of the genre's countries, used only to infer the country of a
// person whose country the text leaves unsaid ("President Vladimir Putin"). A generic
// gazetteer, like the city list: it never creates a person the text does not name.
export const KNOWN_PEOPLE: Record<string, string> = {
  'Vladimir Putin': 'Russia', 'Dmitry Medvedev': 'Russia', 'Mikhail Mishustin': 'Russia', 'Sergey Lavrov': 'Russia',
  'Sergei Lavrov': 'Russia', 'Alexei Overchuk': 'Russia', 'Maxim Reshetnikov': 'Russia', 'Denis Manturov': 'Russia',
  'Narendra Modi': 'India', 'S. Jaishankar': 'India', 'Subrahmanyam Jaishankar': 'India', 'Piyush Goyal': 'India',
  'Nirmala Sitharaman': 'India', 'Droupadi Murmu': 'India', 'Ram Nath Kovind': 'India', 'Manmohan Singh': 'India',
  'Shinzo Abe': 'Japan', 'Yoshihide Suga': 'Japan', 'Fumio Kishida': 'Japan', 'Shigeru Ishiba': 'Japan',
  'Yoshimasa Hayashi': 'Japan', 'Toshimitsu Motegi': 'Japan', 'Taro Kono': 'Japan',
  'Xi Jinping': 'China', 'Li Keqiang': 'China', 'Li Qiang': 'China', 'Wang Yi': 'China', 'Hu Chunhua': 'China',
  'Ding Xuexiang': 'China', 'Han Zheng': 'China',
  'Moon Jae-in': 'South Korea', 'Yoon Suk Yeol': 'South Korea', 'Lee Jae-myung': 'South Korea', 'Park Geun-hye': 'South Korea',
  'Kim Jong Un': 'North Korea', 'Kim Jong-un': 'North Korea',
  'Kassym-Jomart Tokayev': 'Kazakhstan', 'Nursultan Nazarbayev': 'Kazakhstan', 'Alikhan Smailov': 'Kazakhstan', 'Olzhas Bektenov': 'Kazakhstan',
  'Shavkat Mirziyoyev': 'Uzbekistan', 'Abdulla Aripov': 'Uzbekistan', 'Sadyr Japarov': 'Kyrgyzstan',
  'Emomali Rahmon': 'Tajikistan', 'Serdar Berdimuhamedov': 'Turkmenistan', 'Gurbanguly Berdimuhamedov': 'Turkmenistan',
  'Alexander Lukashenko': 'Belarus', 'Ilham Aliyev': 'Azerbaijan', 'Recep Tayyip Erdogan': 'Turkey',
};
