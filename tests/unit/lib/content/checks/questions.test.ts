import { describe, expect, it } from 'vitest';
import { type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { entryData, patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

describe('questions and what documents leave open: deliberately broken content', () => {
  it('refuses a question that says a document does not mention a word it does use', async () => {
    expect(await problemsWith((c) => entryData(c.questions, 'fees').absent.push('专业学院'))).toEqual([
      expect.objectContaining({ file: 'content/questions.yaml', field: 'absent.3', expected: expect.stringContaining('原文写有“专业学院”') }),
    ]);
  });

  it('checks a question’s search words and the explainers it offers with its answer', async () => {
    const problems = await problemsWith((c) => {
      entryData(c.questions, 'fees').search = ['学费||多少钱'];
      entryData(c.questions, 'places').near = ['no-such-explainer'];
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'content/questions.yaml', field: 'search.0', expected: expect.stringContaining('用 | 隔开的词') }),
        expect.objectContaining({ file: 'content/questions.yaml', field: 'near.0', expected: expect.stringContaining('content/explainers 中的解读 id') }),
      ]),
    );
    expect(problems).toHaveLength(2);
  });
});
