import { describe, expect, it } from 'vitest';
import { documentText, policyToc } from '../../../../src/lib/views/policy.ts';

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

  it('gives the text cut where the list table goes, and the contents from the rendered headings', () => {
    const { parts, toc } = documentText({
      html: '<h2 id="part-1">一、总则</h2><div data-five-year-list="2025"></div><p>（此件主动公开）</p>',
      metadata: { headings: [{ depth: 2, slug: 'part-1', text: '一、总则' }] },
    });
    expect(parts).toEqual([{ html: '<h2 id="part-1">一、总则</h2>' }, { listYear: 2025 }, { html: '<p>（此件主动公开）</p>' }]);
    expect(toc).toEqual([{ depth: 2, slug: 'part-1', text: '一、总则' }]);
    expect(documentText(undefined)).toEqual({ parts: [], toc: [] });
  });
});
