import type { z } from 'astro/zod';
import type { RawContent, RawEntry } from '../../content/read.ts';
import {
  chartSchema,
  citySchema,
  explainerSchema,
  factSchema,
  fiveYearListSchema,
  institutionSchema,
  majorSchema,
  officialChannelSchema,
  changeSchema,
  openDataSchema,
  questionSchema,
  policySchema,
  qualifierSchema,
  searchTermSchema,
  siteSchema,
  statisticSchema,
  type Chart,
  type City,
  type ClauseRef,
  type Explainer,
  type Fact,
  type FiveYearList,
  type Institution,
  type Major,
  type OfficialChannel,
  type Change,
  type OpenDataset,
  type Policy,
  type Question,
  type QualifierEntry,
  type SearchTerm,
  type SiteSettings,
  type Statistic,
} from './schemas.ts';
import { quoteInClause, type DocumentOutline } from './clause-ids.ts';
import { droppedQualifiers, type Qualifier } from './qualifiers.ts';
import { againstDates, RELATION_LABEL } from './relations.ts';
import { citationsIn, statsIn } from './explainer-citations.ts';
import { componentTagsIn, listTableMarker, listTablesIn } from './list-table.ts';
import { squash } from './text.ts';
import { unsafeMarkup } from './markup.ts';
import { catalogueDisagreement, parseCatalogue } from './catalogue.ts';

/** One thing wrong with the content: where it is, which field, and what was expected. */
export interface Problem {
  file: string;
  entry: string;
  field: string;
  expected: string;
}

/** Content that passed its schemas, keyed for the cross-checks. */
export interface ValidContent {
  cities: Valid<City>[];
  schools: Valid<Institution>[];
  colleges: Valid<Institution>[];
  majors: Valid<Major>[];
  statistics: Valid<Statistic>[];
  facts: Valid<Fact>[];
  charts: Valid<Chart>[];
  lists: Valid<FiveYearList>[];
  policies: Valid<Policy & { id: string; body: string }>[];
  explainers: Valid<Explainer & { id: string; body: string }>[];
  qualifiers: Valid<QualifierEntry>[];
  searchTerms: Valid<SearchTerm>[];
  openData: Valid<OpenDataset>[];
  questions: Valid<Question>[];
  officialChannels: Valid<OfficialChannel>[];
  changes: Valid<Change>[];
  site: Valid<SiteSettings> | null;
  /** The outline of every document, valid frontmatter or not (quotes and anchors are checked against it). */
  policyOutlines: Map<string, DocumentOutline>;
}

/** A validated entry and where it came from. */
export interface Valid<T> {
  entry: RawEntry;
  data: T;
}

/** Validates each entry against its schema; returns the valid ones and a problem per failed field. */
export function checkSchemas(raw: RawContent): { valid: ValidContent; problems: Problem[] } {
  const problems: Problem[] = raw.unreadable.map((u) => ({
    file: u.file,
    entry: '（整个文件）',
    field: '（文件格式）',
    expected: u.reason,
  }));
  function validate<S extends z.ZodType>(entries: RawEntry[], schema: S): Valid<z.output<S>>[] {
    const out: Valid<z.output<S>>[] = [];
    for (const entry of entries) {
      const result = schema.safeParse(entry.data);
      if (result.success) out.push({ entry, data: result.data });
      else
        for (const issue of result.error.issues)
          problems.push({
            file: entry.file,
            entry: entry.label,
            field: issue.path.length ? issue.path.map(String).join('.') : '（整条）',
            expected: issue.message,
          });
    }
    return out;
  }
  const withBody = <T>(items: Valid<T>[]) => items.map(({ entry, data }) => ({ entry, data: { ...data, id: entry.label, body: entry.body ?? '' } }));
  return {
    valid: {
      cities: validate(raw.cities, citySchema),
      schools: validate(raw.schools, institutionSchema),
      colleges: validate(raw.colleges, institutionSchema),
      majors: validate(raw.majors, majorSchema),
      statistics: validate(raw.statistics, statisticSchema),
      facts: validate(raw.facts, factSchema),
      charts: validate(raw.charts, chartSchema),
      lists: validate(raw.lists, fiveYearListSchema),
      policies: withBody(validate(raw.policies, policySchema)),
      explainers: withBody(validate(raw.explainers, explainerSchema)),
      qualifiers: validate(raw.qualifiers, qualifierSchema),
      searchTerms: validate(raw.searchTerms, searchTermSchema),
      openData: validate(raw.openData, openDataSchema),
      questions: validate(raw.questions, questionSchema),
      officialChannels: validate(raw.officialChannels, officialChannelSchema),
      changes: validate(raw.changes, changeSchema),
      site: raw.site ? (validate([raw.site], siteSchema)[0] ?? null) : null,
      policyOutlines: new Map(raw.policies.flatMap((p) => (p.outline ? [[p.label, p.outline] as const] : []))),
    },
    problems,
  };
}

