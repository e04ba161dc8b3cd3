import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content-files.ts';
import { checkContent, formatProblems, type Problem } from '../../../src/lib/integrity.ts';
import { contentWithFixture } from '../../helpers/content.ts';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Problems found in the real content with one broken fixture laid over it. */
async function problemsWith(fixture: string): Promise<Problem[]> {
  const copy = contentWithFixture(fixture);
  cleanup = copy.cleanup;
  return checkContent(await readContent(copy.dir, copy.dir));
}

describe('checkContent on the real content', () => {
  it('finds nothing wrong', async () => {
    expect(checkContent(await readContent('content'))).toEqual([]);
  });
});

describe('checkContent on deliberately broken fixtures', () => {
  it('rejects a location basis outside the known set (schema)', async () => {
    const problems = await problemsWith('invalid-location-basis');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'schools.yaml', entry: '第1条（id: taiyuan-tielu-jixie-xuexiao）', field: 'cityBasis' });
    expect(problems[0]?.expected).toMatch(/name|moe-list|directory|unknown/);
  });

  it('rejects a city that is not in cities.yaml', async () => {
    expect(await problemsWith('unknown-city')).toEqual([
      expect.objectContaining({ file: 'schools.yaml', entry: '第1条（id: taiyuan-tielu-jixie-xuexiao）', field: 'city', expected: expect.stringContaining('beijing') }),
    ]);
  });

  it('rejects a list row that names an unknown college', async () => {
    expect(await problemsWith('unknown-college')).toEqual([
      expect.objectContaining({ file: 'five-year-lists/2025.yaml', entry: '序号 1', field: 'pairs.0.college', expected: expect.stringContaining('shanxi-tiedao-xueyuan') }),
    ]);
  });

  it('rejects a catalogue code that is not in majors.yaml', async () => {
    expect(await problemsWith('unknown-catalogue-code')).toEqual([
      expect.objectContaining({ entry: '序号 1', field: 'pairs.0.schoolProgram.code', expected: expect.stringContaining('799999') }),
    ]);
  });

  it('rejects a program name that is neither the catalogue name nor name plus direction', async () => {
    expect(await problemsWith('program-name-mismatch')).toEqual([
      expect.objectContaining({ entry: '序号 1', field: 'pairs.1.schoolProgram.name', expected: expect.stringContaining('电气化铁道供电') }),
    ]);
  });

  it('rejects a duplicate college id', async () => {
    const problems = await problemsWith('duplicate-college-id');
    expect(problems).toContainEqual(
      expect.objectContaining({ file: 'colleges.yaml', entry: '第2条（id: shanxi-tiedao-zhiye-jishu-xueyuan）', field: 'id', expected: expect.stringContaining('不能重复') }),
    );
  });

  it('rejects a list whose pairs do not add up to the 35 the notice lists', async () => {
    expect(await problemsWith('pair-count-mismatch')).toEqual([
      expect.objectContaining({ file: 'five-year-lists/2025.yaml', entry: '2025', field: 'rows', expected: expect.stringMatching(/35.*34/) }),
    ]);
  });

  it('rejects row numbers that are duplicated or out of order', async () => {
    const problems = await problemsWith('row-numbers-out-of-order');
    expect(problems).toContainEqual(expect.objectContaining({ entry: 'rows 第7行', field: 'no', expected: expect.stringContaining('7') }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'no', expected: expect.stringContaining('序号不能重复') }));
  });

  it('reports a YAML syntax error with the file it is in', async () => {
    expect(await problemsWith('yaml-syntax-error')).toContainEqual(
      expect.objectContaining({ file: 'cities.yaml', entry: '（整个文件）' }),
    );
  });

  it('rejects a document kind outside the known set (frontmatter schema)', async () => {
    expect(await problemsWith('invalid-policy-kind')).toEqual([
      expect.objectContaining({ file: 'policies/opinion-2023.mdx', entry: 'opinion-2023', field: 'kind' }),
    ]);
  });

  it('rejects a document whose raw source file is missing', async () => {
    expect(await problemsWith('missing-seed-file')).toEqual([
      expect.objectContaining({ file: 'policies/opinion-2023.mdx', field: 'seed', expected: expect.stringContaining('009_0000000000000000.txt') }),
    ]);
  });

  it('rejects a statistic whose quote is not word for word in its document', async () => {
    expect(await problemsWith('quote-not-in-document')).toEqual([
      expect.objectContaining({ file: 'statistics.yaml', entry: expect.stringContaining('（id: general-high-school-plan-share-2024）'), field: 'source.quote', expected: expect.stringContaining('70.81') }),
    ]);
  });

  it('rejects a statistic that names a document the site does not have', async () => {
    expect(await problemsWith('statistic-unknown-document')).toEqual([
      expect.objectContaining({ field: 'source.document', expected: expect.stringContaining('conference-report-2023') }),
    ]);
  });
});

describe('formatProblems', () => {
  it('names the file, the entry, the field and what was expected on one line each', () => {
    const text = formatProblems([{ file: 'schools.yaml', entry: '第3条（id: x）', field: 'city', expected: '应为城市 id' }]);
    expect(text).toContain('共 1 处');
    expect(text).toContain('schools.yaml › 第3条（id: x） › city：应为城市 id');
  });
});

describe('facts', () => {
  it('rejects a fact whose clause anchor does not exist on the document page', async () => {
    expect(await problemsWith('fact-anchor-missing')).toEqual([
      expect.objectContaining({ file: 'facts.yaml', entry: '第2条（id: five-year-agreement）', field: 'source.anchor', expected: expect.stringContaining('#part-3-item-9') }),
    ]);
  });
});

describe('explainers', () => {
  it('rejects an explainer that cites a clause anchor the document does not have', async () => {
    expect(await problemsWith('explainer-cites-missing-clause')).toEqual([
      expect.objectContaining({ file: 'explainers/five-year-programs.mdx', entry: 'five-year-programs', field: expect.stringMatching(/^正文 <Cite> 第\d+处$/), expected: expect.stringContaining('#part-3-item-7') }),
    ]);
  });
});
