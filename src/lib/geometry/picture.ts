import { layoutBars, valueText, type BarDatum } from './bar-chart.ts';
import type { MapGeometry } from './map.ts';
import { DERIVED_NOTE, UNKNOWN_LOCATION } from '../domain/vocabulary.ts';
import { escapeHtml as escape } from '../web/html.ts';

// Pictures that stand alone when pasted into a story or shown as a link preview: a chart with its
// title, what it measures, the source line and the site's name; or a page's title and key facts.
// Pure: SVG text in, SVG text out (src/data/png.ts turns it into a PNG with a font from npm).

/** The font family the pictures name; src/data/png.ts supplies it (Noto Sans SC, from npm). */
export const PICTURE_FONT = 'Noto Sans SC';
const WIDTH = 1200;
/** The pictures' margin, in px. */
export const PAD = 56;

/** Where a line of joined names may break: after a middle dot or an arrow. */
const SEPARATOR = /^[·→]$/u;

const units = (text: string) => [...text].reduce((sum, c) => sum + (c.codePointAt(0)! <= 0xff ? 0.55 : 1), 0);

/**
 * Splits text into lines of at most `width` units, a CJK character counting 1 and a Latin one 0.55:
 * a number with its unit, a date or an address stays on one line when it fits one, and no line starts with a closing
 * mark (，。》…) or ends with an opening one (《“…), a line of names breaks after a · or → where it
 * can, and the last line is not one character alone.
 */
export function wrapText(text: string, width: number): string[] {
  const tokens: string[] = [];
  let open = '';
  for (const [token] of text.matchAll(/[\x21-\x7e]+|[^]/gu)) {
    const last = tokens.at(-1);
    if (/^[，。、；：？！）》」』”’]$/u.test(token) && last !== undefined) tokens[tokens.length - 1] += token;
    // A number keeps its unit, and a date its parts (2026年12月6日, 35个): no break inside them.
    else if (last !== undefined && ((/\d$/.test(last) && /^[年月日号个项所人万亿元]$/u.test(token)) || (/\d[年月]$/u.test(last) && /^\d/.test(token))))
      tokens[tokens.length - 1] += token;
    else if (/^[（《「『“‘]$/u.test(token)) open += token;
    else {
      tokens.push(open + token);
      open = '';
    }
  }
  if (open) tokens.push(open);
  const lines: string[][] = [];
  let line: string[] = [];
  let used = 0;
  const put = (piece: string, w: number) => {
    // A separator, or the space before it, that does not fit hangs at the line's end rather than
    // opening the next line (a line starting with · would read as a new item).
    const hangs = SEPARATOR.test(piece) || (piece.trim() === '' && line.length > 0);
    if (used + w > width && line.length && !hangs) {
      // Break after the line's last separator (· or →) when that keeps at least half the line, so
      // that a name after it stays whole (…学院 · / 机电一体化技术, not …学院 · 机电一 / 体化技术).
      const at = line.findLastIndex((t, i) => SEPARATOR.test(t) && units(line.slice(0, i + 1).join('')) >= width / 2);
      const carried = at >= 0 ? line.splice(at + 1).filter((t, i) => i > 0 || t.trim() !== '') : [];
      lines.push(line.map((t, i) => (i === line.length - 1 ? t.trimEnd() : t)));
      line = carried;
      used = units(carried.join(''));
    }
    line.push(piece);
    used += w;
  };
  for (const token of tokens) {
    const w = units(token);
    if (w <= width) put(token, w);
    else for (const char of token) put(char, units(char));
  }
  if (line.length) lines.push(line);
  // No last line of one character (机电一体化技 / 术): it takes the one before it along.
  const last = lines.at(-1);
  const before = lines.at(-2);
  if (last && before && last.length === 1 && units(last[0]!.replace(/[，。、；：？！）》」』”’]/gu, '')) <= 1 && before.length >= 3)
    last.unshift(before.pop()!);
  return lines.map((l) => l.join(''));
}

/** A part of a picture: how tall it is, and its SVG drawn from a top edge. */
export interface Block {
  height: number;
  svg: (y: number) => string;
}

/** A coordinate as the pictures write it: to a tenth of a pixel (no 393.59999999999997). */
const at = (n: number) => Math.round(n * 10) / 10;