/** Every id must be unique within its collection (schools and colleges share one URL space each). */
export function checkDuplicateIds(content: ValidContent): Problem[] {
  const problems: Problem[] = [];
  const groups: [string, Valid<{ id: string }>[]][] = [
    ['城市', content.cities],
    ['中职学校', content.schools],
    ['高职学校', content.colleges],
    ['专业', content.majors],
    ['统计数字', content.statistics],
    ['说明', content.facts],
    ['图表', content.charts],
  ];
  for (const [what, items] of groups) {
    const seen = new Map<string, string>();
    for (const { entry, data } of items) {
      const first = seen.get(data.id);
      if (first) problems.push({ file: entry.file, entry: entry.label, field: 'id', expected: `${what} id 不能重复：“${data.id}”已在 ${first} 使用` });
      else seen.set(data.id, `${entry.file} ${entry.label}`);
    }
  }
  const names = new Map<string, string>();
  for (const { entry, data } of [...content.schools, ...content.colleges]) {
    const first = names.get(data.name);
    if (first) problems.push({ file: entry.file, entry: entry.label, field: 'name', expected: `学校名称不能重复：“${data.name}”已在 ${first} 出现` });
    else names.set(data.name, `${entry.file} ${entry.label}`);
  }
  for (const { entry, data } of content.lists) {
    const seen = new Set<number>();
    data.rows.forEach((row, index) => {
      if (seen.has(row.no)) problems.push({ file: entry.file, entry: `rows 第${index + 1}行`, field: 'no', expected: `序号不能重复：${row.no}` });
      seen.add(row.no);
    });
  }
  return problems;
}

/** The ids that exist in the raw content, valid or not (so one bad entry is reported once, not again by every reference to it). */
export interface KnownIds {
  schools: ReadonlySet<string>;
  colleges: ReadonlySet<string>;
  policies: ReadonlySet<string>;
  explainers: ReadonlySet<string>;
  statistics: ReadonlySet<string>;
  seeds: ReadonlySet<string>;
  /** The years of the five-year lists. */
  lists: ReadonlySet<string>;
}

