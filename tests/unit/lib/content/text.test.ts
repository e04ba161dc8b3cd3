import { describe, expect, it } from 'vitest';
import { splitFrontmatter, squash } from '../../../../src/lib/content/text.ts';

describe('squash', () => {
  it('removes ASCII and full-width white space and line breaks', () => {
    expect(squash('2025年 2月\n13日\u3000印发')).toBe('2025年2月13日印发');
  });
});

describe('splitFrontmatter', () => {
  it('separates the YAML block from the body', () => {
    expect(splitFrontmatter('---\ntitle: 甲\n---\n正文')).toEqual({ frontmatter: 'title: 甲', body: '正文' });
  });
  it('returns null when there is no frontmatter', () => {
    expect(splitFrontmatter('正文')).toBeNull();
  });
});
