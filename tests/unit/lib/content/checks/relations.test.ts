import { describe, expect, it } from 'vitest';
import { type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { entryData, patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

describe('relations between documents', () => {
  const relations = (c: RawContent, id: string) => entryData(c.policies, id).relations;

  it('rejects a relation from an earlier document that "reports on" a later one', async () => {
    expect(await problemsWith((c) => (relations(c, 'conference-report-2024')[2].type = 'reports-on'))).toEqual([
      expect.objectContaining({
        file: 'content/policies/conference-report-2024.md',
        field: 'relations.2.type',
        expected: expect.stringMatching(/2024-11-29.*2025-02-13/),
      }),
    ]);
  });

  it('rejects a stated relation without its words, and words that are not in the text', async () => {
    expect(await problemsWith((c) => delete relations(c, 'pilot-guideline-2024')[0].quote)).toEqual([
      expect.objectContaining({ field: 'relations.0.quote', expected: expect.stringContaining('basis: stated') }),
    ]);
    expect(await problemsWith((c) => (relations(c, 'pilot-guideline-2024')[0].quote = '根据《实施意见》制定本办法'))).toEqual([
      expect.objectContaining({ field: 'relations.0.quote', expected: expect.stringContaining('根据《实施意见》制定本办法') }),
    ]);
  });
});