/** Lines of text at `size` px from the left margin (or `opts.x`). */
export const textLines = (lines: string[], size: number, opts: { weight?: number; fill?: string; gap?: number; x?: number } = {}): Block => {
  const step = size * (opts.gap ?? 1.4);
  return {
    height: lines.length * step,
    svg: (y) =>
      lines
        .map(
          (l, i) =>
            `<text x="${opts.x ?? PAD}" y="${at(y + size + i * step)}" font-size="${size}"${opts.weight ? ` font-weight="${opts.weight}"` : ''} fill="${opts.fill ?? '#1a1a1a'}">${escape(l)}</text>`,
        )
        .join(''),
  };
};

/** A panel's bars the picture's width less its margins (`width`), in type for a picture (or a poster). */
export const barsBlock = (data: BarDatum[], width = WIDTH): Block => {
  const g = layoutBars(data, { width: width - 2 * PAD, barHeight: 34, labelHeight: 34, gap: 16, valueRoom: 230 });
  return {
    height: g.height + 8,
    svg: (y) =>
      `<g transform="translate(${PAD},${y})">` +
      g.ticks
        .map(
          (t) =>
            `<line x1="${t.x}" x2="${t.x}" y1="0" y2="${g.height - 22}" stroke="#d5d8dc"/><text x="${t.x}" y="${g.height}" font-size="20" text-anchor="middle" fill="#4a4a4a">${escape(t.label)}</text>`,
        )
        .join('') +
      g.bars
        .map(
          (b) =>
            `<text x="${g.x0}" y="${b.labelY}" font-size="24" fill="#1a1a1a">${escape(b.label)}</text>` +
            // A computed value is hatched, with the page's own pattern and outline (one look in page, SVG and PNG).
            `<rect x="${g.x0}" y="${b.y}" width="${b.width}" height="${b.height}" fill="${b.derived ? `url(#${HATCH})` : '#0b5394'}" stroke="#0b5394" stroke-width="${b.derived ? 3 : 0}"/>` +
            `<text x="${b.valueX}" y="${b.y + b.height / 2 + 9}" font-size="26" font-weight="700" fill="#1a1a1a">${escape(b.text)}</text>`,
        )
        .join('') +
      `</g>`,
  };
};

/** The hatch of a computed value, as the chart page draws it (src/components/ChartFigure.astro), doubled for the picture's scale. */
const HATCH = 'derived-hatch';
const HATCH_PATTERN = `<defs><pattern id="${HATCH}" width="12" height="12" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="12" height="12" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="12" stroke="#0b5394" stroke-width="6"/></pattern></defs>`;

/** The blocks one under another, `gap` apart, on a white picture `width` px wide (at least `height` tall). */
export const stack = (blocks: Block[], gap: number, height?: number, width = WIDTH): string => {
  let y = PAD - 8;
  const parts: string[] = [];
  for (const block of blocks) {
    parts.push(block.svg(y));
    y += block.height + gap;
  }
  const total = Math.max(height ?? 0, Math.ceil(y + PAD - gap));
  const body = parts.join('');
  const defs = body.includes(`url(#${HATCH})`) ? HATCH_PATTERN : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}" font-family="${PICTURE_FONT}, sans-serif">${defs}<rect width="${width}" height="${total}" fill="#ffffff"/>${body}</svg>`;
};

/** A chart as a picture: title, what is measured, the figures (bars, or one line each), source and site. */
export function chartPicture(
  chart: {
    title: string;
    subtitle: string;
    kind: 'bars' | 'tiles' | 'statements';
    panels: { title?: string; data: BarDatum[] }[];
    note?: string;
  },
  source: string,
  site: { name: string; url: string },
): string {
  const blocks: Block[] = [textLines(wrapText(chart.title, 29), 36, { weight: 700 }), textLines(wrapText(chart.subtitle, 44), 24, { fill: '#4a4a4a' })];
  for (const panel of chart.panels) {
    if (panel.title) blocks.push(textLines([panel.title], 26, { weight: 700 }));
    if (chart.kind === 'bars') blocks.push(barsBlock(panel.data));
    else
      blocks.push(
        textLines(
          panel.data.flatMap((d) => wrapText(`${d.label}：${valueText(d)}`, 40)),
          26,
        ),
      );
  }
  if (chart.note) blocks.push(textLines(wrapText(`注：${chart.note}`, 50), 20, { fill: '#4a4a4a' }));
  // The same note as under the chart on its page, wherever a bar is hatched.
  if (chart.kind === 'bars' && chart.panels.some((p) => p.data.some((d) => d.derived)))
    blocks.push(textLines(wrapText(DERIVED_NOTE, 50), 20, { fill: '#4a4a4a' }));
  blocks.push(textLines(wrapText(`来源：${source}`, 52), 20, { fill: '#4a4a4a' }));
  blocks.push(textLines([`${site.name} · ${site.url}`], 20, { weight: 700, fill: '#0b5394' }));
  return stack(blocks, 18);
}

