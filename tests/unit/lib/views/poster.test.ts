import { describe, expect, it } from 'vitest';
import type { ResolvedChart } from '../../../../src/lib/domain/charts.ts';
import type { ProgramPair } from '../../../../src/lib/domain/programs.ts';
import { chartPoster, explainerPoster, POSTER_QUOTES, posterPath, schoolPoster, type PosterContext } from '../../../../src/lib/views/poster.ts';

const context: PosterContext = {
  titles: new Map([
    ['notice', '通知'],
    ['opinion', '意见'],
  ]),
  clause: (_, anchor) => `（${anchor}）`,
  periods: new Map([
    ['notice', { text: '2025年起', quote: '', passed: false, status: '文件没有写到哪一年为止。', report: false }],
    ['opinion', { text: '2023—2025年', quote: '', passed: true, status: '按本站核对日期，这个时期已经过去。', report: false }],
  ]),
  checked: '2026-12-01',
};
const pair = (year: number, school: string) =>
  ({ year, schoolProgram: { name: school }, college: { name: '高职' }, collegeProgram: { name: '专业' } }) as unknown as ProgramPair;
const quote = (n: number) => ({ document: 'notice', anchor: `a${n}`, quote: `原文${n}` });

describe('schoolPoster', () => {
  const poster = schoolPoster(
    { name: '某校' },
    [pair(2025, '甲'), pair(2024, '乙')],
    { year: 2025, title: '名单', document: 'notice' },
    '太原市',
    [quote(1), quote(2)],
    context,
    ['学费是多少？', '招多少人？'],
  );

  it('lists the pairs of the newest list only, and quotes only the first of the notice’s words', () => {
    expect(poster.facts).toEqual(['甲 → 高职 · 专业']);
    expect(poster.quotes).toEqual([{ words: '原文1', where: '通知 （a1）' }]);
    expect(poster.moreQuotes).toBe(0);
  });

  it('says when: the check date, and the notice’s period as the site states it', () => {
    expect(poster.when).toBe('本站核对日期：2026年12月1日。《通知》适用于2025年起：文件没有写到哪一年为止。');
    expect(poster.source).toBe('来源：通知附件《名单》。');
    expect(poster.notes).toEqual(['通知没有写的，报名前要问学校：学费是多少？招多少人？']);
  });
});

describe('chartPoster', () => {
  const chart = (kind: ResolvedChart['kind'], derived = false) =>
    ({
      id: 'c',
      section: '职业教育',
      title: '图',
      subtitle: '说明',
      kind,
      panels: [{ data: [{ label: '甲', value: 1, unit: '个', derived }] }],
      related: [],
      sources: [quote(1), quote(2), quote(3), { ...quote(1) }, { document: 'opinion', anchor: null, quote: '目标' }],
    }) as unknown as ResolvedChart;

  it('draws bars, and prints other figures as lines', () => {
    expect(chartPoster(chart('bars'), ['通知'], context).panels).toHaveLength(1);
    expect(chartPoster(chart('tiles'), ['通知'], context).facts).toEqual(['甲：1个']);
  });

  it('quotes each sentence once, the first few, and counts the rest', () => {
    const poster = chartPoster(chart('bars'), ['通知'], context);
    expect(poster.quotes).toHaveLength(POSTER_QUOTES);
    expect(poster.moreQuotes).toBe(4 - POSTER_QUOTES);
  });

  it('says a computed value is hatched, and that a period has passed', () => {
    const poster = chartPoster(chart('bars', true), ['通知'], context);
    expect(poster.notes?.join('')).toContain('斜线');
    expect(poster.when).toContain('《意见》适用于2023—2025年：按本站核对日期，这个时期已经过去。');
  });
});

describe('explainerPoster', () => {
  it('marks the site’s own reminders, and gives the explainer’s own check date before the site’s', () => {
    const poster = explainerPoster(
      {
        title: '解读',
        audience: ['家长'],
        checked: '2026-11-22',
        sources: ['notice'],
        keyPoints: [
          { text: '要点', sources: [quote(1)] },
          { text: '提示', own: true },
        ],
      },
      context,
    );
    expect(poster.facts).toEqual(['要点', '提示（本站提示）']);
    expect(poster.when.startsWith('本文最后核对原文：2026年11月22日。本站核对日期：2026年12月1日。')).toBe(true);
  });
});

describe('posterPath', () => {
  it('names the PNG each page links', () => {
    expect(posterPath('charts', 'x')).toBe('posters/charts/x.png');
  });
});
