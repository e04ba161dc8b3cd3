import { barsBlock, PAD, stack, textLines, wrapText, type Block } from './picture.ts';
import type { BarDatum } from './bar-chart.ts';
import { valueText } from './bar-chart.ts';

// A poster: a portrait picture to save and forward in a chat app, where a link card does not show.
// It carries the page's title, its key facts, the words of the clause they rest on, the source
// line, the date the site last checked it, a QR code of the page, 以官方发布为准 and the site's
// name. Pure: SVG text out (src/data/posters.ts draws it as a PNG with the pictures' font).

/** The poster's width in px: at least 750, what chat apps show a saved picture at without blurring. */
export const POSTER_WIDTH = 750;
/** The QR code's side in px, and the white margin it keeps (four modules at the densest code). */
const QR_SIDE = 210;
const MUTED = '#4a4a4a';
const ACCENT = '#0b5394';
const WARN = '#8a4b08';
/** Characters per line at each size (the width less the margins, a CJK character an em). */
const per = (size: number) => Math.floor((POSTER_WIDTH - 2 * PAD) / size);

/** The dark modules of a QR code (the `qrcode` package's `create(…).modules`). */
export interface QrModules {
  size: number;
  data: ArrayLike<number | boolean>;
}

/** A QR code as one SVG path, a square `side` px wide at (x, y): one unit square per dark module. */
export function qrPath(qr: QrModules, x: number, y: number, side: number): string {
  const cell = side / qr.size;
  let d = '';
  for (let row = 0; row < qr.size; row++) for (let col = 0; col < qr.size; col++) if (qr.data[row * qr.size + col]) d += `M${col} ${row}h1v1h-1z`;
  return `<g transform="translate(${x},${y}) scale(${cell})"><path d="${d}" fill="#000000" shape-rendering="crispEdges"/></g>`;
}

/** What a poster says. */
export interface Poster {
  /** What the page is: 中职学校, 图表, 通俗解读 (with the list's year, the section…). */
  kind: string;
  title: string;
  /** A line under the title (what is measured; whom it is for). */
  subtitle?: string;
  /** The key facts, a line each (wrapped). */
  facts: string[];
  /** Bars to draw instead of (or before) the facts: a chart's panels. */
  panels?: { title?: string; data: BarDatum[] }[];
  /** Notes under the facts (a chart's note, the hatch's meaning), in smaller type. */
  notes?: string[];
  /** The words of the clauses the facts rest on, each with where it is (printed under it). */
  quotes: { words: string; where: string }[];
  /** How many more clauses the page quotes than the poster. */
  moreQuotes?: number;
  source: string;
  /** When the site last checked it, and for which period the rules apply: said on the poster, which travels without the page. */
  when: string;
  /** The page's address: the QR code opens it, and it is printed beside the code. */
  url: string;
  qr: QrModules;
  site: string;
}

const quoteBlock = (words: string, where: string): Block => {
  const lines = wrapText(`“${words}”`, per(24) - 1);
  const text = textLines(lines, 24, { x: PAD + 18 });
  const under = textLines(wrapText(where, per(19) - 1), 19, { fill: MUTED, x: PAD + 18 });
  return {
    height: text.height + under.height + 8,
    svg: (y) =>
      `<rect x="${PAD}" y="${y}" width="5" height="${text.height + under.height + 8}" fill="${ACCENT}"/>` + text.svg(y) + under.svg(y + text.height + 8),
  };
};

const qrBlock = (poster: Poster): Block => {
  const x = PAD + QR_SIDE + 28;
  const room = POSTER_WIDTH - PAD - x;
  const text = [
    textLines(['长按识别二维码', '或用手机扫码打开本页，', '看原文、出处和更新。'], 22, { x }),
    // An address is Latin type: about 0.6 em a character at 20 px, here counted as 0.55 of a 20-unit em less one.
    textLines(wrapText(poster.url, Math.floor(room / 20) - 2), 20, { fill: MUTED, x }),
  ];
  return {
    height: Math.max(QR_SIDE, text[0]!.height + text[1]!.height + 12),
    svg: (y) => qrPath(poster.qr, PAD, y, QR_SIDE) + text[0]!.svg(y) + text[1]!.svg(y + text[0]!.height + 12),
  };
};

/** The key facts, each after a bullet in its own column, so a wrapped fact's next line starts under its text, not under the bullet. */
const factsBlock = (facts: string[]): Block => {
  const size = 26;
  const indent = 30;
  const items = facts.map((f) => textLines(wrapText(f, per(size) - 1.2), size, { gap: 1.45, x: PAD + indent }));
  return {
    height: items.reduce((h, t) => h + t.height, 0),
    svg: (y) => {
      let top = y;
      return items
        .map((t) => {
          const svg = textLines(['·'], size, { gap: 1.45 }).svg(top) + t.svg(top);
          top += t.height;
          return svg;
        })
        .join('');
    },
  };
};

const rule = (): Block => ({ height: 2, svg: (y) => `<rect x="${PAD}" y="${y}" width="${POSTER_WIDTH - 2 * PAD}" height="2" fill="#d5d8dc"/>` });

/** The poster as SVG, POSTER_WIDTH wide and as tall as it needs. */
export function posterPicture(poster: Poster): string {
  const blocks: Block[] = [
    textLines([poster.site], 26, { weight: 700, fill: ACCENT }),
    textLines(wrapText(poster.kind, per(22)), 22, { fill: MUTED }),
    textLines(wrapText(poster.title, per(40)), 40, { weight: 700, gap: 1.3 }),
  ];
  if (poster.subtitle) blocks.push(textLines(wrapText(poster.subtitle, per(22)), 22, { fill: MUTED }));
  for (const panel of poster.panels ?? []) {
    if (panel.title) blocks.push(textLines([panel.title], 24, { weight: 700 }));
    blocks.push(barsBlock(panel.data, POSTER_WIDTH));
  }
  if (poster.facts.length > 0) blocks.push(factsBlock(poster.facts));
  for (const note of poster.notes ?? []) blocks.push(textLines(wrapText(note, per(20)), 20, { fill: MUTED }));
  if (poster.quotes.length > 0) {
    blocks.push(rule(), textLines(['原文'], 22, { weight: 700 }));
    for (const q of poster.quotes) blocks.push(quoteBlock(q.words, q.where));
    if (poster.moreQuotes) blocks.push(textLines([`另有${poster.moreQuotes}处原文，见本页。`], 20, { fill: MUTED }));
  }
  blocks.push(
    textLines(wrapText(poster.source, per(20)), 20, { fill: MUTED }),
    textLines(wrapText(poster.when, per(20)), 20, { fill: MUTED }),
    rule(),
    qrBlock(poster),
    textLines(wrapText('以官方发布为准。本站不是官方发布渠道。', per(22)), 22, { weight: 700, fill: WARN }),
    textLines([poster.site], 22, { weight: 700, fill: ACCENT }),
  );
  return stack(blocks, 18, undefined, POSTER_WIDTH);
}

/** A chart's figures as poster lines, for charts that are not bars (tiles, rules). */
export const figureLines = (panels: { title?: string; data: BarDatum[] }[]): string[] =>
  panels.flatMap((p) => p.data.map((d) => `${p.title ? `${p.title}：` : ''}${d.label}：${valueText(d)}`));
