import { describe, expect, it } from 'vitest';
import { layoutFlow } from '../../../../src/lib/geometry/flow.ts';

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