/** Collects the ids present in the raw content. */
export function knownIds(raw: RawContent): KnownIds {
  const ids = (entries: RawEntry[]) =>
    new Set(entries.map((e) => (e.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
  return {
    schools: ids(raw.schools),
    colleges: ids(raw.colleges),
    policies: new Set(raw.policies.map((p) => p.label)),
    explainers: new Set(raw.explainers.map((e) => e.label)),
    statistics: ids(raw.statistics),
    seeds: new Set(raw.seeds),
    lists: new Set(raw.lists.map((l) => String((l.data as { year?: unknown } | null)?.year))),
  };
}

/** What a reference may point to, and how a problem names it. */
const TARGETS = {
  cities: '应为 cities.yaml 中的城市 id',
  schools: '应为 schools.yaml 中的学校 id',
  colleges: '应为 colleges.yaml 中的学校 id',
  policies: '应为 content/policies 中的文件 id',
  explainers: '应为 content/explainers 中的解读 id',
  statistics: '应为 statistics.yaml 中的 id',
  seeds: '应为 content/seeds 中的原始文本文件',
  lists: '应为 content/five-year-lists 中已有名单的年份',
  institutions: '应为 schools.yaml 或 colleges.yaml 中的学校 id',
} as const;
type Target = keyof typeof TARGETS;

/** One id a content entry refers to: where (the entry, when not the whole entry, and the field) and what. */
interface Ref {
  at?: string;
  field: string;
  id: string;
}

/** One row per kind of reference: the collection it is in, the collection it points to, and how to find its ids. */
interface ReferenceRule<C extends keyof ValidContent = keyof ValidContent> {
  from: C;
  to: Target;
  refs: (data: ValidContent[C] extends Valid<infer T>[] ? T : never) => Ref[];
}
const rule = <C extends keyof ValidContent>(r: ReferenceRule<C>) => r as unknown as ReferenceRule;

/**
 * Every reference between content files. A new collection or field that names another entry is one
 * row here; the check, its message and its place in the problem list follow from the row.
 */
export const REFERENCES: ReferenceRule[] = [
  rule({ from: 'schools', to: 'cities', refs: (d) => (d.city === null ? [] : [{ field: 'city', id: d.city }]) }),
  rule({ from: 'colleges', to: 'cities', refs: (d) => (d.city === null ? [] : [{ field: 'city', id: d.city }]) }),
  rule({ from: 'lists', to: 'policies', refs: (d) => [{ field: 'document', id: d.document }] }),
  rule({ from: 'lists', to: 'schools', refs: (d) => d.rows.map((row) => ({ at: `序号 ${row.no}`, field: 'school', id: row.school })) }),
  rule({
    from: 'lists',
    to: 'colleges',
    refs: (d) => d.rows.flatMap((row) => row.pairs.map((pair, p) => ({ at: `序号 ${row.no}`, field: `pairs.${p}.college`, id: pair.college }))),
  }),
  rule({
    from: 'charts',
    to: 'statistics',
    refs: (d) => (d.panels ?? []).flatMap((panel, p) => panel.items.map((item, i) => ({ field: `panels.${p}.items.${i}.stat`, id: item.stat }))),
  }),
  rule({ from: 'charts', to: 'statistics', refs: (d) => (d.related ?? []).map((id, i) => ({ field: `related.${i}`, id })) }),
  rule({ from: 'facts', to: 'policies', refs: (d) => [{ field: 'source.document', id: d.source.document }] }),
  rule({ from: 'statistics', to: 'policies', refs: (d) => [{ field: 'source.document', id: d.source.document }] }),
  rule({ from: 'statistics', to: 'statistics', refs: (d) => (d.derivedFrom ?? []).map((id) => ({ field: 'derivedFrom', id })) }),
  rule({ from: 'statistics', to: 'statistics', refs: (d) => (d.compare ? [{ field: 'compare', id: d.compare }] : []) }),
  rule({ from: 'policies', to: 'seeds', refs: (d) => [{ field: 'seed', id: d.seed }] }),
  rule({
    from: 'policies',
    to: 'policies',
    refs: (d) => d.relations.flatMap((relation, r) => (relation.document ? [{ field: `relations.${r}.document`, id: relation.document }] : [])),
  }),
  rule({
    from: 'policies',
    to: 'lists',
    refs: (d) => listTablesIn(d.body).map((year, i) => ({ field: `正文 名单表第${i + 1}处（data-five-year-list）`, id: String(year) })),
  }),
  rule({ from: 'explainers', to: 'statistics', refs: (d) => statsIn(d.body).map((id, i) => ({ field: `正文 <Stat> 第${i + 1}处`, id })) }),
  rule({ from: 'explainers', to: 'policies', refs: (d) => d.sources.map((id, s) => ({ field: `sources.${s}`, id })) }),
  rule({ from: 'questions', to: 'policies', refs: (d) => [{ field: 'document', id: d.document }] }),
  rule({ from: 'questions', to: 'explainers', refs: (d) => (d.near ?? []).map((id, i) => ({ field: `near.${i}`, id })) }),
  rule({ from: 'officialChannels', to: 'institutions', refs: (d) => [{ field: 'institution', id: d.institution }] }),
];

/**
 * Every reference (the table above), and what the table cannot say: a county must be one of its
 * city's, and a catalogue code must exist, be of the right level and match the printed name.
 */
export function checkReferences(content: ValidContent, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const cities = new Map(content.cities.map((c) => [c.data.id, c.data]));
  const majors = new Map(content.majors.map((m) => [m.data.id, m.data]));
  const targets: Record<Target, ReadonlySet<string>> = { ...known, cities: new Set(cities.keys()), institutions: new Set([...known.schools, ...known.colleges]) };
  const add = (entry: RawEntry, label: string, field: string, expected: string) => problems.push({ file: entry.file, entry: label, field, expected });

  for (const { from, to, refs } of REFERENCES)
    for (const { entry, data } of content[from] as Valid<never>[])
      for (const ref of refs(data)) if (!targets[to].has(ref.id)) add(entry, ref.at ?? entry.label, ref.field, `${TARGETS[to]}，实际为“${ref.id}”`);

  for (const { entry, data } of [...content.schools, ...content.colleges]) {
    const city = data.city === null ? undefined : cities.get(data.city);
    if (city && data.county && !city.counties.some((c) => c.name === data.county))
      add(entry, entry.label, 'county', `“${data.county}”不在 cities.yaml 中${city.name}的 counties 列表里`);
  }
  for (const { entry, data } of content.lists)
    for (const row of data.rows)
      row.pairs.forEach((pair, p) => {
        for (const [side, level] of [
          ['schoolProgram', '中职'],
          ['collegeProgram', '高职专科'],
        ] as const) {
          const program = pair[side];
          const major = majors.get(program.code);
          const at = `序号 ${row.no}`;
          const field = `pairs.${p}.${side}`;
          if (!major) add(entry, at, `${field}.code`, `应为 majors.yaml 中的专业代码，实际为“${program.code}”`);
          else if (major.level !== level) add(entry, at, `${field}.code`, `应为${level}专业代码，“${program.code}”是${major.level}专业“${major.name}”`);
          else {
            const printed = program.direction ? `${major.name}（${program.direction}）` : major.name;
            if (program.name !== printed)
              add(
                entry,
                at,
                `${field}.name`,
                `名称应为目录名称“${major.name}”${program.direction ? `加方向“（${program.direction}）”` : ''}，实际为“${program.name}”`,
              );
          }
        }
      });
  return problems;
}

/** A list's rows must add up to the number of schools and pairs its notice states, numbered 1…n. */
export function checkListCounts(content: ValidContent): Problem[] {
  const problems: Problem[] = [];
  for (const { entry, data } of content.lists) {
    const schools = new Set(data.rows.map((r) => r.school)).size;
    const pairs = data.rows.reduce((n, r) => n + r.pairs.length, 0);
    if (schools !== data.stated.schools)
      problems.push({
        file: entry.file,
        entry: entry.label,
        field: 'rows',
        expected: `通知所列中职学校为 ${data.stated.schools} 所（stated.schools），名单中有 ${schools} 所`,
      });
    if (pairs !== data.stated.pairs)
      problems.push({
        file: entry.file,
        entry: entry.label,
        field: 'rows',
        expected: `名单所列专业对为 ${data.stated.pairs} 个（stated.pairs），数据中有 ${pairs} 个`,
      });
    data.rows.forEach((row, index) => {
      if (row.no !== index + 1)
        problems.push({ file: entry.file, entry: `rows 第${index + 1}行`, field: 'no', expected: `序号应按原文顺序为 ${index + 1}，实际为 ${row.no}` });
      // A further cell sits under a column the list declares, a number under a column of students.
      const columns = new Map((data.columns ?? []).map((c) => [c.heading, c.kind]));
      row.pairs.forEach((pair, p) => {
        for (const [heading, value] of Object.entries(pair.extra ?? {})) {
          const kind = columns.get(heading);
          const at = { file: entry.file, entry: `序号 ${row.no}`, field: `pairs.${p}.extra.${heading}` };
          if (!kind) problems.push({ ...at, expected: `“${heading}”应为 columns 中列出的附加列（${[...columns.keys()].join('、') || '没有附加列'}）` });
          else if (kind === 'students' && typeof value !== 'number') problems.push({ ...at, expected: `“${heading}”是人数列，应为整数，写的是“${value}”` });
        }
      });
    });
  }
  return problems;
}

/**
 * Every statistic's quote must be found, word for word (white space aside), in its document;
 * every explainer cites at least three clauses that exist; the press example names a clause that exists.
 */
export function checkQuotes(content: ValidContent): Problem[] {
  const texts = new Map([...content.policyOutlines].map(([id, outline]) => [id, squash(outline.text)]));
  const anchors = new Map([...content.policyOutlines].map(([id, outline]) => [id, outline.anchors]));
  const problems: Problem[] = [];
  for (const { entry, data } of content.statistics) {
    const text = texts.get(data.source.document);
    if (text !== undefined && !text.includes(squash(data.source.quote)))
      problems.push({
        file: entry.file,
        entry: entry.label,
        field: 'source.quote',
        expected: `引文应与 content/policies/${data.source.document}.md 原文逐字一致，未找到：“${data.source.quote}”`,
      });
  }
  for (const { entry, data } of content.policies) {
    const text = texts.get(data.id);
    if (text !== undefined && !text.includes(squash(data.period.quote)))
      problems.push({
        file: entry.file,
        entry: entry.label,
        field: 'period.quote',
        expected: `适用时期的引文应与本文件原文逐字一致，未找到：“${data.period.quote}”`,
      });
    if (data.period.to !== null && data.period.to < data.period.from)
      problems.push({ file: entry.file, entry: entry.label, field: 'period.to', expected: `结束年份不能早于开始年份（${data.period.from}）` });
  }
  for (const { entry, data } of content.explainers) {
    const citations = citationsIn(data.body);
    if (citations.length < 3)
      problems.push({
        file: entry.file,
        entry: entry.label,
        field: '正文 <Cite>',
        expected: `每篇解读至少引用3处条款（<Cite doc="…" at="…">），现有 ${citations.length} 处`,
      });
    citations.forEach(({ doc, at }, i) => {
      const known = anchors.get(doc);
      if (!known)
        problems.push({
          file: entry.file,
          entry: entry.label,
          field: `正文 <Cite> 第${i + 1}处`,
          expected: `doc 应为 content/policies 中的文件 id，实际为“${doc}”`,
        });
      else if (!known.has(at))
        problems.push({
          file: entry.file,
          entry: entry.label,
          field: `正文 <Cite> 第${i + 1}处`,
          expected: `应为 /policies/${doc}/ 上存在的锚点，找不到“#${at}”`,
        });
    });
  }
  if (content.site) {
    const { document, anchor } = content.site.data.pressExample;
    if (!anchors.get(document)?.has(anchor))
      problems.push({
        file: content.site.entry.file,
        entry: 'site',
        field: 'pressExample',
        expected: `应为本站文件的条款：/policies/${document}/ 上找不到“#${anchor}”`,
      });
  }
  return problems;
}

/** A sentence the site writes, where it is, and the clauses it rests on. */
export interface SourcedClaim {
  entry: RawEntry;
  label: string;
  /** The field, for messages (keyPoints.2.text …). */
  field: string;
  text: string;
  sources: ClauseRef[];
  /** Qualifiers deliberately not carried. */
  exempt: string[];
}

/** The qualifiers an entry leaves out on purpose. */
const exemptWords = (item: { unqualified?: { word: string }[] | undefined }) => (item.unqualified ?? []).map((u) => u.word);

/** Every claim in the content: facts, explainer key points and the site's lead sentences. */
export function claimsOf(content: ValidContent): SourcedClaim[] {
  const claims: SourcedClaim[] = [];
  for (const { entry, data } of content.facts)
    claims.push({ entry, label: entry.label, field: 'text', text: data.text, sources: [data.source], exempt: exemptWords(data) });
  for (const { entry, data } of content.explainers)
    data.keyPoints.forEach((point, i) =>
      claims.push({ entry, label: entry.label, field: `keyPoints.${i}`, text: point.text, sources: point.sources, exempt: exemptWords(point) }),
    );
  for (const { entry, data } of content.questions)
    if (data.source) claims.push({ entry, label: entry.label, field: 'note', text: data.note, sources: [data.source], exempt: exemptWords(data) });
  if (content.site)
    for (const [key, claim] of Object.entries(content.site.data.leads))
      claims.push({ entry: content.site.entry, label: 'site', field: `leads.${key}`, text: claim.text, sources: claim.sources, exempt: exemptWords(claim) });
  return claims;
}

/** What a sentence or label that drops a qualifier is told. */
function droppedMessage(what: string, qualifier: Qualifier, quote: string): string {
  return `${what}漏掉了限定词“${qualifier.word}”（可写：${qualifier.equivalents.join('、')}；或在 unqualified 中说明理由）。原文：“${quote}”`;
}

const unknownQualifier = (word: string) => `应为 content/qualifiers.yaml 中的限定词，实际为“${word}”`;

/**
 * Every claim's sources: the document exists, the anchor is on its page, the quote is in that
 * clause word for word; and the claim keeps every qualifier its quotes carry (or an equivalent).
 */
export function checkClaims(content: ValidContent): Problem[] {
  const problems: Problem[] = [];
  const table = content.qualifiers.map((q) => q.data);
  for (const claim of claimsOf(content)) {
    const add = (field: string, expected: string) => problems.push({ file: claim.entry.file, entry: claim.label, field, expected });
    claim.sources.forEach((ref, i) => {
      const at = `${claim.field}.sources.${i}`;
      const outline = content.policyOutlines.get(ref.document);
      if (outline === undefined) add(`${at}.document`, `应为 content/policies 中的文件 id，实际为“${ref.document}”`);
      else if (!outline.anchors.has(ref.anchor)) add(`${at}.anchor`, `应为 /policies/${ref.document}/ 上存在的锚点，找不到“#${ref.anchor}”`);
      else if (!squash(outline.text).includes(squash(ref.quote)))
        add(`${at}.quote`, `引文应与 content/policies/${ref.document}.md 原文逐字一致，未找到：“${ref.quote}”`);
      else if (!quoteInClause(outline, ref.anchor, ref.quote)) add(`${at}.quote`, `引文应在所引条款 #${ref.anchor} 之内，实际不在该条：“${ref.quote}”`);
    });
    for (const { qualifier, quote } of droppedQualifiers(
      claim.text,
      claim.sources.map((s) => s.quote),
      table,
      claim.exempt,
    ))
      add(claim.field, droppedMessage('说法', qualifier, quote));
    for (const word of claim.exempt) if (!table.some((q) => q.word === word)) add(`${claim.field}.unqualified`, unknownQualifier(word));
  }
  const bound: Record<string, string> = { 'at-least': '以上', 'at-most': '不超过', about: '左右', 'more-than': '多' };
  const forStatistics = table.filter((q) => q.statistics);
  for (const { entry, data } of content.statistics) {
    const label = `${data.label}${data.bound ? bound[data.bound] : ''}`;
    for (const { qualifier, quote } of droppedQualifiers(label, [data.source.quote], forStatistics, exemptWords(data)))
      problems.push({ file: entry.file, entry: entry.label, field: 'label', expected: droppedMessage('标签', qualifier, quote) });
    for (const word of exemptWords(data))
      if (!table.some((q) => q.word === word)) problems.push({ file: entry.file, entry: entry.label, field: 'unqualified', expected: unknownQualifier(word) });
  }
  return problems;
}

/**
 * Relations between documents: a stated relation's words are in the stating document, verbatim;
 * no document carries out, cites or reports on one issued after it.
 */
export function checkRelations(content: ValidContent): Problem[] {
  const problems: Problem[] = [];
  const dates = new Map(content.policies.map((p) => [p.data.id, p.data.date]));
  for (const { entry, data } of content.policies)
    data.relations.forEach((relation, r) => {
      const add = (field: string, expected: string) => problems.push({ file: entry.file, entry: entry.label, field: `relations.${r}.${field}`, expected });
      if (relation.quote && !squash(content.policyOutlines.get(data.id)?.text ?? '').includes(squash(relation.quote)))
        add('quote', `引文应与本文件原文逐字一致，未找到：“${relation.quote}”`);
      const toDate = relation.document ? dates.get(relation.document) : undefined;
      if (toDate && againstDates(relation, data.date, toDate))
        add(
          'type',
          `本文件（${data.date}）早于 ${relation.document}（${toDate}），不能“${RELATION_LABEL[relation.type]}”后来的文件；可改为 same-work（涉及同一项工作）并写明 basis: site-reading`,
        );
    });
  return problems;
}

/**
 * A document is Markdown, which prints a component tag (`<FiveYearListTable year={2025} />`, written
 * as in MDX) as it stands; the list table has its own element (src/lib/content/list-table.ts).
 */
export function checkDocumentMarkup(content: ValidContent): Problem[] {
  return content.policies.flatMap(({ entry, data }) =>
    componentTagsIn(data.body).map((tag) => ({
      file: entry.file,
      entry: entry.label,
      field: '正文',
      expected: `政策文件是 Markdown，不能使用组件：“${tag}”会原样显示在页面上；名单表请写 ${listTableMarker(/\b(\d{4})\b/.exec(tag)?.[1] ?? '年份')}`,
    })),
  );
}

/**
 * A question that says a document does not mention something (`absent`) is right: none of its
 * words is in that document's text.
 */
export function checkAbsences(content: ValidContent): Problem[] {
  return content.questions.flatMap(({ entry, data }) => {
    const text = squash(content.policyOutlines.get(data.document)?.text ?? '');
    if (!text) return [];
    return (data.absent ?? []).flatMap((word, i) =>
      text.includes(squash(word))
        ? [{ file: entry.file, entry: entry.label, field: `absent.${i}`, expected: `content/policies/${data.document}.md 原文写有“${word}”：不能说文件没有写，请改写 note 并引用该条（source）` }]
        : [],
    );
  });
}

/**
 * Raw HTML in a document's or explainer's body stays inside the allowlist of src/lib/content/markup.ts
 * (no script, no event handler, no `javascript:` link), named by the line of the file.
 */
export function checkBodyMarkup(raw: RawContent): Problem[] {
  return [...raw.policies, ...raw.explainers].flatMap((entry) =>
    unsafeMarkup(entry.body ?? '').map((p) => ({
      file: entry.file,
      entry: entry.label,
      field: `正文第${p.line + (entry.bodyLine ?? 1) - 1}行`,
      expected: `${p.expected}（写的是“${p.found}”）`,
    })),
  );
}

/**
 * Runs every check; an empty array means the content is sound. While a file cannot be read at all
 * (a YAML syntax error, a file over its size limit), only the per-file checks run: the cross-checks
 * would report every reference into the missing file as a problem of its own.
 */
export function checkContent(raw: RawContent): Problem[] {
  const { valid, problems } = checkSchemas(raw);
  if (raw.unreadable.length > 0) return [...problems, ...checkBodyMarkup(raw)];
  return [
    ...problems,
    ...checkBodyMarkup(raw),
    ...checkDuplicateIds(valid),
    ...checkReferences(valid, knownIds(raw)),
    ...checkListCounts(valid),
    ...checkQuotes(valid),
    ...checkClaims(valid),
    ...checkRelations(valid),
    ...checkDocumentMarkup(valid),
    ...checkAbsences(valid),
    ...checkSearchTerms(valid, searchablePages(raw)),
    ...checkCatalogue(raw, valid),
  ];
}

/**
 * The catalogue file reads line by line, and every major of content/majors.yaml agrees with it
 * (code, name, level, 专业大类, 专业类), unless the major names its `source` (a later edition).
 */
export function checkCatalogue(raw: RawContent, content: ValidContent): Problem[] {
  if (!raw.catalogue) return [];
  const { file } = raw.catalogue;
  const { majors, problems } = parseCatalogue(raw.catalogue.text);
  const out: Problem[] = problems.map((p) => ({ file, entry: `第${p.line}行`, field: '', expected: p.expected }));
  const byCode = new Map(majors.map((m) => [m.code, m]));
  for (const { entry, data } of content.majors) {
    const disagreement = catalogueDisagreement(data, byCode);
    if (disagreement) out.push({ file: entry.file, entry: entry.label, field: 'id', expected: disagreement });
  }
  return out;
}

/** The site paths of the pages in the search index, from the content as found (a page with another error still exists). */
export function searchablePages(raw: RawContent): Set<string> {
  const ids = (entries: RawEntry[]) => entries.map((e) => (e.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
  return new Set([
    ...raw.explainers.map((e) => `explainers/${e.label}/`),
    ...raw.policies.map((p) => `policies/${p.label}/`),
    ...ids(raw.schools).map((id) => `schools/${id}/`),
    ...ids(raw.colleges).map((id) => `colleges/${id}/`),
    ...ids(raw.cities).map((id) => `cities/${id}/`),
    ...ids(raw.majors).map((id) => `majors/${id}/`),
  ]);
}

/** Whether `short` is an abbreviation of `name`: its characters appear in the name, in order. */
export function isAbbreviationOf(short: string, name: string): boolean {
  let at = 0;
  for (const char of short) {
    at = name.indexOf(char, at);
    if (at < 0) return false;
    at += char.length;
  }
  return short !== name;
}

/**
 * Search words (content/search-terms.yaml) lead to majors and pages that exist, are not listed
 * twice and are not catalogue names already; an institution's search names abbreviate its name
 * and belong to one institution only.
 */
export function checkSearchTerms(content: ValidContent, pages: Set<string>): Problem[] {
  const problems: Problem[] = [];
  const majorNames = new Set(content.majors.map((m) => m.data.name));
  const kindsOf = new Map<string, Set<string>>();
  for (const { data } of content.majors) kindsOf.set(data.name, (kindsOf.get(data.name) ?? new Set()).add(data.subcategory));
  const seen = new Map<string, string>();
  for (const { entry, data } of content.searchTerms) {
    data.words.forEach((word, i) => {
      const field = `words.${i}`;
      if (majorNames.has(word))
        problems.push({ file: entry.file, entry: entry.label, field, expected: `“${word}”已是专业目录名称，搜索本来就能找到，不必列出` });
      const first = seen.get(word);
      if (first) problems.push({ file: entry.file, entry: entry.label, field, expected: `“${word}”已在${first}列出，一个词只能指向一组页面` });
      else seen.set(word, entry.label);
    });
    data.majors?.forEach((name, i) => {
      if (!majorNames.has(name))
        problems.push({ file: entry.file, entry: entry.label, field: `majors.${i}`, expected: `应为 majors.yaml 中的专业名称，实际为“${name}”` });
      // The words mean majors of the kinds a person reviewed (kinds: 专业类); a major of another kind
      // is a word pointing where it should not (火车司机 at a power-supply major, 设计 at a computer one).
      const other = [...(kindsOf.get(name) ?? [])].filter((kind) => !data.kinds?.includes(kind));
      if (majorNames.has(name) && other.length > 0)
        problems.push({
          file: entry.file,
          entry: entry.label,
          field: `majors.${i}`,
          expected: `“${name}”属于${other.join('、')}，不在这组词所指的专业类（kinds：${data.kinds?.join('、') || '未写'}）中：请核对这些词是否真指这个专业，确认后把专业类写入 kinds`,
        });
    });
    data.pages?.forEach((path, i) => {
      if (!pages.has(path))
        problems.push({
          file: entry.file,
          entry: entry.label,
          field: `pages.${i}`,
          expected: `应为本站已有且可搜索的页面（如 explainers/five-year-programs/），实际为“${path}”`,
        });
    });
  }
  const owners = new Map<string, string>();
  for (const { entry, data } of [...content.schools, ...content.colleges]) {
    data.searchNames?.forEach((short, i) => {
      const field = `searchNames.${i}`;
      if (!isAbbreviationOf(short, data.name))
        problems.push({ file: entry.file, entry: entry.label, field, expected: `应为“${data.name}”的简称（字都取自全称，顺序不变），实际为“${short}”` });
      const owner = owners.get(short);
      if (owner && owner !== data.name)
        problems.push({ file: entry.file, entry: entry.label, field, expected: `简称“${short}”已属于${owner}，同一简称不能指两所学校` });
      else owners.set(short, data.name);
    });
  }
  return problems;
}

/** One readable message for all problems: file › entry › field: what was expected. */
export function formatProblems(problems: Problem[]): string {
  return [`内容校验失败，共 ${problems.length} 处（修正后重新构建）：`, ...problems.map((p) => `  ${p.file} › ${p.entry} › ${p.field}：${p.expected}`)].join(
    '\n',
  );
}
