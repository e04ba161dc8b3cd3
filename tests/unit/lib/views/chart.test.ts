import { describe, expect, it } from 'vitest';
import type { ResolvedChart } from '../../../../src/lib/domain/charts.ts';
import { chartPageView, chartSourceLine, dataIndexView, figureProvenance } from '../../../../src/lib/views/chart.ts';

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
  lookup: {
    titles: new Map([
      ['a', '意见'],
      ['b', '通知'],
    ]),
    clause: (_, anchor) => (anchor ? `（${anchor}）` : ''),
    periods: new Map([
      ['a', { text: '2023年到2025年', quote: '', passed: true, status: '', report: false }],
      ['b', { text: '2024年', quote: '', passed: true, status: '', report: true }],
    ]),
  },
});

describe('chartPageView', () => {
  it('lists the same words of the same clause once, in first-seen order', () => {
    expect(view.sources.map((s) => `${s.document}#${s.anchor ?? ''}`)).toEqual(['b#clause-2', 'a#clause-1', 'x#']);
  });

  it('gives the source documents’ dates once each, oldest first, in words, leaving out a document with none', () => {
    expect(view.dates).toEqual(['2023年3月14日', '2024年5月1日']);
  });

  it('names and dates each source, says when its document applies, and not for a press report', () => {
    const [b, a, x] = view.sources;
    expect(a).toMatchObject({
      href: '/policies/a/#clause-1',
      name: '意见 （clause-1）',
      date: '2023年3月14日',
      period: '；适用于2023年到2025年，按本站核对日期已经过去',
    });
    expect(b).toMatchObject({ name: '通知 （clause-2）', period: '' });
    // A document with no clause is named by its title alone, with nothing after it.
    expect(x).toMatchObject({ name: 'x', href: '/policies/x/' });
    expect(view.anyReport).toBe(true);
    expect(view.edition).toMatch(/GB\/T 7714/);
    expect(view.resize).toContain('<script>');
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

describe('dataIndexView', () => {
  const stat = (kind: string, document: string) => ({ kind, source: { document } });
  const notices = new Map([
    ['news', { shortTitle: '某报道', date: '2024-11-29', dateLabel: '会议日期（见报日期原文未印）', press: true }],
    ['opinion', { shortTitle: '实施意见', date: '2023-03-14', dateLabel: '成文日期', press: false }],
  ]);
  const view = (statistics: { kind: string; source: { document: string } }[]) =>
    dataIndexView({
      charts: [
        { ...chart, id: 'a', section: '职业教育' },
        { ...chart, id: 'b', section: '基础教育' },
        { ...chart, id: 'c', section: '职业教育' },
      ],
      lists: [{ year: 2025, title: '名单', rows: [{ pairs: [1, 2] }, { pairs: [3] }] }],
      statistics,
      documents: new Map([['a', '意见']]),
      clause: () => '（一）',
      notices,
    });

  it('groups the charts by section in file order, each with its source line, and counts each list’s pairs', () => {
    const v = view([stat('reported', 'news')]);
    expect(v.sections.map((s) => [s.id, s.title, s.charts.map((x) => x.chart.id)])).toEqual([
      ['section-1', '职业教育', ['a', 'c']],
      ['section-2', '基础教育', ['b']],
    ]);
    expect(v.sections[0]!.charts[0]!.source.text).toMatch(/^来源：/);
    expect(v.lists).toEqual([{ year: 2025, title: '名单', pairs: 3 }]);
    expect([v.statistics, v.charts]).toEqual([1, 3]);
  });

  it('says where the figures come from by counting them: the document of more than half, and the documents of the targets', () => {
    const v = view([stat('reported', 'news'), stat('reported', 'news'), stat('reported', 'news'), stat('derived', 'news'), stat('target', 'opinion')]);
    // The figure the site computed from the report is not one the report states.
    expect(v.provenance.largest).toEqual({ n: 3, href: '/policies/news/', title: '某报道', press: true, when: '会议日期2024年11月29日' });
    expect(v.provenance.targets).toEqual([{ n: 1, href: '/policies/opinion/', title: '实施意见', press: false, when: '成文日期2023年3月14日' }]);
    expect(v.provenance.derived).toBe(true);
  });

  it('is the same count /press/ states (figureProvenance)', () => {
    const statistics = [stat('reported', 'news'), stat('reported', 'news'), stat('target', 'opinion')];
    expect(figureProvenance(statistics, notices)).toEqual(view(statistics).provenance);
    expect(figureProvenance(statistics, notices).largest).toMatchObject({ n: 2, press: true });
  });

  it('names no document as the source of most figures when none is, and says nothing of computed figures when there are none', () => {
    const v = view([stat('reported', 'news'), stat('target', 'opinion')]);
    expect(v.provenance.largest).toBeNull();
    expect(v.provenance.derived).toBe(false);
  });
});
