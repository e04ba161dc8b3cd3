import { r1 } from './map.ts';

/** A node of the two-column flow: a 专业大类 on one side. */
export interface FlowNode {
  name: string;
  count: number;
  x: number;
  y: number;
  height: number;
}

export interface FlowGeometry {
  width: number;
  height: number;
  left: FlowNode[];
  right: FlowNode[];
  ribbons: { from: string; to: string; count: number; d: string; cross: boolean }[];
}

/**
 * Lays out a two-column flow from each pair's `from` category (the secondary program) to its `to`
 * category (the college program): node heights in proportion to the number of pairs, ribbons
 * between them, so pairs that change category stand out.
 */
export function layoutFlow(pairs: { from: string; to: string }[], size = { width: 640, height: 480, nodeWidth: 14, gap: 10, labelRoom: 150 }): FlowGeometry {
  const { width, height, nodeWidth, gap, labelRoom } = size;
  const count = (key: 'from' | 'to') => {
    const counts = new Map<string, number>();
    for (const p of pairs) counts.set(p[key], (counts.get(p[key]) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'));
  };
  const leftCounts = count('from');
  const rightCounts = count('to');
  const slots = Math.max(leftCounts.length, rightCounts.length);
  const unit = (height - gap * (slots - 1)) / Math.max(pairs.length, 1);
  const column = (counts: [string, number][], x: number): FlowNode[] => {
    let y = 0;
    return counts.map(([name, n]) => {
      const node = { name, count: n, x: r1(x), y: r1(y), height: r1(n * unit) };
      y += n * unit + gap;
      return node;
    });
  };
  const left = column(leftCounts, labelRoom);
  const right = column(rightCounts, width - labelRoom - nodeWidth);

  const combos = new Map<string, { from: string; to: string; count: number }>();
  for (const p of pairs) {
    const key = `${p.from}\u0000${p.to}`;
    combos.set(key, { from: p.from, to: p.to, count: (combos.get(key)?.count ?? 0) + 1 });
  }
  const leftUsed = new Map(left.map((n) => [n.name, 0]));
  const rightUsed = new Map(right.map((n) => [n.name, 0]));
  const ordered = [...combos.values()].sort(
    (a, b) =>
      left.findIndex((n) => n.name === a.from) - left.findIndex((n) => n.name === b.from) ||
      right.findIndex((n) => n.name === a.to) - right.findIndex((n) => n.name === b.to),
  );
  const ribbons = ordered.map((c) => {
    const l = left.find((n) => n.name === c.from)!;
    const r = right.find((n) => n.name === c.to)!;
    const thick = c.count * unit;
    const y0 = l.y + (leftUsed.get(c.from) ?? 0);
    const y1 = r.y + (rightUsed.get(c.to) ?? 0);
    leftUsed.set(c.from, (leftUsed.get(c.from) ?? 0) + thick);
    rightUsed.set(c.to, (rightUsed.get(c.to) ?? 0) + thick);
    const x0 = l.x + nodeWidth;
    const x1 = r.x;
    const xm = (x0 + x1) / 2;
    const d =
      `M${r1(x0)},${r1(y0)}C${r1(xm)},${r1(y0)} ${r1(xm)},${r1(y1)} ${r1(x1)},${r1(y1)}` +
      `L${r1(x1)},${r1(y1 + thick)}C${r1(xm)},${r1(y1 + thick)} ${r1(xm)},${r1(y0 + thick)} ${r1(x0)},${r1(y0 + thick)}Z`;
    return { ...c, d, cross: c.from !== c.to };
  });
  return { width, height, left, right, ribbons };
}
