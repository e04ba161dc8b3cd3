import { describe, expect, it } from 'vitest';
import { layoutBars, printedNumber, valueText } from '../../../src/lib/bar-chart.ts';
import { layoutFlow } from '../../../src/lib/flow.ts';
import { layoutTimeline, timelineOrder } from '../../../src/lib/timeline.ts';
import { contrast, categoryStyles, CATEGORY_STYLES } from '../../../src/lib/palette.ts';

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

describe('valueText and printedNumber', () => {
  it('prints bounds and keeps the document’s own digits', () => {
    expect(valueText({ value: 99.95, unit: '%', bound: 'at-least' })).toBe('≥99.95%');
    expect(valueText({ value: 8.7, unit: '个百分点', printed: '8.70' })).toBe('8.70个百分点');
    expect(printedNumber(8.7, '比2023年增加8.70个百分点')).toBe('8.70');
    expect(printedNumber(53, '遴选53所')).toBeUndefined();
  });
});

describe('palette', () => {
  it('gives every category colour at least 3:1 contrast against white', () => {
    for (const style of CATEGORY_STYLES) expect(contrast(style.color, '#ffffff')).toBeGreaterThanOrEqual(3);
    // Every category has a line pattern of its own, so two categories never look alike in greyscale.
    expect(new Set(CATEGORY_STYLES.map((s) => s.dash)).size).toBe(CATEGORY_STYLES.length);
  });
  it('gives distinct colour-and-dash pairs to up to twelve categories', () => {
    const styles = categoryStyles(Array.from({ length: 12 }, (_, i) => `类${i}`));
    expect(new Set([...styles.values()].map((s) => `${s.color}|${s.dash}`)).size).toBe(12);
  });
  it('computes WCAG contrast', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});

describe('layoutFlow', () => {
  const flow = layoutFlow([
    { from: '公共管理与服务大类', to: '医药卫生大类' },
    { from: '医药卫生大类', to: '医药卫生大类' },
    { from: '医药卫生大类', to: '医药卫生大类' },
    { from: '装备制造大类', to: '装备制造大类' },
  ]);
  it('sizes nodes by the number of pairs and marks category changes', () => {
    const right = flow.right.find((n) => n.name === '医药卫生大类')!;
    const left = flow.left.find((n) => n.name === '装备制造大类')!;
    expect(right.count).toBe(3);
    expect(right.height / left.height).toBeCloseTo(3, 1);
    expect(flow.ribbons.filter((r) => r.cross).map((r) => r.from)).toEqual(['公共管理与服务大类']);
  });
  it('keeps nodes from overlapping within a column', () => {
    for (const column of [flow.left, flow.right])
      for (let i = 1; i < column.length; i++) expect(column[i]!.y).toBeGreaterThanOrEqual(column[i - 1]!.y + column[i - 1]!.height);
  });
});

describe('timeline', () => {
  const docs = [
    { id: 'notice', label: '通知', date: '2025-02-13', relations: [{ type: 'carries-out' as const, document: 'opinion' }] },
    { id: 'city', label: '市通知', date: '2023', relations: [{ type: 'carries-out' as const, document: 'opinion' }] },
    { id: 'opinion', label: '意见', date: '2023-03-14', relations: [] },
  ];
  it('orders by date, a year-only date after the dated documents of its year', () => {
    expect(timelineOrder(docs).map((d) => d.id)).toEqual(['opinion', 'city', 'notice']);
  });
  it('spaces documents evenly and draws an arc per relation between them', () => {
    const g = layoutTimeline(docs);
    const xs = g.points.map((p) => p.x);
    expect(xs[1]! - xs[0]!).toBeCloseTo(xs[2]! - xs[1]!, 5);
    expect(g.arcs.map((a) => `${a.from}>${a.to}`)).toEqual(['city>opinion', 'notice>opinion']);
  });
});
