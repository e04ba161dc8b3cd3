import { z } from 'astro/zod';
import { TOPICS, claimSchema, clauseRefSchema, isoDate, slug, unqualifiedSchema } from './schemas.ts';

// The schemas of the site's editorial content: the words it explains and searches by, the
// statements and questions it shows beside the lists, where to ask, its record of changes, its
// charts, its settings, its open data and its explainers. The catalogue, lists, documents and
// statistics are in ./schemas.ts (whose import also sets Zod's messages in Chinese).

/** One qualifier word (content/qualifiers.yaml). */
export const qualifierSchema = z
  .object({
    /** The word as printed in the documents. */
    word: z.string().min(1),
    /** Other printed forms with the same meaning. */
    forms: z.array(z.string().min(1)).optional(),
    /** Compounds in which the characters are not this qualifier (主要 for 要). */
    notIn: z.array(z.string().min(2)).optional(),
    /** What a claim may say instead; must include the word itself. */
    equivalents: z.array(z.string().min(1)).min(1),
    /** Whether a statistic's label must carry it too (bounds count: ≥ for 以上 …). */
    statistics: z.boolean().default(false),
  })
  .refine((q) => q.equivalents.includes(q.word), { message: 'equivalents 应包含 word 本身', path: ['equivalents'] });

/** Words people type and the pages they should find (content/search-terms.yaml). */
export const searchTermSchema = z
  .object({
    /** What people type (护士, 汽修, 3+2). */
    words: z.array(z.string().min(1)).min(1),
    /** Catalogue major names (majors.yaml) whose pages these words should find. */
    majors: z.array(z.string().min(2)).optional(),
    /**
     * The kinds of major (专业类, as majors.yaml names them) the words mean, as a person reviewed
     * them: the build refuses a listed major of another kind.
     */
    kinds: z.array(z.string().min(2)).optional(),
    /** Site paths of indexed pages (explainers/<id>/ …) these words should find. */
    pages: z
      .array(z.string().regex(/^(explainers|policies|schools|colleges|cities|majors)\/[a-z0-9-]+\/$/, '应为站内路径，如 explainers/five-year-programs/'))
      .optional(),
  })
  .refine((t) => (t.majors?.length ?? 0) + (t.pages?.length ?? 0) > 0, { message: '应写 majors 或 pages（这些词要找到哪些页面）', path: ['majors'] });

/** A plain-language statement resting on one clause of a document (content/facts.yaml). */
export const factSchema = z.object({
  /** Stable id. */
  id: slug,
  /** Where the statement is shown. */
  topic: z.enum(['five-year-scheme', 'pilot-per-city', 'press-contact', 'vocational-admissions', 'general-high']),
  /** Short heading. */
  heading: z.string().min(2).max(24),
  /** The statement, in plain words, saying no more than the clause says. */
  text: z.string().min(8),
  /** The clause it rests on. */
  source: clauseRefSchema,
  /** Qualifiers of the quote deliberately not carried, each with its reason. */
  unqualified: z.array(unqualifiedSchema).optional(),
});

/** Who a family can ask: the school, its partner college, the city's education bureau. */
export const ASK_BODIES = ['school', 'college', 'city-bureau'] as const;

/**
 * A question a family should ask before applying, because a document leaves it open
 * (content/questions.yaml). `absent` are words the document does not use (checked at build: the
 * site says "the notice does not say" only where it does not); `source` is a clause that says
 * something next to it, quoted and checked like every claim.
 */
