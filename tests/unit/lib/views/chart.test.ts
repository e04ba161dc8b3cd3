import { describe, expect, it } from 'vitest';
import type { ResolvedChart } from '../../../../src/lib/domain/charts.ts';
import { chartPageView, chartSourceLine } from '../../../../src/lib/views/chart.ts';

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
  heights: { bands: [{ from: 320, to: 479, height: 500 }], any: 500 },
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
    expect(view.iframe).toContain('height="500"');
  });
});

describe('chartSourceLine', () => {
  it('names each document once with its clauses, a document without one as 全文, then the references', () => {
    const line = chartSourceLine(
      { ...chart, references: ['目录'] },
      new Map([
        ['a', '意见'],
        ['b', '通知'],
      ]),
      (_, anchor) => `（${anchor}）`,
    );
    expect(line.parts.map((p) => [p.title, p.clauses.map((c) => c.name)])).toEqual([
      ['通知', ['（clause-2）']],
      ['意见', ['（clause-1）']],
      ['x', ['全文']],
    ]);
    expect(line.text).toBe('来源：通知 （clause-2）；意见 （clause-1）；x 全文；目录。');
  });
});
