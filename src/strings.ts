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

/** What an embedded chart or map says after its figures: the way back, and what is found there. */
export const embedText = {
  /** After a chart's credit (图：山西职教政策通…). */
  chartCreditTail: '（原文、数据表和下载见原页）',
  /** Under the map's title in its embed. */
  mapNote: '每条线是一个专业对，颜色和线型表示高职专业的专业大类；窄栏里按城市列出学校数和专业对数。',
  /** After the map's credit. */
  mapCreditTail: '（每所学校的专业对、筛选和数据见原页）',
  /** What the map's positions are and are not, said beside every drawing of it. */
  mapCaveat: '位置为所在市/县政府驻地，非校址；所在地不是通知内容。示意图，不是标准地图。',
} as const;
