import { describe, expect, it } from 'vitest';
import { statistic } from '../../../helpers/builders.ts';
import { pairs } from '../../../helpers/sample-pairs.ts';
import { chartRows, passedTargetNotes, resolveChart } from '../../../../src/lib/domain/charts.ts';
import { parseDocument } from '../../../../src/content/read.ts';
import type { Statistic } from '../../../../src/lib/content/schemas.ts';

describe('charts', () => {
  const stat = (id: string, value: number, extra: Partial<Statistic> = {}): Statistic => ({
    id,
    label: `标签${id}`,
    value,
    unit: '%',
    year: 2024,
    yearStated: true,
    measures: '测量',
    kind: 'reported',
    scope: '山西省',
    source: { document: 'report', quote: `比例为${value}%` },
    ...extra,
  });
  const statistics = new Map([
    ['s1', stat('s1', 61.48, { kind: 'derived', note: '推算' })],
    ['s2', stat('s2', 70.1, { source: { document: 'report', quote: '比例为70.10%' } })],
    ['s3', stat('s3', 8.7)],
  ]);
  const bodies = new Map([['report', parseDocument('<h3 id="admissions">招生</h3>\n\n比例为70.10%。')]]);
  const list = { document: 'notice', title: '名单', pairs };
  it('looks up statistics, keeps printed digits, marks derived values and links sources to their clause', () => {
    const chart = resolveChart(
      {
        id: 'x',
        section: '甲',
        title: '标题写结论',
        subtitle: '单位',
        kind: 'bars',
        panels: [{ items: [{ stat: 's1', label: '2023年' }, { stat: 's2' }] }],
        related: ['s3'],
      },
      statistics,
      bodies,
      list,
    );
    expect(chart.panels[0]?.data).toEqual([
      { label: '2023年', value: 61.48, unit: '%', stat: 's1', derived: true },
      { label: '标签s2', value: 70.1, unit: '%', stat: 's2', printed: '70.10' },
    ]);
    expect(chart.sources.find((s) => s.quote === '比例为70.10%')?.anchor).toBe('admissions');
    expect(chartRows(chart, statistics).map((r) => [r.panel, r.statistic, r.value, r.derived])).toEqual([
      ['', 's1', 61.48, true],
      ['', 's2', 70.1, false],
      ['相关数字', 's3', 8.7, false],
    ]);
  });
  it('counts a list by city (unknown last) or by category', () => {
    const byCity = resolveChart(
      { id: 'y', section: '甲', title: '标题写结论', subtitle: '单位', kind: 'bars', computed: 'five-year-by-city' },
      statistics,
      bodies,
      list,
    );
    expect(byCity.panels[0]?.data.map((d) => [d.label, d.value])).toEqual([
      ['太原市', 1],
      ['所在地待核实', 1],
    ]);
    expect(byCity.sources).toEqual([{ document: 'notice', anchor: 'attachment', quote: '名单' }]);
  });
  it('refuses a statistic that does not exist', () => {
    expect(() =>
      resolveChart(
        { id: 'z', section: '甲', title: '标题写结论', subtitle: '单位', kind: 'tiles', panels: [{ items: [{ stat: 'nope' }] }] },
        statistics,
        bodies,
        list,
      ),
    ).toThrow(/nope/);
  });
});

describe('passedTargetNotes', () => {
  const target = statistic({ id: 't', label: '平均规模', year: 2025, yearStated: true, source: { document: 'd', quote: '到2025年达到1300人以上' } });
  const unstated = { ...target, id: 'u', label: '品牌专业', year: 2023, yearStated: false };
  it('says a target whose stated year has passed by the check date has passed, and that no later figure is held', () => {
    expect(passedTargetNotes([target, unstated], [target, unstated], '2026-12-06')).toEqual([
      '“平均规模”的目标年份是2025年，按本站核对日期已过；本站没有收录那以后的对应数字。',
    ]);
    expect(passedTargetNotes([target], [target], '2025-06-01')).toEqual([]);
  });
  it('names a later figure the site holds', () => {
    const reported = { ...target, id: 'r', label: '实际平均规模', value: 1350, kind: 'reported' as const, year: 2025, compare: 't' };
    expect(passedTargetNotes([target], [target, reported], '2026-12-06')[0]).toContain('本站收录了之后的数字：实际平均规模1350人（2025年）');
  });
});
