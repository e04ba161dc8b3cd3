import { describe, expect, it } from 'vitest';
import { mdxPlainText, splitFrontmatter, squash } from '../../../src/lib/text.ts';

describe('squash', () => {
  it('removes ASCII and full-width white space and line breaks', () => {
    expect(squash('2025年 2月\n13日\u3000印发')).toBe('2025年2月13日印发');
  });
});

describe('mdxPlainText', () => {
  it('drops imports, JSX tags, heading markers and escapes but keeps the words', () => {
    const body = 'import X from \'./x.astro\';\n\n## 一、总则\n\n1\\. 因地制宜。\n\n<p class="doc-contact">联系人：张三</p>\n\n<X year={2025} />\n**加粗**';
    const text = squash(mdxPlainText(body));
    expect(text).toBe('一、总则1.因地制宜。联系人：张三加粗');
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