/** A link preview (1200 × 630): the site's name, the page's title and up to three key facts. */
export function cardPicture(title: string, facts: string[], site: { name: string; url: string }): string {
  return stack(
    [
      textLines([site.name], 28, { weight: 700, fill: '#0b5394' }),
      textLines(wrapText(title, 22).slice(0, 3), 48, { weight: 700, gap: 1.3 }),
      textLines(facts.flatMap((f) => wrapText(f, 34).slice(0, 2)).slice(0, 5), 30, { fill: '#333333' }),
      textLines([site.url], 22, { fill: '#4a4a4a' }),
    ],
    28,
    630,
  );
}

/**
 * The pairing map as a picture: the drawing of the map page with its colours inlined (no stylesheet
 * travels with a pasted picture), a title above, the legend and the source line below.
 */
export function mapPicture(
  g: MapGeometry,
  styles: Map<string, { color: string; dash: string }>,
  text: { title: string; note: string; source: string },
  site: { name: string; url: string },
): string {
  const scale = (WIDTH - 2 * PAD) / g.width;
  const drawing: Block = {
    height: g.height * scale,
    svg: (y) =>
      `<g transform="translate(${PAD},${y}) scale(${scale})" font-size="13">` +
      `<rect x="${g.frame.x}" y="${g.frame.y}" width="${g.frame.width}" height="${g.frame.height}" rx="6" fill="#f7f9fa" stroke="#c9cdd1"/>` +
      g.seats
        .map(
          (s) =>
            `<circle cx="${s.x}" cy="${s.y}" r="3" fill="#6b6b6b"/><text x="${s.x + 7}" y="${s.y - 8}" font-size="12" fill="#4a4a4a">${escape(s.name)}</text>`,
        )
        .join('') +
      (g.unplacedBox
        ? `<rect x="${g.unplacedBox.x}" y="${g.unplacedBox.y}" width="${g.unplacedBox.width}" height="${g.unplacedBox.height}" rx="4" fill="#fff" stroke="#8a4b08" stroke-dasharray="4 3"/><text x="${g.unplacedBox.x + 8}" y="${g.unplacedBox.y + 18}" font-size="12" fill="#8a4b08">${UNKNOWN_LOCATION}</text>`
        : '') +
      g.links
        .map((l) => {
          const s = styles.get(l.category);
          return `<path d="${l.d}" fill="none" stroke="${s?.color ?? '#555'}" stroke-width="2.2" stroke-dasharray="${s?.dash ?? ''}" stroke-opacity="0.85"/>`;
        })
        .join('') +
      g.marks
        .map(
          (m) =>
            (m.label ? `<path d="${m.label.leader}" fill="none" stroke="#b8bcc0" stroke-width="0.6" stroke-dasharray="1 2"/>` : '') +
            (m.kind === 'school'
              ? `<circle cx="${m.x}" cy="${m.y}" r="5" fill="#0b3d6b" stroke="#fff" stroke-width="1.5"/>`
              : `<rect x="${m.x - 5}" y="${m.y - 5}" width="10" height="10" fill="#8a4b08" stroke="#fff" stroke-width="1.5"/>`) +
            (m.label ? `<text x="${m.label.x}" y="${m.label.y + 4}" text-anchor="${m.label.anchor}" fill="#1a1a1a">${escape(m.name)}</text>` : ''),
        )
        .join('') +
      `</g>`,
  };
  const legend = [...styles].map(([category, s]) => ({ category, s }));
  const legendBlock: Block = {
    height: Math.ceil(legend.length / 3) * 34,
    svg: (y) =>
      legend
        .map(({ category, s }, i) => {
          const x = PAD + (i % 3) * 370;
          const ly = y + Math.floor(i / 3) * 34 + 18;
          return `<line x1="${x}" x2="${x + 48}" y1="${ly}" y2="${ly}" stroke="${s.color}" stroke-width="4" stroke-dasharray="${s.dash}"/><text x="${x + 58}" y="${ly + 7}" font-size="20" fill="#1a1a1a">${escape(category)}</text>`;
        })
        .join(''),
  };
  return stack(
    [
      textLines(wrapText(text.title, 29), 36, { weight: 700 }),
      textLines(wrapText(text.note, 50), 20, { fill: '#4a4a4a' }),
      drawing,
      legendBlock,
      textLines(wrapText(`来源：${text.source}`, 52), 20, { fill: '#4a4a4a' }),
      textLines([`${site.name} · ${site.url}`], 20, { fill: '#0b5394' }),
    ],
    18,
  );
}
