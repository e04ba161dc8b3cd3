import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import { geoMercator } from 'd3-geo';

/** Rounds SVG coordinates to one decimal: enough for the screen, small in the HTML. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/**
 * A school or college to place, at its county seat when known, else its city seat; with no
 * position (null) when its location is not established: it then goes in the 所在地待核实 box.
 */
export interface MapInstitution {
  id: string;
  name: string;
  kind: 'school' | 'college';
  lon: number | null;
  lat: number | null;
}

/** A program pair as a link from a school to a college. */
export interface MapLink {
  id: string;
  school: string;
  college: string;
  category: string;
}

export interface MapInput {
  institutions: MapInstitution[];
  links: MapLink[];
  seats: { name: string; lon: number; lat: number }[];
  /** Where the map is most crowded: that area is magnified (a fisheye lens). */
  lens?: { lon: number; lat: number; radius: number; power: number };
}

export interface MapGeometry {
  width: number;
  height: number;
  frame: { x: number; y: number; width: number; height: number };
  /** The 所在地待核实 box, holding the institutions with no established location (null when none). */
  unplacedBox: { x: number; y: number; width: number; height: number } | null;
  seats: { name: string; x: number; y: number }[];
  marks: {
    id: string;
    name: string;
    kind: 'school' | 'college';
    /** False for an institution in the 所在地待核实 box. */
    placed: boolean;
    x: number;
    y: number;
    /**
     * The name beside the frame and the leader line to it; null when a column cannot hold every
     * name of its kind legibly (a national list): the mark then carries its name only as a title.
     */
    label: { x: number; y: number; anchor: 'start' | 'end'; leader: string } | null;
  }[];
  links: { id: string; school: string; college: string; category: string; d: string }[];
}

/**
 * Spreads label positions (sorted by their wanted y) so no two are closer than `gap`, staying
 * within [top, bottom] and as near their wanted place as the room allows.
 */
export function spreadLabels(wanted: number[], gap: number, top: number, bottom: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const ys = order.map((o) => o.y);
  for (let k = 0; k < ys.length; k++) ys[k] = Math.max(ys[k]!, k === 0 ? top : ys[k - 1]! + gap);
  const overflow = (ys[ys.length - 1] ?? bottom) - bottom;
  if (overflow > 0) {
    ys[ys.length - 1] = bottom;
    for (let k = ys.length - 2; k >= 0; k--) ys[k] = Math.min(ys[k]!, ys[k + 1]! - gap);
  }
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = ys[k]!));
  return out;
}

/**
 * A fisheye lens: points within `radius` of `center` are pushed outwards (distance d becomes
 * radius·(d/radius)^power), points beyond are untouched. Order and direction from the centre are kept.
 */
export function magnify(p: { x: number; y: number }, center: { x: number; y: number }, radius: number, power: number) {
  const dx = p.x - center.x;
  const dy = p.y - center.y;
  const d = Math.hypot(dx, dy);
  if (d === 0 || d >= radius) return p;
  const scale = (radius * (d / radius) ** power) / d;
  return { x: center.x + dx * scale, y: center.y + dy * scale };
}

/**
 * Offsets for `n` marks sharing one seat on a sunflower spiral (the golden angle between
 * neighbours): about `spacing` apart, filling a disc that grows with √n, in one step per mark.
 */
export function sunflowerOffsets(n: number, spacing: number): { dx: number; dy: number }[] {
  const golden = Math.PI * (3 - Math.sqrt(5));
  return Array.from({ length: n }, (_, k) => {
    const r = (spacing / 1.7) * Math.sqrt(k + 0.5);
    return { dx: r * Math.cos(k * golden), dy: r * Math.sin(k * golden) };
  });
}

/** Offsets for `n` marks sharing one seat: a small ring (none for a single mark). */
export function ringOffsets(n: number, spacing = 9): { dx: number; dy: number }[] {
  if (n <= 1) return [{ dx: 0, dy: 0 }];
  const radius = Math.max(spacing, (spacing * n) / (2 * Math.PI));
  return Array.from({ length: n }, (_, i) => {
    const angle = (2 * Math.PI * i) / n - Math.PI / 2;
    return { dx: radius * Math.cos(angle), dy: radius * Math.sin(angle) };
  });
}

