import { describe, expect, it } from 'vitest';
import { layoutTimeline, timelineOrder } from '../../../../src/lib/geometry/timeline.ts';

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
