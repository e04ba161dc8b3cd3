import { describe, expect, it } from 'vitest';
import { type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { entryData, patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

describe('quotes in their documents: deliberately broken content', () => {
  it('rejects a statistic whose quote is not word for word in its document', async () => {
    const stat = (c: RawContent) => entryData(c.statistics, 'general-high-school-plan-share-2024');
    expect(await problemsWith((c) => (stat(c).source.quote = stat(c).source.quote.replace('70.18', '70.81')))).toEqual([
      expect.objectContaining({
        file: 'content/statistics.yaml',
        entry: expect.stringContaining('（id: general-high-school-plan-share-2024）'),
        field: 'source.quote',
        expected: expect.stringContaining('70.81'),
      }),
    ]);
  });

  it('refuses a document period whose words are not in the document', async () => {
    expect(await problemsWith((c) => (entryData(c.policies, 'pilot-guideline-2024').period.quote = '现就2024年至2027年试点工作提出如下指导意见'))).toEqual([
      expect.objectContaining({ file: 'content/policies/pilot-guideline-2024.md', field: 'period.quote', expected: expect.stringContaining('2024年至2027年') }),
    ]);
  });

  it('rejects a press example that points at a clause the document does not have', async () => {
    expect(await problemsWith((c) => ((c.site!.data as { pressExample: { anchor: string } }).pressExample.anchor = 'clause-60'))).toEqual([
      expect.objectContaining({ file: 'content/site.yaml', field: 'pressExample', expected: expect.stringContaining('#clause-60') }),
    ]);
  });
});
