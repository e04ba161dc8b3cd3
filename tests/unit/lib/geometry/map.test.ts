import { describe, expect, it } from 'vitest';
import { allNamed, curve, layoutMap, magnify, MIN_LABEL_GAP, ringOffsets, spreadLabels, sunflowerOffsets } from '../../../../src/lib/geometry/map.ts';

describe('spreadLabels', () => {
  it('keeps labels at least `gap` apart and inside the band, in the same order', () => {
    const ys = spreadLabels([100, 101, 102, 300, 95], 20, 0, 400);
    const sorted = [...ys].sort((a, b) => a - b);
    for (let i = 1; i < sorted.length; i++) expect(sorted[i]! - sorted[i - 1]!).toBeGreaterThanOrEqual(20 - 1e-9);
    expect(ys[4]).toBeLessThan(ys[0]!);
    expect(ys[3]).toBe(300);
  });
  it('pushes labels back up when they would run past the bottom', () => {
    const ys = spreadLabels([390, 395, 399], 20, 0, 400);
    expect(Math.max(...ys)).toBeLessThanOrEqual(400);
    expect(ys).toEqual([360, 380, 400]);
  });
});

describe('ringOffsets, magnify and curve', () => {
  it('puts a single mark on its seat and several on a ring', () => {
    expect(ringOffsets(1)).toEqual([{ dx: 0, dy: 0 }]);
    const ring = ringOffsets(6, 9);
    for (const o of ring) expect(Math.hypot(o.dx, o.dy)).toBeCloseTo(9, 5);
  });
  it('magnifies near the centre and leaves points beyond the radius alone', () => {
    const c = { x: 0, y: 0 };
    expect(magnify({ x: 10, y: 0 }, c, 100, 0.5).x).toBeCloseTo(31.6, 1);
    expect(magnify({ x: 150, y: 0 }, c, 100, 0.5)).toEqual({ x: 150, y: 0 });
  });
  it('draws a visible curve even between near points, rounded to one decimal', () => {
    expect(curve({ x: 0, y: 0 }, { x: 10, y: 0 })).toBe('M0,0Q5,14 10,0');
  });
});

describe('layoutMap', () => {
  const geometry = layoutMap({
    seats: [
      { name: '太原市', lon: 112.54, lat: 37.86 },
      { name: '大同市', lon: 113.29, lat: 40.09 },
      { name: '运城市', lon: 111.0, lat: 35.02 },
    ],
    institutions: [
      { id: 'a', name: '甲学校', kind: 'school', lon: 112.54, lat: 37.86 },
      { id: 'b', name: '乙学校', kind: 'school', lon: 112.54, lat: 37.86 },
      { id: 'c', name: '丙学院', kind: 'college', lon: 112.54, lat: 37.86 },
      { id: 'd', name: '丁学校', kind: 'school', lon: null, lat: null },
      { id: 'e', name: '戊学院', kind: 'college', lon: 111.0, lat: 35.02 },
    ],
    links: [
      { id: '1', school: 'a', college: 'c', category: '甲类' },
      { id: '2', school: 'b', college: 'e', category: '乙类' },
      { id: '3', school: 'd', college: 'c', category: '甲类' },
    ],
  });
  it('places every institution inside the frame, apart from each other', () => {
    const { frame, marks } = geometry;
    for (const m of marks) {
      expect(m.x).toBeGreaterThanOrEqual(frame.x);
      expect(m.x).toBeLessThanOrEqual(frame.x + frame.width);
    }
    const [a, b, c] = ['a', 'b', 'c'].map((id) => marks.find((m) => m.id === id)!);
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeGreaterThan(8);
    expect(Math.hypot(a!.x - c!.x, a!.y - c!.y)).toBeGreaterThan(8);
  });
  it('puts an institution with no established location in the 所在地待核实 box, not on the map', () => {
    const d = geometry.marks.find((m) => m.id === 'd')!;
    const box = geometry.unplacedBox!;
    expect(d.placed).toBe(false);
    expect(d.x).toBeGreaterThan(box.x);
    expect(d.x).toBeLessThan(box.x + box.width);
    expect(d.y).toBeLessThan(box.y + box.height);
  });
  it('puts school labels on the left, college labels on the right, never colliding', () => {
    for (const kind of ['school', 'college'] as const) {
      const labels = geometry.marks.filter((m) => m.kind === kind).map((m) => m.label!);
      expect(new Set(labels.map((l) => l.anchor)).size).toBe(1);
      const ys = labels.map((l) => l.y).sort((x, y) => x - y);
      for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(24 - 0.1);
    }
  });
  it('draws one curved link per pair and is the same on every run', () => {
    expect(geometry.links.map((l) => l.id)).toEqual(['1', '2', '3']);
    expect(geometry.links.every((l) => /^M[\d.]+,[\d.]+Q/.test(l.d))).toBe(true);
    expect(JSON.stringify(layoutMap({ seats: [], institutions: [], links: [] }))).toBe(JSON.stringify(layoutMap({ seats: [], institutions: [], links: [] })));
  });
});