/** A curved link from a to b, bulging to the side so links between near marks stay visible. */
export function curve(a: { x: number; y: number }, b: { x: number; y: number }): string {
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const bulge = Math.max(14, length * 0.2);
  const cx = mx - (dy / length) * bulge;
  const cy = my + (dx / length) * bulge;
  return `M${r1(a.x)},${r1(a.y)}Q${r1(cx)},${r1(cy)} ${r1(b.x)},${r1(b.y)}`;
}

/** Whether every mark of the map (or of one kind) has its name beside the frame (see MIN_LABEL_GAP). */
export const allNamed = (g: MapGeometry, kind?: 'school' | 'college'): boolean =>
  g.marks.every((m) => (kind !== undefined && m.kind !== kind) || m.label !== null);

/** The share of the frame that marks at full spacing may cover before they are spaced closer. */
const FILL = 0.35;
/**
 * The closest two names may sit in a label column (the names are set at 13 units). A column with
 * more names than fit at this gap is left unlabelled: spread further, the names ran past the
 * frame, off the drawing, with leader lines whose length grew with their number (in a synthetic
 * layout of 300× the 2025 list, drawing the leaders took 37 of the picture's 41 seconds).
 */
export const MIN_LABEL_GAP = 15;

/**
 * Lays out the pairing map: a Mercator projection of the seats into the middle band, marks in a
 * ring where several institutions share a seat, school labels in a column on the left and college
 * labels on the right (spread so they never collide, with leader lines; a column that cannot hold
 * its names legibly, MIN_LABEL_GAP, is left unlabelled), and curved links.
 */
