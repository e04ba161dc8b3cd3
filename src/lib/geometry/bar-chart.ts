import { scaleLinear } from 'd3-scale';
import { r1 } from './map.ts';
import type { Statistic } from '../content/schemas.ts';

/** One bar as drawn: its label, value and how to print it. */
export interface BarDatum {
  label: string;
  value: number;
  unit: string;
  /** Computed by the site rather than stated (drawn hatched and said so). */
  derived?: boolean;
  bound?: Statistic['bound'];
  /** The statistic it comes from, if any. */
  stat?: string;
  /** The number exactly as the document prints it ("8.70"), when it does. */
  printed?: string;
  /** Where its sentence is (for rules shown as statements, each with its clause). */
  source?: { document: string; anchor: string | null; quote: string };
}

export interface BarGeometry {
  width: number;
  height: number;
  x0: number;
  /** Where labels start: above the bars at x0, or beside them at 0. */
  labelX: number;
  bars: { label: string; text: string; derived: boolean; y: number; height: number; width: number; labelY: number; valueX: number }[];
  ticks: { x: number; label: string }[];
}

const BOUND_PREFIX: Record<NonNullable<Statistic['bound']>, string> = { 'at-least': '≥', 'at-most': '≤', about: '约', 'more-than': '>' };

/** The value as the chart prints it: bound sign, number as stated, unit. */
export function valueText(d: Pick<BarDatum, 'value' | 'unit' | 'bound' | 'derived' | 'printed'>): string {
  const number = d.printed ?? String(d.value);
  return `${d.bound ? BOUND_PREFIX[d.bound] : ''}${number}${d.unit === '%' ? '%' : d.unit}${d.derived ? '（推算）' : ''}`;
}

/**
 * Horizontal bars from zero: labels above each bar (so long Chinese labels never squeeze the
 * bars on a narrow screen), values printed at the bar's end, a few ticks, coordinates rounded.
 */
export function layoutBars(data: BarDatum[], size = { width: 380, barHeight: 20, labelHeight: 20, gap: 10, valueRoom: 110 }): BarGeometry {
  const { width, barHeight, labelHeight, gap, valueRoom } = size;
  const x0 = 4;
  const { scale, ticks } = valueScale(data, x0, width - valueRoom);
  const step = labelHeight + barHeight + gap;
  const bars = data.map((d, i) => {
    const y = i * step + labelHeight;
    return bar(d, scale, x0, y, barHeight, y - 6);
  });
  return { width, height: r1(data.length * step + 18), x0, labelX: x0, bars, ticks };
}

/** One bar from zero at `x0`, its top at `y`, its label's baseline at `labelY`, its value just after its end. */
function bar(d: BarDatum, scale: (value: number) => number, x0: number, y: number, height: number, labelY: number): BarGeometry['bars'][number] {
  const w = Math.max(scale(d.value) - x0, d.value > 0 ? 1 : 0);
  return { label: d.label, text: valueText(d), derived: Boolean(d.derived), y: r1(y), height, width: r1(w), labelY: r1(labelY), valueX: r1(x0 + w + 6) };
}

/** How wide a label is in em: a CJK character one, a Latin one 0.6. */
const labelEms = (label: string) => [...label].reduce((sum, c) => sum + (c.codePointAt(0)! < 0x80 ? 0.6 : 1), 0);

/**
 * Bars with their labels beside them, one row each: the compact embed's layout, for charts whose
 * labels are short (a city, a year, a 专业大类). Label and value text are `fontSize` (the page's 15px).
 */
export function layoutSideBars(data: BarDatum[], size = { width: 380, barHeight: 14, rowHeight: 22, fontSize: 15, valueRoom: 110 }): BarGeometry {
  const { width, barHeight, rowHeight, fontSize, valueRoom } = size;
  const x0 = Math.ceil(Math.max(...data.map((d) => labelEms(d.label))) * fontSize) + 8;
  const { scale, ticks } = valueScale(data, x0, width - valueRoom);
  const bars = data.map((d, i) => {
    const y = i * rowHeight + (rowHeight - barHeight) / 2;
    return bar(d, scale, x0, y, barHeight, y + barHeight / 2 + fontSize * 0.35);
  });
  return { width, height: r1(data.length * rowHeight + 18), x0, labelX: 0, bars, ticks };
}

/** The longest label, in em, that layoutSideBars leaves room for beside its bars. */
export const SIDE_LABEL_MAX_EMS = 9;
export const fitsSideLabels = (data: BarDatum[]) => data.every((d) => labelEms(d.label) <= SIDE_LABEL_MAX_EMS);

/** The value axis from zero to a round number past the largest value, and its ticks. */
function valueScale(data: BarDatum[], from: number, to: number) {
  const max = Math.max(...data.map((d) => d.value), 0);
  const scale = scaleLinear()
    .domain([0, max || 1])
    .nice(4)
    .range([from, to]);
  const ticks = scale
    .ticks(Math.min(4, Math.max(1, Math.ceil(max))))
    .filter((t) => max > 10 || Number.isInteger(t))
    .map((t) => ({ x: r1(scale(t)), label: String(t) }));
  return { scale, ticks };
}

/** The number as the sentence prints it ("8.70", "96.02"), found in the quote; undefined if it is not there. */
export function printedNumber(value: number, quote: string): string | undefined {
  return quote.match(/\d+(?:\.\d+)?/g)?.find((n) => Number(n) === value && n !== String(value));
}

/**
 * A statistic in running text, its bound in words as the documents write it (1300人以上,
 * 不超过5所, 60所左右) instead of the charts' ≥ ≤ 约, which read oddly after 达到.
 */
export function statisticWords(s: Statistic): string {
  const plain = statisticText({ ...s, bound: undefined });
  if (s.bound === 'at-least') return `${plain}以上`;
  if (s.bound === 'at-most') return `不超过${plain}`;
  if (s.bound === 'about') return `${plain}左右`;
  return statisticText(s);
}

/** How a statistic is printed on the site: as the document prints it, with its bound, “推算” if derived. */
export function statisticText(s: Statistic): string {
  const printed = printedNumber(s.value, s.source.quote);
  return valueText({
    value: s.value,
    unit: s.unit,
    ...(s.bound ? { bound: s.bound } : {}),
    ...(s.kind === 'derived' ? { derived: true } : {}),
    ...(printed ? { printed } : {}),
  });
}
