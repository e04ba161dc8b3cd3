import { describe, expect, it } from 'vitest';
import { type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { entryData, patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

describe('the catalogue of majors (content/catalogue/2021.tsv)', () => {
  it('refuses a major whose code, name or kinds disagree with the catalogue, unless it names its source', async () => {
    const problems = await problemsWith((c) => {
      entryData(c.majors, '720201').category = '教育与体育大类';
      entryData(c.majors, '520201').name = '护理学';
      c.majors.push({ file: 'content/majors.yaml', label: '第99条（id: 799999）', data: { id: '799999', name: '某新专业', level: '中职', category: '医药卫生大类', subcategory: '护理类' } });
      c.majors.push({
        file: 'content/majors.yaml',
        label: '第100条（id: 799998）',
        data: { id: '799998', name: '另一新专业', level: '中职', category: '医药卫生大类', subcategory: '护理类', source: '教育部2025年增补专业名单（示例出处）' },
      });
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/majors.yaml', field: 'id', expected: expect.stringContaining('专业大类应为“医药卫生大类”，写的是“教育与体育大类”') }),
        expect.objectContaining({ file: 'content/majors.yaml', field: 'id', expected: expect.stringContaining('名称应为“护理”，写的是“护理学”') }),
        expect.objectContaining({ entry: '第99条（id: 799999）', field: 'id', expected: expect.stringContaining('写明 source') }),
      ]),
    );
    expect(problems.filter((p) => p.entry.includes('799998'))).toEqual([]);
  });

  it('names a line of the catalogue it cannot read', async () => {
    const problems = await problemsWith((c) => {
      c.catalogue = { file: 'content/catalogue/2021.tsv', text: `${c.catalogue!.text.trimEnd()}\n12345\t半行\n` };
    });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/catalogue/2021.tsv', entry: expect.stringMatching(/^第\d+行$/), expected: expect.stringContaining('以制表符分隔') })]);
  });
});
