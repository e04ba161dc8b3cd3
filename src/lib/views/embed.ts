// The compact embed of a chart or of the map (/embed/…/): what it shows, and how tall a frame it
// needs at each column width, worked out at build time from the same measures as
// src/styles/embed.css. The estimate errs tall (a character is counted a full em, a line loses
// one character to line-breaking rules), so a frame of the suggested height never scrolls; the
// optional resize snippet then fits it exactly. A browser test frames every embed to prove it.
import { fitsSideLabels, layoutBars, layoutSideBars, statisticText, valueText, type BarDatum, type BarGeometry } from '../geometry/bar-chart.ts';
import type { ResolvedChart } from '../domain/charts.ts';
import { DERIVED_NOTE } from '../domain/vocabulary.ts';
import { groupByCity, type ProgramPair } from '../domain/programs.ts';

/** Type and spacing of the embed, in CSS pixels (src/styles/embed.css says the same). */
export const EMBED = {
  pad: 12,
  title: { size: 17, line: 24, after: 4 },
  subtitle: { size: 13, line: 19, after: 8 },
  panelTitle: { size: 13, line: 19, after: 2 },
  body: { size: 13, line: 19, after: 4 },
  small: { size: 12, line: 17, after: 4 },
  /** The widest a bar drawing is shown; a wider column leaves room beside it. */
  svgMax: 420,
  /** From this inner width several bar drawings go two to a row, this far apart. */
  panelsTwoFrom: 456,
  panelGap: 16,
  /** Space after a drawing or a block of tiles. */
  blockAfter: 8,
  tile: { padY: 6, padX: 8, border: 1, gap: 6, value: { size: 17, line: 22 }, label: { size: 12, line: 17 } },
  /** Below this inner width tiles go two to a row, from it three. */
  tilesThreeFrom: 456,
  /** Indent of a listed rule (its left rule and padding). */
  ruleIndent: 10,
  /** One row of the map embed's city table. */
  cityRow: 27,
  /** The widest the map embed's drawing is shown. */
  drawingMax: 640,
  /** From this frame width the map embed shows the drawing instead of the city table. */
  mapDrawingFrom: 600,
} as const;

/** The column widths a snippet suggests a height for: phone columns, middle, wide. */
export const EMBED_BANDS = [
  { from: 320, to: 479 },
  { from: 480, to: 719 },
  { from: 720, to: 1000 },
] as const;

/** At most this many tiles or rules in a chart's embed; the rest are a link away. */
export const EMBED_MAX_TILES = 6;
export const EMBED_MAX_RULES = 4;

/** Room for a line the browser breaks differently (fonts differ between machines). */
const SLACK = 12;

/** How many lines `text` takes in a box `width` px wide at `size` px, counted to err long. */
export function lineCount(text: string, width: number, size: number): number {
  const perLine = Math.max(1, Math.floor(width / size) - 1);
  let units = 0;
  for (const char of text) units += char.codePointAt(0)! < 0x80 ? 0.65 : 1;
  return Math.max(1, Math.ceil(units / perLine));
}

type Style = { size: number; line: number; after: number };

/** A part of an embed, as tall as a function of the inner width. */
export type EmbedBlock =
  /** A drawing the full inner width, at this height to width. */
  | { kind: 'drawing'; ratio: number }
  | { kind: 'text'; text: string; style: Style; indent?: number }
  /** Bar drawings, each under its title, two to a row from EMBED.panelsTwoFrom when there are several. */
  | { kind: 'panels'; items: { title?: string | undefined; ratio: number }[] }
  | { kind: 'tiles'; items: { value: string; label: string }[] }
  | { kind: 'rows'; count: number };

function blockHeight(block: EmbedBlock, inner: number): number {
  switch (block.kind) {
    case 'text':
      return lineCount(block.text, inner - (block.indent ?? 0), block.style.size) * block.style.line + block.style.after;
    case 'panels': {
      const columns = block.items.length > 1 && inner >= EMBED.panelsTwoFrom ? 2 : 1;
      const width = Math.min((inner - EMBED.panelGap * (columns - 1)) / columns, EMBED.svgMax);
      const heights = block.items.map(
        (p) => (p.title ? lineCount(p.title, width, EMBED.panelTitle.size) * EMBED.panelTitle.line + EMBED.panelTitle.after : 0) + Math.ceil(width * p.ratio),
      );
      let total = 0;
      for (let i = 0; i < heights.length; i += columns) total += Math.max(...heights.slice(i, i + columns)) + EMBED.blockAfter;
      return total;
    }
    case 'drawing':
      return Math.ceil(Math.min(inner, EMBED.drawingMax) * block.ratio) + EMBED.blockAfter;
    case 'rows':
      return block.count * EMBED.cityRow + EMBED.blockAfter;
    case 'tiles': {
      const t = EMBED.tile;
      const columns = inner < EMBED.tilesThreeFrom ? 2 : 3;
      const labelWidth = (inner - t.gap * (columns - 1)) / columns - 2 * (t.padX + t.border);
      let total = 0;
      for (let i = 0; i < block.items.length; i += columns) {
        const row = block.items
          .slice(i, i + columns)
          .map((item) => lineCount(item.value, labelWidth, t.value.size) * t.value.line + lineCount(item.label, labelWidth, t.label.size) * t.label.line);
        total += Math.max(...row) + 2 * (t.padY + t.border) + (i > 0 ? t.gap : 0);
      }
      return total + EMBED.blockAfter;
    }
  }
}

/** The height an embed of these blocks needs in a frame `width` px wide. */
export function embedHeight(blocks: EmbedBlock[], width: number): number {
  const inner = width - 2 * EMBED.pad;
  return Math.ceil(2 * EMBED.pad + blocks.reduce((sum, b) => sum + blockHeight(b, inner), 0));
}

