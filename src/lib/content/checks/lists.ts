// A list's counts and numbering against what its notice states, and its further columns.
import { problem, type Problem, type ValidContent } from './problem.ts';

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
          const field = `pairs.${p}.extra.${heading}`;
          if (!kind) problems.push(problem(entry, field, `“${heading}”应为 columns 中列出的附加列（${[...columns.keys()].join('、') || '没有附加列'}）`, `序号 ${row.no}`));
          else if (kind === 'students' && typeof value !== 'number')
            problems.push(problem(entry, field, `“${heading}”是人数列，应为整数，写的是“${value}”`, `序号 ${row.no}`));
        }
      });
    });
  }
  return problems;
}
