// The schemas of every collection, and ids that must be unique.
import type { z } from 'astro/zod';
import type { RawContent, RawEntry } from '../raw.ts';
import { citySchema, fiveYearListSchema, institutionSchema, majorSchema, policySchema, statisticSchema } from '../schemas.ts';
import { chartSchema, explainerSchema, factSchema, officialChannelSchema, changeSchema, openDataSchema, questionSchema, qualifierSchema, searchTermSchema, siteSchema } from '../editorial-schemas.ts';
import type { Problem, ValidContent, Valid } from './problem.ts';

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