export const questionSchema = z.object({
  /** Stable id. */
  id: slug,
  /**
   * Which path it belongs to: the five-year programs, the 综合高中班 pilot, ordinary 中职 admissions;
   * `search`: asked in search only, shown on no page.
   */
  topic: z.enum(['five-year', 'pilot', 'vocational', 'search']),
  /** The question as a family would ask it. */
  question: z.string().min(4).max(40),
  /** The document that leaves it open (a policy id). */
  document: slug,
  /** What that document says or does not say about it, in plain words. */
  note: z.string().min(8),
  /** Words the document does not contain (the build checks each): the ground for "没有写". */
  absent: z.array(z.string().min(2)).optional(),
  /** A clause that says something next to it, when there is one. */
  source: clauseRefSchema.optional(),
  /** Qualifiers of the quote deliberately not carried, each with its reason. */
  unqualified: z.array(unqualifiedSchema).optional(),
  /** Whom to ask, in order. */
  ask: z.array(z.enum(ASK_BODIES)).min(1),
  /**
   * What a search must hold to be answered by this question: each item a group of words separated
   * by |, one word of every group (分数线|多少分 finds “录取分数线是多少”).
   */
  search: z.array(z.string().regex(/^[^|\s]+(\|[^|\s]+)*$/, '应为用 | 隔开的词，如 分数线|多少分')).optional(),
  /** The explainers nearest to the question (ids), offered with its answer in search. */
  near: z.array(slug).optional(),
});

/**
 * An official channel of an institution that someone has checked (content/official-channels.yaml):
 * its website or admissions page, where the address was found and when it was last opened. Never a
 * guessed address.
 */
export const officialChannelSchema = z.object({
  /** The school's or college's id (schools.yaml or colleges.yaml). */
  institution: slug,
  /** What the address is. */
  kind: z.enum(['官方网站', '招生信息']),
  /** The address, https or http as the institution publishes it. */
  url: z.string().regex(/^https?:\/\/[^\s]+$/, '应为 http:// 或 https:// 开头的完整网址'),
  /** Where the address was found (e.g. 教育部全国高等学校名单, 学校公众号简介), so a reader can check it. */
  source: z.string().min(4),
  /** The day someone last opened the address and saw it was the institution's. */
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期'),
});

/** One entry of the site's record of changes and corrections (content/changes.yaml). */
export const changeSchema = z.object({
  /** The day of the change (YYYY-MM-DD). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期'),
  /** 更正 (the site was wrong), 新增 (new), 修改 (shown differently). */
  kind: z.enum(['更正', '新增', '修改']),
  /** What changed, in plain words. */
  what: z.string().min(8),
  /** Why. */
  why: z.string().min(4),
  /** Site paths of the pages concerned, without the leading slash. */
  pages: z.array(z.string().regex(/^([a-z0-9-]+\/)*$/, '应为站内路径，如 explainers/five-year-programs/')).min(1),
});

/** A chart on /data/ (content/charts.yaml). */
export const chartSchema = z
  .object({
    /** Stable id (also the CSV file name). */
    id: slug,
    /** Section of /data/ it belongs to. */
    section: z.string().min(2),
    /** The finding, in plain words. */
    title: z.string().min(6),
    /** What is measured, and the unit. */
    subtitle: z.string().min(4),
    /** bars: bars from zero; tiles: big-number cards for stand-alone figures; statements: rules, each with its clause's words. */
    kind: z.enum(['bars', 'tiles', 'statements']),
    /** One panel, or several (small multiples), each a list of statistics. */
    panels: z
      .array(
        z.object({
          /** Panel title (with its unit) when there are several. */
          title: z.string().optional(),
          items: z.array(z.object({ stat: slug, label: z.string().optional() })).min(1),
        }),
      )
      .optional(),
    /** A chart computed from the latest five-year list instead of statistics. */
    computed: z.enum(['five-year-by-city', 'five-year-by-category']).optional(),
    /** Other figures stated in the same sentences, shown beside the chart. */
    related: z.array(slug).optional(),
    /** Editorial note. */
    note: z.string().optional(),
  })
  .refine((c) => Boolean(c.panels) !== Boolean(c.computed), {
    message: '图表须有 panels（统计数字）或 computed（由名单计算），二者选一',
    path: ['panels'],
  });

