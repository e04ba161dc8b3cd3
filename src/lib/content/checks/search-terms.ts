// Search words, short names and the pages they lead to.
import type { RawContent, RawEntry } from '../raw.ts';
import type { Problem, ValidContent } from './problem.ts';
import { sitePath } from '../../web/urls.ts';

/** The site paths of the pages in the search index, from the content as found (a page with another error still exists). */
export function searchablePages(raw: RawContent): Set<string> {
  const ids = (entries: RawEntry[]) => entries.map((e) => (e.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string');
  return new Set([
    ...raw.explainers.map((e) => sitePath.explainer(e.label)),
    ...raw.policies.map((p) => sitePath.policy(p.label)),
    ...ids(raw.schools).map((id) => sitePath.school(id)),
    ...ids(raw.colleges).map((id) => sitePath.college(id)),
    ...ids(raw.cities).map((id) => sitePath.city(id)),
    ...ids(raw.majors).map((id) => sitePath.major(id)),
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
