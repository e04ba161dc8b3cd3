/** Site-wide interface text (Simplified Chinese), kept in one place. */
export const site = {
  name: '山西职教政策通',
  tagline: '山西职业教育政策原文、五年制贯通培养名单与统计数字',
  officialNotice: '本站不是官方发布渠道，内容以官方发布为准。',
  skipLink: '跳到正文',
  nav: {
    guide: '帮我选',
    programs: '找专业',
    cities: '按城市',
    map: '地图',
    explainers: '解读',
    policies: '政策文件',
    openData: '数据',
    shortlist: '我的备选',
  },
  header: { search: '搜索', menu: '菜单' },
  footerSources: '内容来源：文件原文；学校所在地、专业代码等另注出处。',
} as const;
