import { describe, expect, it } from 'vitest';
import { policyToc } from '../../../../src/lib/views/policy.ts';

describe('policy view', () => {
  it('keeps headings of levels 2–4, drops 全文 and the explainer links after a heading', () => {
    const toc = policyToc([
      { depth: 1, slug: 't', text: '标题' },
      { depth: 2, slug: 'all', text: '全文' },
      { depth: 3, slug: 'part-1', text: '一、总体要求 解读：五年制是什么' },
      { depth: 5, slug: 'x', text: '细目' },
    ]);
    expect(toc).toEqual([{ depth: 3, slug: 'part-1', text: '一、总体要求' }]);
  });
});