export function layoutMap(input: MapInput, size = { width: 960, height: 860, column: 250, labelGap: 24, markSpacing: 17 }): MapGeometry {
  const { width, height, column, labelGap, markSpacing } = size;
  const frame = { x: column, y: 20, width: width - 2 * column, height: height - 40 };
  const located = input.institutions.filter((i): i is MapInstitution & { lon: number; lat: number } => i.lon !== null && i.lat !== null);
  const unplaced = input.institutions.filter((i) => i.lon === null || i.lat === null);
  const points = [...input.seats, ...located].map((p) => [p.lon, p.lat] as [number, number]);
  const projection = geoMercator().fitExtent(
    [
      [frame.x + 24, frame.y + 24],
      [frame.x + frame.width - 24, frame.y + frame.height - 24],
    ],
    { type: 'MultiPoint', coordinates: points },
  );
  // Schematic: Shanxi is tall and narrow, so after the Mercator fit the east–west axis is stretched
  // to fill the frame, giving crowded places (太原, 晋中) room. Relative positions are kept.
  const xs = points.map((p) => projection(p)?.[0] ?? 0);
  const [minX, maxX] = [Math.min(...xs), Math.max(...xs)];
  const pad = 40;
  const stretch = (x: number) => (maxX > minX ? frame.x + pad + ((x - minX) / (maxX - minX)) * (frame.width - 2 * pad) : x);
  const flat = (lon: number, lat: number) => {
    const [x, y] = projection([lon, lat]) ?? [0, 0];
    return { x: stretch(x), y };
  };
  const lens = input.lens;
  const lensCenter = lens ? flat(lens.lon, lens.lat) : null;
  const lensed = (lon: number, lat: number) => (lens && lensCenter ? magnify(flat(lon, lat), lensCenter, lens.radius, lens.power) : flat(lon, lat));
  // The lens pushes points outwards: fit the result back into the frame.
  const all = points.map(([lon, lat]) => lensed(lon, lat));
  const box = {
    x0: Math.min(...all.map((p) => p.x)),
    x1: Math.max(...all.map((p) => p.x)),
    y0: Math.min(...all.map((p) => p.y)),
    y1: Math.max(...all.map((p) => p.y)),
  };
  const fit = (v: number, a: number, b: number, lo: number, hi: number) => (b > a ? lo + ((v - a) / (b - a)) * (hi - lo) : (lo + hi) / 2);
  const project = (lon: number, lat: number) => {
    const p = lensed(lon, lat);
    return {
      x: fit(p.x, box.x0, box.x1, frame.x + pad, frame.x + frame.width - pad),
      y: fit(p.y, box.y0, box.y1, frame.y + pad, frame.y + frame.height - pad),
    };
  };

  const groups = new Map<string, typeof located>();
  for (const inst of located) {
    const key = `${inst.lon.toFixed(3)},${inst.lat.toFixed(3)}`;
    groups.set(key, [...(groups.get(key) ?? []), inst]);
  }
  // Institutions sharing a seat start on a small ring around it; a short, deterministic force
  // run (pull to the seat, no overlap) then separates crowded places such as 太原 and 晋中.
  // More marks than the frame can hold apart at full spacing (a national list) go on a sunflower
  // spiral around their seat instead, closer together: one step per mark, where the force run's
  // work grew with the crowding (at 300× it took 20 s, five times the 100× run).
  const crowded = located.length * markSpacing ** 2 > FILL * frame.width * frame.height;
  const spacing = crowded ? Math.sqrt((FILL * frame.width * frame.height) / located.length) : markSpacing;
  type Node = SimulationNodeDatum & { id: string; tx: number; ty: number };
  const nodes: Node[] = [];
  for (const members of groups.values()) {
    const sorted = [...members].sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'school' ? -1 : 1));
    const offsets = crowded ? sunflowerOffsets(sorted.length, spacing) : ringOffsets(sorted.length);
    sorted.forEach((inst, i) => {
      const base = project(inst.lon, inst.lat);
      nodes.push({ id: inst.id, x: base.x + offsets[i]!.dx, y: base.y + offsets[i]!.dy, tx: base.x, ty: base.y });
    });
  }
  if (!crowded) {
    const simulation = forceSimulation(nodes)
      .force('x', forceX<Node>((d) => d.tx).strength(0.2))
      .force('y', forceY<Node>((d) => d.ty).strength(0.2))
      .force('collide', forceCollide<Node>(markSpacing / 2))
      .stop();
    for (let i = 0; i < 300; i++) simulation.tick();
  }
  const placed = new Map<string, { x: number; y: number }>(nodes.map((n) => [n.id, { x: n.x ?? n.tx, y: n.y ?? n.ty }]));

  // The box sits in the frame's top-left corner, where Shanxi's north-west has no institution.
  const unplacedBox = unplaced.length ? { x: frame.x + 6, y: frame.y + 6, width: 118, height: 34 + 18 * unplaced.length } : null;
  unplaced.forEach((inst, i) => {
    if (unplacedBox) placed.set(inst.id, { x: unplacedBox.x + 14, y: unplacedBox.y + 34 + 18 * i });
  });

  const marks: MapGeometry['marks'] = [];
  const top = frame.y + 8;
  const bottom = frame.y + frame.height - 8;
  for (const kind of ['school', 'college'] as const) {
    const list = input.institutions.filter((i) => i.kind === kind);
    const gap = list.length > 1 ? Math.min(labelGap, (bottom - top) / (list.length - 1)) : labelGap;
    const ys =
      gap >= MIN_LABEL_GAP
        ? spreadLabels(
            list.map((i) => placed.get(i.id)!.y),
            gap,
            top,
            bottom,
          )
        : null;
    list.forEach((inst, i) => {
      const at = placed.get(inst.id)!;
      const y = ys?.[i];
      const x = kind === 'school' ? frame.x - 8 : frame.x + frame.width + 8;
      const elbow = kind === 'school' ? frame.x + 4 : frame.x + frame.width - 4;
      marks.push({
        id: inst.id,
        name: inst.name,
        kind,
        placed: inst.lon !== null && inst.lat !== null,
        x: r1(at.x),
        y: r1(at.y),
        label:
          y === undefined
            ? null
            : {
                x: r1(x),
                y: r1(y),
                anchor: kind === 'school' ? 'end' : 'start',
                leader: `M${r1(at.x)},${r1(at.y)}L${r1(elbow)},${r1(y)}L${r1(x + (kind === 'school' ? 4 : -4))},${r1(y)}`,
              },
      });
    });
  }

  return {
    width,
    height,
    frame,
    unplacedBox,
    seats: input.seats.map((s) => ({ name: s.name, ...(({ x, y }) => ({ x: r1(x), y: r1(y) }))(project(s.lon, s.lat)) })),
    marks,
    links: input.links.map((l) => ({ ...l, d: curve(placed.get(l.school)!, placed.get(l.college)!) })),
  };
}