/** The frame height suggested for each band of column widths (the tallest the band needs), and one for any width. */
export function suggestedHeights(blocks: EmbedBlock[] | ((width: number) => EmbedBlock[])) {
  const at = (width: number) => embedHeight(typeof blocks === 'function' ? blocks(width) : blocks, width) + SLACK;
  const bands = EMBED_BANDS.map((band) => {
    let height = 0;
    for (let w = band.from; w <= band.to; w += 4) height = Math.max(height, at(w));
    return { ...band, height: Math.max(height, at(band.to)) };
  });
  return { bands, any: Math.max(...bands.map((b) => b.height)) };
}

export type EmbedHeights = ReturnType<typeof suggestedHeights>;

/** The compact bar layout of an embed: labels beside the bars where they are short, else the page's bars closer together. */
export const compactBars = (data: BarDatum[]): BarGeometry =>
  fitsSideLabels(data) ? layoutSideBars(data) : layoutBars(data, { width: 380, barHeight: 14, labelHeight: 18, gap: 6, valueRoom: 110 });

/**
 * A chart's embed: title, what is measured, the figures (some, when there are many), notes, source,
 * the period of each document they come from (a rule shown anywhere carries when it applies), credit.
 */
export function chartEmbedView(chart: ResolvedChart, sourceLine: string, credit: string, periods: string[] = []) {
  const panels =
    chart.kind === 'bars' ? chart.panels.map((p, i) => ({ title: p.title, data: p.data, geometry: compactBars(p.data), key: `embed-${chart.id}-${i}` })) : [];
  const allTiles =
    chart.kind === 'tiles'
      ? chart.panels.flatMap((p) => p.data.map((d) => ({ value: valueText(d), label: p.title ? `${p.title}：${d.label}` : d.label })))
      : [];
  const allRules =
    chart.kind === 'statements'
      ? chart.panels.flatMap((p) =>
          p.data.map((d) => ({ group: p.title, label: d.label, value: valueText(d), text: `${p.title ? `${p.title}：` : ''}${d.label} ${valueText(d)}` })),
        )
      : [];
  const tiles = allTiles.slice(0, EMBED_MAX_TILES);
  const rules = allRules.slice(0, EMBED_MAX_RULES);
  const hidden = allTiles.length - tiles.length + (allRules.length - rules.length);
  const more = hidden > 0 ? `另有${hidden}${chart.kind === 'tiles' ? '项数字' : '条'}，和原文、数据表一起见原页` : undefined;
  const notes = [
    ...(chart.note ? [`注：${chart.note}`] : []),
    ...(chart.kind === 'bars' && chart.panels.some((p) => p.data.some((d) => d.derived)) ? [DERIVED_NOTE] : []),
    ...(chart.related.length > 0 ? [`同一句中还写到：${chart.related.map((s) => `${s.label}${statisticText(s)}`).join('；')}。`] : []),
  ];
  const blocks: EmbedBlock[] = [
    { kind: 'text', text: chart.title, style: EMBED.title },
    { kind: 'text', text: chart.subtitle, style: EMBED.subtitle },
    ...(panels.length > 0 ? [{ kind: 'panels' as const, items: panels.map((p) => ({ title: p.title, ratio: p.geometry.height / p.geometry.width })) }] : []),
    ...(tiles.length > 0 ? [{ kind: 'tiles' as const, items: tiles }] : []),
    ...rules.map((r): EmbedBlock => ({ kind: 'text', text: r.text, style: EMBED.body, indent: EMBED.ruleIndent })),
    ...(more ? [{ kind: 'text' as const, text: more, style: EMBED.body }] : []),
    ...notes.map((text): EmbedBlock => ({ kind: 'text', text, style: EMBED.small })),
    { kind: 'text', text: sourceLine, style: EMBED.small },
    ...(periods.length > 0 ? [{ kind: 'text' as const, text: periods.join(''), style: EMBED.small }] : []),
    { kind: 'text', text: credit, style: EMBED.small },
  ];
  return { panels, tiles, rules, more, notes, periods: periods.join(''), heights: suggestedHeights(blocks) };
}

/** What the map's embed shows: the cities with their schools and pairs (narrow), or the drawing and its legend (from EMBED.mapDrawingFrom). */
export function mapEmbedView(
  pairs: ProgramPair[],
  cities: { id: string; name: string }[],
  drawing: { width: number; height: number },
  text: { title: string; note: string; legend: string[]; caveat: string; source: string; credit: string },
) {
  const rows = groupByCity(pairs, cities).map((g) => ({
    key: g.key,
    name: g.label,
    link: g.key !== 'unknown',
    schools: new Set(g.pairs.map((p) => p.school.id)).size,
    pairs: g.pairs.length,
  }));
  const legend = text.legend.map((item) => `■■${item}\u3000`).join('');
  const blocks = (width: number): EmbedBlock[] => [
    { kind: 'text', text: text.title, style: EMBED.title },
    { kind: 'text', text: text.note, style: EMBED.subtitle },
    ...(width < EMBED.mapDrawingFrom
      ? [{ kind: 'rows' as const, count: rows.length + 1 }]
      : [
          { kind: 'drawing' as const, ratio: drawing.height / drawing.width },
          { kind: 'text' as const, text: legend, style: EMBED.small },
        ]),
    { kind: 'text', text: text.caveat, style: EMBED.small },
    { kind: 'text', text: text.source, style: EMBED.small },
    { kind: 'text', text: text.credit, style: EMBED.small },
  ];
  return { rows, heights: suggestedHeights(blocks) };
}
