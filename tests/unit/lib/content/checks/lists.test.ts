import { describe, expect, it } from 'vitest';
import { type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { entryData, patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}
const list = (c: RawContent) => entryData(c.lists, '2025');

describe('lists: counts, numbering and further columns: deliberately broken content', () => {
  it('rejects a list whose pairs do not add up to the number stated', async () => {
    expect(await problemsWith((c) => list(c).rows.at(-1).pairs.pop())).toEqual([
      expect.objectContaining({ file: 'content/five-year-lists/2025.yaml', entry: '2025', field: 'rows', expected: expect.stringMatching(/35.*34/) }),
    ]);
  });

  it('rejects row numbers that are duplicated or out of order', async () => {
    const problems = await problemsWith((c) => (list(c).rows[6].no = 8));
    expect(problems).toContainEqual(expect.objectContaining({ entry: 'rows 第7行', field: 'no', expected: expect.stringContaining('7') }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'no', expected: expect.stringContaining('序号不能重复') }));
  });
});

describe('a list’s further columns', () => {
  it('refuses a cell under a column the list does not declare, and text under a column of students', async () => {
    const problems = await problemsWith((c) => {
      const data = list(c) as { columns?: unknown[]; rows: { pairs: { extra?: Record<string, unknown> }[] }[] };
      data.columns = [{ heading: '招生计划', kind: 'students' }];
      data.rows[0]!.pairs[0]!.extra = { 招生计划: '四十', 学制: '五年' };
      data.rows[1]!.pairs[0]!.extra = { 招生计划: 40 };
    });
    expect(problems).toEqual([
      expect.objectContaining({ entry: '序号 1', field: 'pairs.0.extra.招生计划', expected: '“招生计划”是人数列，应为整数，写的是“四十”' }),
      expect.objectContaining({ entry: '序号 1', field: 'pairs.0.extra.学制', expected: expect.stringContaining('应为 columns 中列出的附加列（招生计划）') }),
    ]);
  });
});
