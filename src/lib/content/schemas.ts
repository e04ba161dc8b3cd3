import { z } from 'astro/zod';
import { isPressReport } from '../domain/vocabulary.ts';

// Zod's own messages in Chinese (an editor must never meet "Invalid option" among the Chinese
// ones); the schemas' own messages say more where they can. Set once, for the checks and Astro alike.
z.config(z.locales.zhCN());

/** How an institution's location is known (shared/reference/institutions.tsv). */
export const LOCATION_BASES = ['name', 'moe-list', 'directory', 'institution', 'unknown'] as const;
/** Document kinds as the documents call themselves (or a press report). */
export const POLICY_KINDS = ['实施意见', '指导意见', '通知', '新闻报道'] as const;
/** Administrative level of the issuer. */
export const POLICY_LEVELS = ['省级', '市级'] as const;
/** Topics a document or explainer can be filed under. */
export const TOPICS = [
  '职业教育体系',
  '五年制贯通培养',
  '中高职衔接',
  '综合高中班',
  '高中阶段教育',
  '中职招生',
  '招生与学籍',
  '学生资助',
  '专业设置',
  '产教融合',
  '教师队伍',
  '发展目标',
  '教育统计',
  '基础教育',
] as const;
/** 专业大类 of the 2021 vocational catalogue that the lists use. */
export const CATALOGUE_LEVELS = ['中职', '高职专科'] as const;

export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, '应为小写拼音或英文单词，用连字符分隔（如 taiyuan-jiaotong-xuexiao）');
export const isoDate = z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/, '应为 YYYY-MM-DD 格式的日期，原文只印年份时为 YYYY');

/** A clause of a document and the words of it that a claim rests on. */
export const clauseRefSchema = z.object({
  /** Policy document id. */
  document: slug,
  /** Anchor of the clause on the document page (without #). */
  anchor: z.string().regex(/^[a-z0-9-]+$/, '应为文件页上的锚点，如 part-2-item-4'),
  /** The words, verbatim from that clause of the document's text. */
  quote: z.string().min(4),
});

/** A qualifier of a quote that a claim leaves out on purpose, and why that is faithful. */
export const unqualifiedSchema = z.object({
  /** The qualifier, as content/qualifiers.yaml names it. */
  word: z.string().min(1),
  /** Why the claim need not carry it (e.g. it qualifies another figure of the same sentence). */
  why: z.string().min(6, '请写明理由（至少6个字）'),
});

/** A city with the coordinates of its government seat. */
export const citySchema = z.object({
  /** Stable id used in URLs (/cities/<id>/). */
  id: slug,
  /** Name with 市, as the documents write it. */
  name: z.string().regex(/市$/, '城市名称应以“市”结尾'),
  /** Approximate WGS84 position of the city government seat (±0.02°). */
  seat: z.object({ lon: z.number().min(110).max(115), lat: z.number().min(34).max(41) }),
  /** County-level units named by institution locations, with their seat positions. */
  counties: z.array(z.object({ name: z.string().min(2), lon: z.number().min(110).max(115), lat: z.number().min(34).max(41) })),
});

