import { describe, expect, it } from 'vitest';
import { readContent, type RawContent } from '../../../../../src/content/read.ts';
import { checkContent, type Problem } from '../../../../../src/lib/content/checks/index.ts';
import { entryNamed, patchedContent } from '../../../../helpers/content.ts';

/** Problems found in the real content with one small change made to it. */
async function problemsWith(patch: (content: RawContent) => void): Promise<Problem[]> {
  return checkContent(await patchedContent(patch));
}

describe('markup in documents and explainers: deliberately broken content', () => {
  it('refuses a script, an event handler and a javascript: link in a document or an explainer, naming the line of the file', async () => {
    const problems = await problemsWith((c) => {
      const policy = entryNamed(c.policies, 'opinion-2023');
      policy.body = `${policy.body}\n<script>alert(1)</script>\n`;
      const explainer = entryNamed(c.explainers, 'five-year-programs');
      explainer.body = `<img src=x onerror="alert(2)">\n[链接](javascript:alert(3))\n${explainer.body}`;
    });
    const bodyLine = (await readContent('content')).explainers.find((e) => e.label === 'five-year-programs')?.bodyLine ?? 0;
    expect(problems).toEqual([
      expect.objectContaining({ file: 'content/policies/opinion-2023.md', field: expect.stringMatching(/^正文第\d+行$/), expected: expect.stringContaining('<script>') }),
      expect.objectContaining({ file: 'content/explainers/five-year-programs.mdx', field: `正文第${bodyLine}行`, expected: expect.stringContaining('<img>') }),
      expect.objectContaining({ file: 'content/explainers/five-year-programs.mdx', field: `正文第${bodyLine + 1}行`, expected: expect.stringContaining('javascript:') }),
    ]);
  });
});

describe('list tables in documents', () => {
  const notice = (c: RawContent) => entryNamed(c.policies, 'five-year-notice-2025');

  it('rejects a list table for a year that has no list', async () => {
    expect(await problemsWith((c) => (notice(c).body = notice(c).body!.replace('data-five-year-list="2025"', 'data-five-year-list="2052"')))).toEqual([
      expect.objectContaining({
        file: 'content/policies/five-year-notice-2025.md',
        entry: 'five-year-notice-2025',
        field: '正文 名单表第1处（data-five-year-list）',
        expected: expect.stringContaining('2052'),
      }),
    ]);
  });

  it('rejects a component written as in MDX, which Markdown would print as it stands', async () => {
    expect(
      await problemsWith((c) => (notice(c).body = notice(c).body!.replace('<div data-five-year-list="2025"></div>', '<FiveYearListTable year={2025} />'))),
    ).toEqual([
      expect.objectContaining({
        file: 'content/policies/five-year-notice-2025.md',
        field: '正文',
        expected: expect.stringContaining('<div data-five-year-list="2025"></div>'),
      }),
    ]);
  });
});
