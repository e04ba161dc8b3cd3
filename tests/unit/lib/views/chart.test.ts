import { describe, expect, it } from 'vitest';
import type { ResolvedChart } from '../../../../src/lib/domain/charts.ts';
import { chartPageView } from '../../../../src/lib/views/chart.ts';

const source = (document: string, quote: string, anchor?: string) => ({ document, quote, ...(anchor ? { anchor } : {}) }) as ResolvedChart['sources'][number];
const chart = {
  id: 'c',
  title: '标题"甲"&乙',
  subtitle: '',
  section: '',
  kind: 'bars',
  panels: [],
  related: [],
  sources: [source('b', '二', 'clause-2'), source('a', '一', 'clause-1'), source('a', '一', 'clause-1'), source('x', '无日期')],
} as unknown as ResolvedChart;
const dates: Record<string, string> = { a: '2023-03-14', b: '2024-05-01' };
const view = chartPageView(chart, {
  siteName: '站',
  pageUrl: 'https://x/data/c/',
  embedUrl: 'https://x/embed/c/',
  sourceNames: ['意见', '通知'],
  documentDate: (id) => dates[id],
});

describe('chartPageView', () => {
  it('lists the same words of the same clause once, in first-seen order', () => {
    expect(view.sources.map((s) => `${s.document}#${s.anchor ?? ''}`)).toEqual(['b#clause-2', 'a#clause-1', 'x#']);
  });

  it('gives the source documents’ dates once each, oldest first, leaving out a document with none', () => {
    expect(view.dates).toEqual(['2023-03-14', '2024-05-01']);
  });

  it('writes the citation, the caption and an embed frame whose title is escaped', () => {
    expect(view.citation).toBe('站. 标题"甲"&乙[DS/OL]. [引用日期]. https://x/data/c/.');
    expect(view.caption).toBe('图：站，据意见、通知');
    expect(view.iframe).toContain('src="https://x/embed/c/" title="标题&quot;甲&quot;&amp;乙"');
  });
});
