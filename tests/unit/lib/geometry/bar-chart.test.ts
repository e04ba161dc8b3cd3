import { describe, expect, it } from 'vitest';
import { statistic } from '../../../helpers/builders.ts';
import { fitsSideLabels, layoutBars, layoutSideBars, printedNumber, valueText } from '../../../../src/lib/geometry/bar-chart.ts';
import { statisticWords } from '../../../../src/lib/geometry/bar-chart.ts';

describe('layoutBars', () => {
  const g = layoutBars([
    { label: '2023年', value: 61.48, unit: '%', derived: true },
    { label: '2024年', value: 70.18, unit: '%' },
  ]);
  it('starts every bar at zero and scales widths in proportion', () => {
    expect(g.bars.every((b) => b.width > 0)).toBe(true);
    expect(g.ticks[0]).toEqual({ x: g.x0, label: '0' });
    const [a, b] = g.bars;
    expect(a!.width / b!.width).toBeCloseTo(61.48 / 70.18, 2);
  });
  it('rounds coordinates to one decimal', () => {
    for (const b of g.bars) for (const v of [b.y, b.width, b.valueX, b.labelY]) expect(Math.round(v * 10) / 10).toBe(v);
  });
  it('marks derived values in the printed text', () => {
    expect(g.bars[0]?.text).toBe('61.48%（推算）');
    expect(g.bars[0]?.derived).toBe(true);
  });
  it('never lets bars overlap', () => {
    for (let i = 1; i < g.bars.length; i++) expect(g.bars[i]!.labelY).toBeGreaterThan(g.bars[i - 1]!.y + g.bars[i - 1]!.height);
  });
});

describe('layoutSideBars', () => {
  const data = [
    { label: '太原市', value: 5, unit: '个' },
    { label: '2024年报道', value: 2, unit: '个' },
  ];
  const g = layoutSideBars(data);

  it('starts the bars after the longest label and draws one row per bar, the labels at the left edge', () => {
    // 2024年报道: four Latin digits (0.6 em each) and three CJK characters, at 15 px, plus 8 px.
    expect(g.x0).toBe(Math.ceil((4 * 0.6 + 3) * 15) + 8);
    expect(g.labelX).toBe(0);
    expect(g.bars[1]!.y - g.bars[0]!.y).toBe(22);
    expect(g.height).toBe(2 * 22 + 18);
  });

  it('keeps the values inside the drawing and scales the bars from zero', () => {
    expect(g.bars[0]!.valueX).toBeLessThan(g.width - 100);
    expect(g.bars[1]!.width / g.bars[0]!.width).toBeCloseTo(2 / 5, 1);
  });

  it('is chosen only for short labels', () => {
    expect(fitsSideLabels(data)).toBe(true);
    expect(fitsSideLabels([{ label: '职业本科招生规模占高等职业教育', value: 1, unit: '%' }])).toBe(false);
  });
});

describe('valueText and printedNumber', () => {
  it('prints bounds and keeps the document’s own digits', () => {
    expect(valueText({ value: 99.95, unit: '%', bound: 'at-least' })).toBe('≥99.95%');
    expect(valueText({ value: 8.7, unit: '个百分点', printed: '8.70' })).toBe('8.70个百分点');
    expect(printedNumber(8.7, '比2023年增加8.70个百分点')).toBe('8.70');
    expect(printedNumber(53, '遴选53所')).toBeUndefined();
  });
});

describe('statisticWords: a bound in words for a sentence', () => {
  const base = statistic();
  it('writes 以上, 不超过 and 左右 where the chart writes a sign', () => {
    expect(statisticWords({ ...base, bound: 'at-least' })).toBe('1300人以上');
    expect(statisticWords({ ...base, value: 5, unit: '所', bound: 'at-most', source: { document: 'd', quote: '不超过5所' } })).toBe('不超过5所');
    expect(statisticWords({ ...base, value: 60, unit: '所', bound: 'about', source: { document: 'd', quote: '60所左右' } })).toBe('60所左右');
    expect(statisticWords(base)).toBe('1300人');
  });
});
