import { describe, expect, it } from 'vitest';
import { readContent, type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

describe('checkContent: deliberately broken content', () => {
  it('says which file is missing when site.yaml is not there', async () => {
    const problems = await problemsWith((c) => {
      c.site = null;
      c.unreadable.push({ file: 'content/site.yaml', reason: '缺少 content/site.yaml（本站设置）' });
    });
    expect(problems).toEqual([expect.objectContaining({ file: 'content/site.yaml', expected: expect.stringContaining('site.yaml') })]);
  });
});

describe('checkContent on the real content', () => {
  it('finds nothing wrong', async () => {
    expect(checkContent(await readContent('content'))).toEqual([]);
  });
});
