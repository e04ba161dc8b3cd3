import { describe, expect, it } from 'vitest';
import { type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { entryData, patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

const SCHOOL_1 = '第1条（id: taiyuan-tielu-jixie-xuexiao）';

describe('schemas and unique ids: deliberately broken content', () => {
  it('rejects a location basis outside the known set (schema)', async () => {
    const problems = await problemsWith((c) => (entryData(c.schools, 'taiyuan-tielu-jixie-xuexiao').cityBasis = 'guessed'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/schools.yaml', entry: SCHOOL_1, field: 'cityBasis' });
    expect(problems[0]?.expected).toMatch(/name|moe-list|directory|unknown/);
  });

  it('checks content/open-data.yaml too (a field type outside the Frictionless set)', async () => {
    expect(await problemsWith((c) => (entryData(c.openData, 'five-year-programs').fields[0].type = 'int'))).toEqual([
      expect.objectContaining({ file: 'content/open-data.yaml', entry: '第1条（id: five-year-programs）', field: 'fields.0.type' }),
    ]);
  });

  it('rejects a duplicate college id', async () => {
    const problems = await problemsWith((c) => ((c.colleges[1]!.data as { id: string }).id = (c.colleges[0]!.data as { id: string }).id));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/colleges.yaml', field: 'id', expected: expect.stringContaining('不能重复') }));
  });

  it('rejects a document kind outside the known set (frontmatter schema)', async () => {
    expect(await problemsWith((c) => (entryData(c.policies, 'opinion-2023').kind = '规定'))).toEqual([
      expect.objectContaining({ file: 'content/policies/opinion-2023.md', entry: 'opinion-2023', field: 'kind' }),
    ]);
  });

  it('rejects an error-report channel that is not a link', async () => {
    expect(await problemsWith((c) => ((c.site!.data as { errorReport: unknown }).errorReport = { channel: '电话', href: '0351-0000000' }))).toEqual([
      expect.objectContaining({ file: 'content/site.yaml', field: 'errorReport.href', expected: expect.stringContaining('mailto:') }),
    ]);
  });
});

describe('schema messages', () => {
  it('reads in Chinese, naming the file, the entry and the field, never in Zod’s English', async () => {
    const problems = await problemsWith((c) => {
      entryData(c.majors, '700102').level = '中专';
      entryData(c.majors, '700105').name = 5;
      delete entryData(c.schools, 'taiyuan-tielu-jixie-xuexiao').cityBasis;
    });
    const schema = problems.filter((p) => ['level', 'name', 'cityBasis'].includes(p.field));
    expect(schema).toEqual([
      expect.objectContaining({ file: 'content/schools.yaml', entry: '第1条（id: taiyuan-tielu-jixie-xuexiao）', field: 'cityBasis' }),
      expect.objectContaining({ file: 'content/majors.yaml', entry: '第1条（id: 700102）', field: 'level', expected: expect.stringContaining('期望以下之一 "中职"') }),
      expect.objectContaining({ file: 'content/majors.yaml', entry: '第2条（id: 700105）', field: 'name' }),
    ]);
    for (const p of problems) expect(p.expected, `${p.file} ${p.field}`).not.toMatch(/Invalid|expected|received/i);
    for (const p of schema) expect(p.expected).toMatch(/[\u4e00-\u9fff]/);
  });
});