/** A school or college of a five-year list, with where it is and how that is known. */
export const institutionSchema = z
  .object({
    /** Stable pinyin slug, stored here and never derived from the name at run time. */
    id: slug,
    /** Name exactly as printed in the notice. */
    name: z.string().min(4),
    /** City id, or null when the location is not established. */
    city: slug.nullable(),
    /** How the city is known: name / moe-list / directory / institution (its own publication) / unknown. */
    cityBasis: z.enum(LOCATION_BASES),
    /** Confidence the reference gives for the city (null when unknown). */
    confidence: z.enum(['high', 'medium']).nullable(),
    /** County-level unit, when known. */
    county: z.string().nullable(),
    /** How the county is known, when it is. */
    countyBasis: z.enum(LOCATION_BASES).nullable(),
    /** The reference table's note, for maintainers. */
    note: z.string().nullable(),
    /** A caveat shown with the location wherever it appears (a conflicting source …), in Chinese. */
    caveat: z.string().min(6).optional(),
    /**
     * Short forms people type (长治卫校), for the search index only, never shown as the name. Each
     * must be an abbreviation of the printed name: its characters appear in the name, in order.
     */
    searchNames: z.array(z.string().min(2)).optional(),
  })
  .refine((v) => (v.city === null) === (v.cityBasis === 'unknown'), {
    message: 'city 为 null 时 cityBasis 必须是 unknown；有 city 时 cityBasis 不能是 unknown',
    path: ['cityBasis'],
  })
  .refine((v) => (v.county === null) === (v.countyBasis === null), {
    message: 'county 与 countyBasis 必须同时填写或同时为 null',
    path: ['countyBasis'],
  });

/** A major of the 2021 catalogue (《职业教育专业目录（2021年）》). */
export const majorSchema = z.object({
  /** The catalogue code (6 digits; a 国家控制专业 ends in K), also the id in URLs. */
  id: z.string().regex(/^\d{6}K?$/, '应为6位专业代码（国家控制专业末尾带K）'),
  /** Catalogue name. */
  name: z.string().min(2),
  /** 中职 or 高职专科. */
  level: z.enum(CATALOGUE_LEVELS),
  /** 专业大类. */
  category: z.string().regex(/大类$/, '专业大类应以“大类”结尾'),
  /** 专业类. */
  subcategory: z.string().regex(/类$/, '专业类应以“类”结尾'),
  /**
   * Where a major not in the catalogue the site holds (content/catalogue/) is from: a later
   * edition or an annual 增补 list, as published. Without it the build checks the major against the
   * catalogue.
   */
  source: z.string().min(8).optional(),
});

/** A program as printed in a list, tied to its catalogue major. */
const listedProgram = z.object({
  /** Name exactly as printed in the list (may add a direction in brackets). */
  name: z.string().min(2),
  /** Catalogue code of the major (content/majors.yaml). */
  code: z.string().regex(/^\d{6}K?$/, '应为6位专业代码（国家控制专业末尾带K）'),
  /** The school's own direction the list adds to the catalogue name, if any. */
  direction: z.string().optional(),
});

/**
 * A further column of a list's table, under its printed heading: `students` is a number of students
 * (招生计划, 计划数, 招生人数), `text` kept as printed (学制, 备注, any other).
 */
export const listColumnSchema = z.object({
  heading: z.string().min(1),
  kind: z.enum(['students', 'text']),
});

