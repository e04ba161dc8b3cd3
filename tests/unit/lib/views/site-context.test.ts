import { describe, expect, it } from 'vitest';
import { footerView, shownSource, type SourceLookup } from '../../../../src/lib/views/site-context.ts';
import type { Change } from '../../../../src/lib/content/editorial-schemas.ts';

const change = (kind: Change['kind'], pages: string[], date = '2026-12-01'): Change => ({
  date,
  kind,
  what: `改了${pages.join('、')}的某处`,
  why: '原因写明',
  pages,
});

describe('footerView', () => {
  const changes = [
    change('更正', ['schools/a/', 'explainers/b/'], '2026-12-05'),
    change('新增', ['schools/a/']),
    change('更正', ['']),
    change('更正', ['schools/a/'], '2026-11-30'),
  ];

  it('names the newest document and the check date in words', () => {
    const view = footerView({ newest: { id: 'opinion-2023', shortTitle: '实施意见', date: '2023-05-09' }, checked: '2026-12-06', changes: [], path: '' });
    expect(view).toEqual({ newest: { href: '/policies/opinion-2023/', title: '实施意见', date: '2023年5月9日' }, checked: '2026年12月6日', corrections: [] });
    expect(footerView({ newest: undefined, checked: '2026-12-06', changes: [], path: '' }).newest).toBeNull();
  });

  it('lists only the corrections (更正) of this very page, in the order given', () => {
    const view = footerView({ newest: undefined, checked: '2026-12-06', changes, path: 'schools/a/' });
    expect(view.corrections.map((c) => c.date)).toEqual(['2026年12月5日', '2026年11月30日']);
    expect(footerView({ newest: undefined, checked: '2026-12-06', changes, path: '' }).corrections).toHaveLength(1);
    expect(footerView({ newest: undefined, checked: '2026-12-06', changes, path: 'schools/ab/' }).corrections).toEqual([]);
  });
});

describe('shownSource', () => {
  const lookup: SourceLookup = {
    titles: new Map([
      ['pilot', '指导意见'],
      ['news', '报道'],
    ]),
    clause: (_document, anchor) => (anchor ? `第${anchor}条` : ''),
    periods: new Map([
      ['pilot', { text: '2024年、2025年', quote: '', passed: true, status: '', report: false }],
      ['news', { text: '2024年', quote: '', passed: true, status: '', report: true }],
    ]),
  };

  it('links the clause, names it, and says when the document applies', () => {
    expect(shownSource({ document: 'pilot', anchor: '3', quote: '原则上' }, lookup)).toEqual({
      quote: '原则上',
      href: '/policies/pilot/#3',
      name: '指导意见 第3条',
      period: { text: '2024年、2025年', passed: true },
    });
  });

  it('gives a press report no period (it reports, it does not rule), and a document with no clause its page', () => {
    const shown = shownSource({ document: 'news', anchor: null, quote: '某' }, lookup);
    expect(shown.href).toBe('/policies/news/');
    expect(shown).not.toHaveProperty('period');
  });

  it('names an unknown document by its id rather than inventing a title', () => {
    expect(shownSource({ document: 'other', anchor: null, quote: '某' }, lookup)).toMatchObject({ name: 'other', href: '/policies/other/' });
  });
});
