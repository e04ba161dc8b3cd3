import { r1 } from './map.ts';
import type { RELATION_TYPES } from '../content/schemas.ts';

/** A document on the timeline. */
export interface TimelineDoc {
  id: string;
  label: string;
  /** YYYY-MM-DD, or YYYY when only the year is printed. */
  date: string;
  relations: { type: (typeof RELATION_TYPES)[number]; document: string }[];
}

/**
 * Order for the timeline: by date; a document whose day is not printed goes after the dated
 * documents of its year that it relates to, and stays in that year.
 */
export function timelineOrder(docs: TimelineDoc[]): TimelineDoc[] {
  const key = (d: TimelineDoc) => (d.date.length === 4 ? `${d.date}-12-32` : d.date);
  return [...docs].sort((a, b) => key(a).localeCompare(key(b)) || a.id.localeCompare(b.id));
}

export interface TimelineGeometry {
  width: number;
  height: number;
  axisY: number;
  points: { id: string; label: string; date: string; x: number }[];
  arcs: { from: string; to: string; type: TimelineDoc['relations'][number]['type']; d: string }[];
}

/**
 * An ordinal timeline (even spacing, so a year-only date is not drawn as a precise day) with arcs
 * above the axis from each document to the documents it carries out, cites or reports on.
 */
export function layoutTimeline(docs: TimelineDoc[], size = { width: 760, height: 240, margin: 90 }): TimelineGeometry {
  const ordered = timelineOrder(docs);
  const { width, height, margin } = size;
  const axisY = height - 80;
  const step = ordered.length > 1 ? (width - 2 * margin) / (ordered.length - 1) : 0;
  const points = ordered.map((d, i) => ({ id: d.id, label: d.label, date: d.date, x: r1(margin + i * step) }));
  const at = new Map(points.map((p) => [p.id, p.x]));
  const arcs = ordered.flatMap((d) =>
    d.relations.flatMap((r) => {
      const x0 = at.get(d.id);
      const x1 = at.get(r.document);
      if (x0 === undefined || x1 === undefined) return [];
      const rise = Math.min(axisY - 10, 24 + Math.abs(x0 - x1) * 0.35);
      return [{ from: d.id, to: r.document, type: r.type, d: `M${x0},${axisY}C${x0},${r1(axisY - rise)} ${x1},${r1(axisY - rise)} ${x1},${axisY}` }];
    }),
  );
  return { width, height, axisY, points, arcs };
}
