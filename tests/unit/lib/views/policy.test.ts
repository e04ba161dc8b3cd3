import { describe, expect, it } from 'vitest';
import { documentText, policyIndexView, policyPageView, policyToc } from '../../../../src/lib/views/policy.ts';
import type { Policy } from '../../../../src/lib/content/schemas.ts';

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

describe('policyPageView', () => {
  const relations = [
    { type: 'carries-out', basis: 'stated', quote: '为贯彻落实某文件', document: 'opinion' },
    { type: 'cites', basis: 'site-reading', citedTitle: '某规划', citedNumber: '某发〔2020〕1号', note: '按标题判断。' },
  ] as Policy['relations'];
  const view = policyPageView({
    id: 'pilot',
    data: { kind: '通知', date: '2024-05-01', relations },
    incoming: [
      {
        id: 'news',
        data: { shortTitle: '某报道', relations: [{ type: 'reports-on', basis: 'stated', quote: '报道某通知', document: 'pilot', note: '报道写明。' }] },
      },
    ],
    titles: new Map([['opinion', '实施意见']]),
  });

  it('links the documents the site holds, and names one it does not by its cited title and number', () => {
    expect(view.relations[0]).toMatchObject({
      label: '贯彻落实',
      held: { href: '/policies/opinion/', title: '实施意见' },
      basis: '原文写明',
      quote: '为贯彻落实某文件',
    });
    expect(view.relations[1]).toMatchObject({
      label: '引用',
      held: null,
      cited: { title: '某规划', number: '某发〔2020〕1号' },
      basis: '本站的理解，原文未写明',
    });
  });

  it('says what other documents state of it, from their side', () => {
    expect(view.incoming).toEqual([{ href: '/policies/news/', title: '某报道', label: '报道本文', basis: '原文写明', note: '报道写明。' }]);
  });

  it('dates it in words, and tells a press report from a document', () => {
    expect([view.date, view.isPress]).toEqual(['2024年5月1日', false]);
    expect(policyPageView({ id: 'x', data: { kind: '新闻报道', date: '2024-05-01', relations: [] }, incoming: [], titles: new Map() }).isPress).toBe(true);
  });
});

describe('policyIndexView', () => {
  const policy = (id: string, date: string, extra: Partial<Policy> = {}) => ({
    id,
    data: {
      title: `${id}全称`,
      shortTitle: `${id}简称很长很长很长很长`,
      date,
      dateLabel: '成文日期（原文）',
      issuers: ['省教育厅'],
      docNumber: null,
      disclosure: null,
      level: '省级',
      kind: '通知',
      summary: '提要。',
      relations: [],
      ...extra,
    } as unknown as Policy,
  });
  const view = policyIndexView([
    policy('b', '2024-05-01', { relations: [{ type: 'carries-out', basis: 'stated', quote: '为贯彻落实', document: 'a', note: '写明。' }] } as Partial<Policy>),
    policy('a', '2023', { kind: '新闻报道', issuers: ['某报'] } as Partial<Policy>),
  ]);

  it('orders the documents in time, a year-only date as its year, and labels the timeline in lines of nine', () => {
    expect(view.documents.map((d) => d.date)).toEqual(['2023年', '2024年5月1日']);
    expect(view.timeline.description).toBe('2023年：a简称很长很长很长很长；2024年5月1日：b简称很长很长很长很长');
    expect(view.timeline.points[0]!.lines).toEqual(['a简称很长很长很长', '很长']);
    expect(view.timeline.arcs).toHaveLength(1);
  });

  it('lists each relation with its basis, and each document’s arrows to the documents the site holds', () => {
    expect(view.relations).toEqual([
      expect.objectContaining({
        from: { href: '/policies/b/', title: 'b简称很长很长很长很长' },
        label: '贯彻落实',
        held: { href: '/policies/a/', title: 'a简称很长很长很长很长' },
      }),
    ]);
    expect(view.documents[1]!.relatedHeld).toEqual([{ label: '贯彻落实', href: '/policies/a/', title: 'a简称很长很长很长很长' }]);
  });

  it('says what the site does not have (no 文号, no disclosure) and marks a press report, with filters from the documents’ own values', () => {
    const [report, notice] = view.documents;
    expect(report).toMatchObject({ isPress: true, issuersLabel: '媒体', docNumber: '原文未印文号', disclosure: '原文未标注', dateLabel: '成文日期' });
    expect(notice).toMatchObject({ isPress: false, issuersLabel: '发文机关' });
    expect(view.filters.find((f) => f.key === 'year')!.options).toEqual(['2023', '2024']);
    expect(view.filters.find((f) => f.key === 'kind')!.options).toEqual(['通知', '新闻报道']);
  });
});
