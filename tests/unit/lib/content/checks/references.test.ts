import { describe, expect, it } from 'vitest';
import { readContent, type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, checkSchemas, REFERENCES, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { entryData, patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

const SCHOOL_1 = '第1条（id: taiyuan-tielu-jixie-xuexiao）';
const list = (c: RawContent) => entryData(c.lists, '2025');

describe('references between entries: deliberately broken content', () => {
  it('rejects a city that is not in cities.yaml', async () => {
    expect(await problemsWith((c) => (entryData(c.schools, 'taiyuan-tielu-jixie-xuexiao').city = 'beijing'))).toEqual([
      expect.objectContaining({ file: 'content/schools.yaml', entry: SCHOOL_1, field: 'city', expected: expect.stringContaining('beijing') }),
    ]);
  });

  it('rejects a list row that names an unknown college', async () => {
    expect(await problemsWith((c) => (list(c).rows[0].pairs[0].college = 'shanxi-tiedao-xueyuan'))).toEqual([
      expect.objectContaining({
        file: 'content/five-year-lists/2025.yaml',
        entry: '序号 1',
        field: 'pairs.0.college',
        expected: expect.stringContaining('shanxi-tiedao-xueyuan'),
      }),
    ]);
  });

  it('rejects a catalogue code that is not in majors.yaml', async () => {
    expect(await problemsWith((c) => (list(c).rows[0].pairs[0].schoolProgram.code = '799999'))).toEqual([
      expect.objectContaining({ entry: '序号 1', field: 'pairs.0.schoolProgram.code', expected: expect.stringContaining('799999') }),
    ]);
  });

  it('rejects a program name that is neither the catalogue name nor name plus direction', async () => {
    expect(await problemsWith((c) => (list(c).rows[0].pairs[1].schoolProgram.name = '电气化铁路供电'))).toEqual([
      expect.objectContaining({ entry: '序号 1', field: 'pairs.1.schoolProgram.name', expected: expect.stringContaining('电气化铁道供电') }),
    ]);
  });

  it('rejects a document whose raw source file is missing', async () => {
    expect(await problemsWith((c) => (entryData(c.policies, 'opinion-2023').seed = '009_0000000000000000.txt'))).toEqual([
      expect.objectContaining({ file: 'content/policies/opinion-2023.md', field: 'seed', expected: expect.stringContaining('009_0000000000000000.txt') }),
    ]);
  });

  it('rejects a statistic that names a document the site does not have', async () => {
    expect(await problemsWith((c) => (entryData(c.statistics, 'general-high-school-plan-share-2024').source.document = 'conference-report-2023'))).toEqual([
      expect.objectContaining({ field: 'source.document', expected: expect.stringContaining('conference-report-2023') }),
    ]);
  });
});

describe('the reference table', () => {
  it('has no dead row: every rule finds references in the real content (and all of them resolve)', async () => {
    const { valid } = checkSchemas(await readContent('content'));
    for (const { from, to, refs } of REFERENCES) {
      // content/official-channels.yaml starts empty: no channel has been checked yet (its rule is tested below).
      if (from === 'officialChannels') continue;
      const found = (valid[from] as unknown as { data: never }[]).flatMap((v) => refs(v.data));
      expect(found.length, `${from} → ${to}`).toBeGreaterThan(0);
    }
  });
});
