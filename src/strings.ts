/** Site-wide interface text (Simplified Chinese), kept in one place. */
export const site = {
  name: '山西职教政策通',
  tagline: '山西职业教育政策原文、五年制贯通培养名单与统计数字',
  officialNotice: '本站不是官方发布渠道，内容以官方发布为准。',
  skipLink: '跳到正文',
  nav: { programs: '找专业', cities: '按城市', map: '地图', explainers: '解读', policies: '政策文件', openData: '数据', shortlist: '我的备选' },
  footerSources: '内容来源：本站收录的五份政策文件与报道原文；学校所在地、专业代码等参考信息另注出处。',
} as const;


/** The figures the home page shows families, by statistic id, with a plain sentence each. */
export const HOME_FIGURES = [
  { id: 'general-high-school-plan-share-2024', text: '2024年全省普通高中招生计划相当于初中毕业生数的这个比例' },
  { id: 'comprehensive-pilot-schools-2024', text: '2024年开展综合高中试点的中职学校' },
  { id: 'five-year-schools-2025', text: '2025年起试点五年制贯通培养的中职学校' },
] as const;

/** The figures of the press factsheet, by statistic id. */
export const PRESS_FIGURES = [
  'five-year-schools-2025', 'five-year-pairs-2025', 'five-year-colleges-2025', 'comprehensive-pilot-schools-2024',
  'general-high-school-plan-share-2024', 'preschool-gross-enrolment-2023', 'senior-gross-enrolment-2023',
  'basic-schools-2023', 'brand-majors-report', 'training-bases-report',
] as const;

/** How readers report an error. None is published yet: the operator sets it here (never invent one). */
export const ERROR_REPORT: { channel: string; href: string } | null = null;