describe('a map of a national list', () => {
  it('puts the marks of one seat on a sunflower about `spacing` apart, in a disc growing with √n', () => {
    const offsets = sunflowerOffsets(400, 4);
    expect(offsets).toHaveLength(400);
    let closest = Infinity;
    for (let i = 0; i < offsets.length; i++)
      for (let j = i + 1; j < offsets.length; j++) closest = Math.min(closest, Math.hypot(offsets[i]!.dx - offsets[j]!.dx, offsets[i]!.dy - offsets[j]!.dy));
    expect(closest).toBeGreaterThan(0.8 * 4);
    expect(Math.max(...offsets.map((o) => Math.hypot(o.dx, o.dy)))).toBeLessThanOrEqual((4 / 1.7) * Math.sqrt(400.5));
  });

  it('places more marks than the frame holds apart without a force run: each on its own spot, near its seat', () => {
    const seats = [
      { name: '太原市', lon: 112.54, lat: 37.86 },
      { name: '运城市', lon: 111.0, lat: 35.02 },
    ];
    const institutions = Array.from({ length: 3000 }, (_, i) => ({
      id: `i${i}`,
      name: 'x',
      kind: i % 2 ? ('school' as const) : ('college' as const),
      lon: seats[i % 2]!.lon,
      lat: seats[i % 2]!.lat,
    }));
    const { marks } = layoutMap({ seats, institutions, links: [] });
    expect(marks).toHaveLength(3000);
    expect(new Set(marks.map((m) => `${m.x},${m.y}`)).size).toBeGreaterThan(2900);
    const near = layoutMap({ seats, institutions: institutions.slice(0, 2), links: [] }).marks;
    const taiyuan = near.find((m) => m.id === 'i0')!;
    const far = Math.max(...marks.filter((m) => Number(m.id.slice(1)) % 2 === 0).map((m) => Math.hypot(m.x - taiyuan.x, m.y - taiyuan.y)));
    expect(far).toBeLessThan(200);
  });

  const column = (schools: number) =>
    layoutMap({
      seats: [{ name: '太原市', lon: 112.54, lat: 37.86 }],
      institutions: [
        ...Array.from({ length: schools }, (_, i) => ({ id: `s${i}`, name: `学校${i}`, kind: 'school' as const, lon: 112.54 + i / 1000, lat: 37.86 })),
        { id: 'c', name: '学院', kind: 'college' as const, lon: 112.54, lat: 37.86 },
      ],
      links: [],
    });
  it('sets names closer when more come than fit at the usual gap, never past the frame', () => {
    const g = column(50);
    const ys = g.marks.filter((m) => m.kind === 'school').map((m) => m.label!.y);
    expect(ys).toHaveLength(50);
    expect(Math.min(...ys)).toBeGreaterThanOrEqual(g.frame.y);
    expect(Math.max(...ys)).toBeLessThanOrEqual(g.frame.y + g.frame.height);
    const sorted = [...ys].sort((a, b) => a - b);
    const closest = Math.min(...sorted.slice(1).map((y, i) => y - sorted[i]!));
    expect(closest).toBeGreaterThanOrEqual(MIN_LABEL_GAP - 0.1);
    expect(closest).toBeLessThan(24);
  });
  it('leaves a column unlabelled when its names cannot fit legibly: no name off the drawing, no leader across it', () => {
    const g = column(100);
    const schools = g.marks.filter((m) => m.kind === 'school');
    expect(schools).toHaveLength(100);
    expect(schools.every((m) => m.label === null)).toBe(true);
    // The other column still has room, and keeps its name.
    expect(g.marks.find((m) => m.id === 'c')!.label).not.toBeNull();
    expect([allNamed(g), allNamed(g, 'school'), allNamed(g, 'college'), allNamed(column(3))]).toEqual([false, false, true, true]);
  });
});
