// The text of a share card or poster (src/lib/geometry/picture.ts) as runs that the picture workers
// paint glyph by glyph (src/data/glyphs.ts), while resvg draws the rest of the picture. The runs are
// taken only in the one form picture.ts writes them; a picture with text in any other form (anchored,
// inside a group, spaced or styled otherwise) gives null and resvg draws it whole.
import { unescapeHtml } from '../web/html.ts';

/** One line of text: where its baseline starts, its size, weight and colour, and its characters. */
export interface TextRun {
  x: number;
  y: number;
  size: number;
  /** 700 for bold; null for the regular weight. */
  weight: number | null;
  fill: readonly [number, number, number];
  text: string;
}

const ROOT = /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="(\d+)" height="(\d+)" viewBox="0 0 (\d+) (\d+)" font-family="[^"<>]+">/;
const RUN = /<text x="(-?\d+(?:\.\d+)?)" y="(-?\d+(?:\.\d+)?)" font-size="(\d+(?:\.\d+)?)"(?: font-weight="(\d+)")? fill="#([0-9a-f]{6})">([^<]*)<\/text>/y;
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;

/**
 * The picture without its text (for resvg) and its text as runs, with the picture's width and height;
 * null when the root is not as picture.ts writes it, or when some text is not a plain run directly
 * under the root: resvg then draws the picture whole. A run's characters must be as resvg lays them
 * out (no leading, trailing or repeated white space, which SVG collapses).
 */
export function splitText(svg: string): { rest: string; runs: TextRun[]; width: number; height: number } | null {
  const root = ROOT.exec(svg);
  if (!root || root[1] !== root[3] || root[2] !== root[4] || !svg.endsWith('</svg>')) return null;
  const runs: TextRun[] = [];
  const kept: string[] = [];
  let depth = 0;
  let from = 0;
  for (let match = ((TAG.lastIndex = 0), TAG.exec(svg)); match; match = TAG.exec(svg)) {
    const [, closing, name, selfClosing] = match;
    if (name === 'text' && !closing) {
      RUN.lastIndex = match.index;
      const run = RUN.exec(svg);
      const raw = run?.[6];
      if (!run || raw === undefined || depth !== 1 || /&(?!(?:amp|lt|gt|quot|apos);)/.test(raw)) return null;
      const text = unescapeHtml(raw);
      if (/^\s|\s$|\s\s|[\t\n\r]/.test(text)) return null;
      const [, x, y, size, weight, fill] = run;
      runs.push({
        x: Number(x),
        y: Number(y),
        size: Number(size),
        weight: weight ? Number(weight) : null,
        fill: [0, 2, 4].map((i) => parseInt(fill!.slice(i, i + 2), 16)) as [number, number, number],
        text,
      });
      kept.push(svg.slice(from, match.index));
      from = RUN.lastIndex;
      TAG.lastIndex = RUN.lastIndex;
      continue;
    }
    if (name === 'text' || name === 'tspan') return null;
    if (closing) depth--;
    else if (!selfClosing) depth++;
  }
  if (depth !== 0) return null;
  kept.push(svg.slice(from));
  return { rest: kept.join(''), runs, width: Number(root[1]), height: Number(root[2]) };
}