/** Editorial choices of the site as a whole (content/site.yaml). */
export const siteSchema = z.object({
  /** Who runs the site, as it should be named publicly; null until the operator sets it. */
  operator: z
    .object({
      name: z.string().min(2),
      url: z
        .string()
        .regex(/^https:\/\//, '应为 https:// 开头的网址')
        .optional(),
    })
    .nullable(),
  /** How readers report an error; null until the operator publishes a channel. Never invent one. */
  errorReport: z
    .object({
      /** The channel, as shown (e.g. 电子邮件 xxx@example.org). */
      channel: z.string().min(2),
      /** A mailto: or https: link to it. */
      href: z.string().regex(/^(mailto:|https:\/\/)/, '应为 mailto: 或 https:// 开头的链接'),
    })
    .nullable(),
  /** Lead sentences that state what a document says, each with its clause and words. */
  leads: z.object({
    /** Home page, above the five-year counts. */
    home: claimSchema,
    /** /programs/, above the list. */
    programs: claimSchema,
  }),
  /** Which statistics the home and press pages feature. */
  featured: z.object({
    /** Home page figures, each with a plain sentence saying what the figure is. */
    home: z.array(z.object({ stat: slug, text: z.string().min(4) })).min(1),
    /** Press factsheet figures, by statistic id. */
    press: z.array(slug).min(1),
  }),
  /**
   * The day the content was last compared with the source documents (YYYY-MM-DD). Everything the site
   * says relative to "now" (a target year that has passed, the newest list) uses this date, never
   * the build machine's clock.
   */
  checked: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期'),
  /** The clause /press/ uses as its example of a link and a citation. */
  pressExample: z.object({
    /** Policy document id. */
    document: slug,
    /** Anchor of the clause on its page. */
    anchor: z.string().regex(/^[a-z0-9-]+$/, '应为文件页上的锚点，如 clause-6'),
    /** The clause as a citation names it (（六）, 二、4). */
    cite: z.string().min(2),
  }),
});

/** An open data file and the meaning of its fields (content/open-data.yaml). */
export const openDataSchema = z.object({
  /** Stable id. */
  id: slug,
  /** Site-relative path without extension; {year} stands for a list's year. */
  path: z.string().min(4),
  /** Formats published. */
  formats: z.array(z.enum(['json', 'csv'])).min(1),
  /** What the file holds. */
  title: z.string().min(4),
  /** Another dataset whose fields follow these (the all-years file: year, then the per-year fields). */
  fieldsFrom: slug.optional(),
  /** Each field: its JSON name, its CSV heading, its Frictionless type, what it means, and the Chinese of enumerated values. */
  fields: z
    .array(
      z.object({
        name: z.string().min(1),
        title: z.string().min(2),
        type: z.enum(['string', 'integer', 'number', 'boolean']),
        meaning: z.string().min(2),
        values: z.record(z.string(), z.string().min(1)).optional(),
      }),
    )
    .min(1),
});

export type OpenDataset = z.output<typeof openDataSchema>;
export type OpenDataField = OpenDataset['fields'][number];

/** Frontmatter of a plain-language explainer (content/explainers/*.mdx). */
export const explainerSchema = z.object({
  /** Question-style title. */
  title: z.string().min(4),
  /** Position in the list of explainers. */
  order: z.number().int().positive(),
  /** Who it is written for. */
  audience: z.array(z.enum(['家长', '学生', '公众', '媒体'])).min(1),
  /** One-paragraph summary, at most 120 characters. */
  summary: z.string().min(10).max(120, '摘要不超过120字'),
  /** The key points shown as 要点 at the top, each with the words it rests on. */
  keyPoints: z.array(claimSchema).min(2),
  /** Ids of the documents the explainer rests on. */
  sources: z.array(slug).min(1),
  /** Date the explainer was last checked against the documents. */
  checked: isoDate,
  /** Topics. */
  topics: z.array(z.enum(TOPICS)).min(1),
});

export type Explainer = z.output<typeof explainerSchema>;
export type Fact = z.output<typeof factSchema>;
export type Question = z.output<typeof questionSchema>;
export type Change = z.output<typeof changeSchema>;
export type OfficialChannel = z.output<typeof officialChannelSchema>;
export type Chart = z.output<typeof chartSchema>;
export type SiteSettings = z.output<typeof siteSchema>;
export type QualifierEntry = z.output<typeof qualifierSchema>;
export type SearchTerm = z.output<typeof searchTermSchema>;
