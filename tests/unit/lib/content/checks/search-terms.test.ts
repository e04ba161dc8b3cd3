import { describe, expect, it } from 'vitest';
import { type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { entryData, patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

describe('search words (content/search-terms.yaml) and short names', () => {
  const terms = (c: RawContent) => c.searchTerms.map((e) => e.data as { words: string[]; majors?: string[]; pages?: string[] });
  const nursing = (c: RawContent) => terms(c).find((t) => t.words.includes('护士'))!;

  it('rejects a major name not in the catalogue, a page that does not exist, and an entry that leads nowhere', async () => {
    const problems = await problemsWith((c) => {
      nursing(c).majors = ['护理学'];
      terms(c).find((t) => t.words.includes('综高'))!.pages = ['explainers/no-such-page/'];
      c.searchTerms.push({ file: 'content/search-terms.yaml', label: '第99条', data: { words: ['随便'] } });
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/search-terms.yaml', field: 'majors.0', expected: expect.stringContaining('“护理学”') }),
        expect.objectContaining({ file: 'content/search-terms.yaml', field: 'pages.0', expected: expect.stringContaining('explainers/no-such-page/') }),
        expect.objectContaining({ entry: '第99条', field: 'majors', expected: expect.stringContaining('应写 majors 或 pages') }),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('rejects a word that points at a major of another kind than the kinds a person reviewed', async () => {
    const problems = await problemsWith((c) => {
      terms(c).find((t) => t.words.includes('火车司机'))!.majors!.push('铁道供电技术', '计算机应用技术');
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/search-terms.yaml', field: 'majors.3', expected: expect.stringContaining('“计算机应用技术”属于计算机类') }),
    ]);
    const unreviewed = await problemsWith((c) => delete (terms(c).find((t) => t.words.includes('护士')) as { kinds?: string[] }).kinds);
    expect(unreviewed).toEqual([expect.objectContaining({ field: 'majors.0', expected: expect.stringContaining('kinds：未写') })]);
  });

  it('rejects a word listed twice and a word that is already a catalogue name', async () => {
    const problems = await problemsWith((c) => nursing(c).words.push('电脑', '护理'));
    expect(problems.map((p) => p.expected).sort()).toEqual([expect.stringContaining('“护理”已是专业目录名称'), expect.stringContaining('“电脑”已在')].sort());
    expect(problems).toHaveLength(2);
  });

  it('rejects a short name that is not an abbreviation of the name, or that two schools share', async () => {
    const problems = await problemsWith((c) => {
      entryData(c.schools, 'shanxi-changzhi-weisheng-xuexiao').searchNames = ['长治护校'];
      entryData(c.schools, 'hejin-zhiye-zhongxue').searchNames = ['职中'];
      entryData(c.schools, 'xiangning-zhiye-zhongxue').searchNames = ['乡宁职中', '职中'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'content/schools.yaml',
          field: 'searchNames.0',
          expected: '应为“山西省长治卫生学校”的简称（字都取自全称，顺序不变），实际为“长治护校”',
        }),
        expect.objectContaining({ file: 'content/schools.yaml', field: 'searchNames.0', expected: '简称“职中”已属于乡宁县职业中学，同一简称不能指两所学校' }),
      ]),
    );
    expect(problems).toHaveLength(2);
  });
});