/** One published five-year list, mirroring its attachment row by row. */
export const fiveYearListSchema = z.object({
  /** First enrolment year the list applies to. */
  year: z.number().int().min(2020).max(2100),
  /** Id of the policy document that publishes the list. */
  document: slug,
  /** The attachment's title as printed. */
  title: z.string().min(4),
  /** Counts the notice states; the rows must add up to them. */
  stated: z.object({ schools: z.number().int().positive(), pairs: z.number().int().positive() }),
  /** Columns the table prints beyond 序号, 中职学校, 中职专业, 高职学校 and 高职专业, in printed order. */
  columns: z.array(listColumnSchema).optional(),
  /** The attachment's rows, in printed order. */
  rows: z
    .array(
      z.object({
        /** 序号 as printed. */
        no: z.number().int().positive(),
        /** School id (content/schools.yaml). */
        school: slug,
        /** The program pairs printed in this row. */
        pairs: z
          .array(
            z.object({
              /** The secondary-stage program. */
              schoolProgram: listedProgram,
              /** College id (content/colleges.yaml). */
              college: slug,
              /** The higher-vocational program the student continues into. */
              collegeProgram: listedProgram,
              /** The further columns' cells, by printed heading (a number for a `students` column). */
              extra: z.record(z.string(), z.union([z.number().int().nonnegative(), z.string()])).optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
});

/** Kinds of relation between documents (labels in src/lib/content/relations.ts). */
export const RELATION_TYPES = ['carries-out', 'cites', 'reports-on', 'same-work'] as const;

/** A relation between documents: stated in the text (with its words) or the site's own reading. */
const relationSchema = z
  .object({
    /**
     * carries-out: implements; cites: names by title or number; reports-on: a press report about
     * it (never a later document); same-work: concerns the same work, without one citing the other.
     */
    type: z.enum(RELATION_TYPES),
    /** stated: this document's text states it (quote required); site-reading: the site's own reading. */
    basis: z.enum(['stated', 'site-reading']),
    /** The words of this document that state or suggest the relation, verbatim. */
    quote: z.string().min(4).optional(),
    /** Id of a document on this site, when the related document is one. */
    document: slug.optional(),
    /** Title of a related document that is not on this site. */
    citedTitle: z.string().optional(),
    /** Its document number, when printed. */
    citedNumber: z.string().optional(),
    /** Where the text states the relation. */
    note: z.string().min(4),
  })
  .refine((r) => Boolean(r.document) !== Boolean(r.citedTitle), {
    message: '关系应指向本站文件（document）或站外文件（citedTitle），二者选一',
    path: ['document'],
  })
  .refine((r) => r.basis !== 'stated' || Boolean(r.quote), {
    message: '原文写明的关系（basis: stated）必须在 quote 中引用写明它的原文',
    path: ['quote'],
  });

/** Frontmatter of a policy document (content/policies/*.md). */
export const policySchema = z
  .object({
    /** Full title as printed (wrapped lines joined). */
    title: z.string().min(6),
    /** Short title for lists and breadcrumbs. */
    shortTitle: z.string().min(4).max(24),
    /** Title to cite, when it differs from the printed title (the opinion inside its 印发 notice). */
    citeTitle: z.string().min(6).optional(),
    /** Issuing bodies as printed (for a press report: the outlet). */
    issuers: z.array(z.string().min(2)).min(1),
    /** 文号, where one is known; null when none is printed. */
    docNumber: z.string().nullable(),
    /** Where the 文号 comes from when the document itself does not print it. */
    docNumberSource: z.string().optional(),
    /** Date of the document (YYYY-MM-DD, or YYYY when only the year is printed). */
    date: isoDate,
    /** What the date is (成文日期, 会议日期 …). */
    dateLabel: z.string().min(2),
    /** Document kind. */
    kind: z.enum(POLICY_KINDS),
    /** Administrative level. */
    level: z.enum(POLICY_LEVELS),
    /** Region the document applies to. */
    region: z.string().min(2),
    /** Disclosure line as printed, without brackets (此件主动公开 …); null when none. */
    disclosure: z.string().nullable(),
    /** 主送 line, without the colon; null for a press report. */
    addressee: z.string().nullable(),
    /** 印发 line as printed; null when none. */
    printedBy: z.string().nullable(),
    /** Press report details; required for kind 新闻报道. */
    press: z.object({ outlet: z.string(), byline: z.string(), headlineNote: z.string() }).optional(),
    /** Plain-language summary, at most 120 characters. */
    summary: z.string().min(10).max(120, '摘要不超过120字'),
    /** Topics. */
    topics: z.array(z.enum(TOPICS)).min(1),
    /** Relations to other documents that the text states. */
    relations: z.array(relationSchema),
    /** The raw source file in content/seeds (a copy of shared/seeds) this document is transcribed from. */
    seed: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, '应为 content/seeds 中的文件名'),
    /**
     * The period the document applies to, in its own words: `text` says it plainly, `quote` is the
     * document's words for it (checked at build), `years` the years it names (a target's year, a
     * pilot's years), `from` the first year and `to` the last, null when the document names no end.
     */
    period: z.object({
      text: z.string().min(4),
      quote: z.string().min(4),
      from: z.number().int().min(2000).max(2100),
      to: z.number().int().min(2000).max(2100).nullable(),
      years: z.array(z.number().int().min(2000).max(2100)).optional(),
    }),
  })
  .refine((p) => isPressReport(p) === Boolean(p.press), {
    message: '新闻报道必须填写 press（媒体、署名），其他文件不得填写',
    path: ['press'],
  });

/** A figure stated in a document, with the verbatim sentence it comes from. */
export const statisticSchema = z
  .object({
    /** Stable id (kebab-case). */
    id: slug,
    /** What the figure is, in plain words. */
    label: z.string().min(2),
    /** The number. */
    value: z.number(),
    /** Unit as the document writes it (%, 所, 个百分点 …). */
    unit: z.string().min(1),
    /** Year the figure refers to (see yearStated). */
    year: z.number().int().min(2000).max(2100),
    /** False when the sentence names no year and `year` is the document's year. */
    yearStated: z.boolean().default(true),
    /** Period a rule applies to, when it is one (2024—2025). */
    period: z.string().optional(),
    /** What exactly is measured. */
    measures: z.string().min(4),
    /** reported / target / limit / typical (一般为: a usual size, neither a floor nor a cap) / derived / counted. */
    kind: z.enum(['reported', 'target', 'limit', 'typical', 'derived', 'counted']),
    /** at-least 以上, at-most 以内/不超过, about 左右, more-than 多. */
    bound: z.enum(['at-least', 'at-most', 'about', 'more-than']).optional(),
    /** The area the figure covers. */
    scope: z.string().min(2),
    /** Groups the points of one time series (for charts). */
    series: slug.optional(),
    /** Id of a statistic this one is compared with (a target and its reported count). */
    compare: slug.optional(),
    /** Ids of the statistics a derived value is computed from. */
    derivedFrom: z.array(slug).optional(),
    /** Editorial note shown with the figure. */
    note: z.string().optional(),
    /** Qualifiers of the quote that the label deliberately does not carry, each with its reason. */
    unqualified: z.array(unqualifiedSchema).optional(),
    /** Where it comes from. */
    source: z.object({
      /** Policy document id. */
      document: slug,
      /** The sentence, verbatim from the document's text. */
      quote: z.string().min(4),
    }),
  })
  .refine((s) => s.kind !== 'derived' || Boolean(s.note), {
    message: '推算值（derived）必须在 note 中说明如何推算',
    path: ['note'],
  });

/**
 * A sentence the site writes about what a document says, with the clause and the verbatim words
 * it rests on (shown beside it as 原文). A note of the site's own (no source) says so with `own`.
 */
export const claimSchema = z
  .object({
    /** The sentence, in plain words, saying no more than its clauses. */
    text: z.string().min(4),
    /** The clauses it rests on. */
    sources: z.array(clauseRefSchema).default([]),
    /** True for the site's own note (a caveat, where to look), which states nothing a document says. */
    own: z.boolean().default(false),
    /** Qualifiers of the quotes deliberately not carried, each with its reason. */
    unqualified: z.array(unqualifiedSchema).optional(),
  })
  .refine((c) => c.own !== c.sources.length > 0, {
    message: '说法应有 sources（所依据的条款和原文），本站自己的提示则写 own: true 且不写 sources',
    path: ['sources'],
  });

export type City = z.output<typeof citySchema>;
export type Institution = z.output<typeof institutionSchema>;
export type Major = z.output<typeof majorSchema>;
export type FiveYearList = z.output<typeof fiveYearListSchema>;
export type ListColumn = z.output<typeof listColumnSchema>;
export type Policy = z.output<typeof policySchema>;
export type Statistic = z.output<typeof statisticSchema>;
export type ClauseRef = z.output<typeof clauseRefSchema>;
export type Claim = z.output<typeof claimSchema>;
