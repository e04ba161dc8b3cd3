import { Blob, Buffer as GlyphBuffer, Face, Font, shape } from 'harfbuzzjs';
import type { TextRun } from '../lib/geometry/text-runs.ts';

// Paints the text of share cards and posters onto what resvg drew of the rest, glyph by glyph, in a
// picture worker (src/data/picture-draw.ts). HarfBuzz, of which resvg's shaper is a port, shapes each
// line as resvg would; each glyph's outline (from HarfBuzz) is drawn by resvg once per size and
// sub-pixel position, alone, and kept as a coverage mask. At national scale the same few hundred
// glyphs make up thousands of posters, and resvg drawing every glyph of every picture anew was most
// of the build's time. The tests compare whole pictures with resvg's own drawing.

/** Positions are rounded to 1/16 px: the masks then differ from resvg's own drawing by less than the eye sees. */
const STEPS = 16;

/** A glyph's coverage (0–255), cropped to its ink, placed relative to the whole pixel of its pen position. */
interface Mask {
  left: number;
  top: number;
  width: number;
  alpha: Uint8Array;
}

/** A face of the font: HarfBuzz's font object, its units per em, and its glyphs' outlines as drawn so far. */
interface FaceOf {
  font: Font;
  upem: number;
  outlines: Map<number, string>;
}

/** A glyph to paint: its mask's key, face, glyph and size in px, its pen's whole pixel (x, y) and sixteenths (fx, fy), and its colour. */
interface Placed {
  key: string;
  face: FaceOf;
  glyph: number;
  size: number;
  x: number;
  y: number;
  fx: number;
  fy: number;
  fill: readonly [number, number, number];
}

/** An RGBA drawing: what resvg renders an SVG to. */
export interface Drawn {
  pixels: Uint8Array;
  width: number;
  height: number;
}

/** Splits a position into its whole pixel and its sixteenths. */
function split(v: number): [number, number] {
  let whole = Math.floor(v);
  let steps = Math.round((v - whole) * STEPS);
  if (steps === STEPS) [whole, steps] = [whole + 1, 0];
  return [whole, steps];
}

/** A worker's painter: its faces, the masks it has drawn (kept for the worker's life), and HarfBuzz's buffer. */
export class GlyphPainter {
  /** The faces by the weight a run names (null: the regular). */
  readonly #faces: Map<number | null, FaceOf>;
  readonly #buffer = new GlyphBuffer();
  readonly #masks = new Map<string, Mask>();
  #drawn = 0;

  readonly #draw: (svg: string, width: number) => Drawn;

  /**
   * `faces`: the font's regular and bold faces, as resvg draws the pictures' text with them (a run
   * of another weight is left to resvg); `draw`: resvg drawing an SVG (of paths only) at its own size.
   */
  constructor(faces: { regular: Uint8Array; bold: Uint8Array }, draw: (svg: string, width: number) => Drawn) {
    this.#draw = draw;
    const load = (bytes: Uint8Array): FaceOf => {
      const face = new Face(new Blob(bytes.slice().buffer));
      const font = new Font(face);
      font.setScale(face.upem, face.upem);
      return { font, upem: face.upem, outlines: new Map() };
    };
    this.#faces = new Map([
      [null, load(faces.regular)],
      [700, load(faces.bold)],
    ]);
  }

  /** How many masks it has drawn, for the tests. */
  get drawn(): number {
    return this.#drawn;
  }

  #shape(face: FaceOf, text: string) {
    this.#buffer.reset();
    this.#buffer.addText(text);
    this.#buffer.guessSegmentProperties();
    shape(face.font, this.#buffer);
    return { infos: this.#buffer.getGlyphInfos(), positions: this.#buffer.getGlyphPositions() };
  }

  /** A glyph's outline as SVG path data, in font units with y upwards. */
  #outline(face: FaceOf, glyph: number): string {
    let d = face.outlines.get(glyph);
    if (d === undefined) face.outlines.set(glyph, (d = face.font.glyphToPath(glyph)));
    return d;
  }

  /**
   * Each glyph of the runs with its mask's key and position; null when a line's glyphs are not one
   * per character (resvg then draws the picture), or a character is not in the font.
   */
  #place(runs: readonly TextRun[], scale: number): Placed[] | null {
    const placed: Placed[] = [];
    for (const run of runs) {
      const face = this.#faces.get(run.weight);
      if (!face) return null;
      const size = run.size * scale;
      const unit = size / face.upem;
      const { infos, positions } = this.#shape(face, run.text);
      const starts: number[] = [];
      for (let i = 0; i < run.text.length; i += run.text.codePointAt(i)! > 0xffff ? 2 : 1) starts.push(i);
      if (infos.length !== starts.length) return null;
      let pen = run.x * scale;
      const [y, fy] = split(run.y * scale);
      for (let i = 0; i < infos.length; i++) {
        const { codepoint: glyph, cluster } = infos[i]!;
        if (glyph === 0 || cluster !== starts[i] || positions[i]!.yOffset !== 0) return null;
        const [x, fx] = split(pen + positions[i]!.xOffset * unit);
        placed.push({ key: `${run.weight ?? 400} ${glyph} ${size} ${fx} ${fy}`, face, glyph, size, x, y, fx, fy, fill: run.fill });
        pen += positions[i]!.xAdvance * unit;
      }
    }
    return placed;
  }

  /**
   * A glyph's mask, drawn by resvg alone in its own small picture, so that it is the same whatever
   * was drawn before it (on a shared sheet, a glyph's place changed its antialiasing by a level or
   * two, and with it the PNG's bytes from one build to the next); null when its ink reached the
   * picture's edge (it may have been cut off).
   */
  #drawMask(g: Placed): Mask | null {
    const w = Math.ceil(g.size * 2) + 8;
    const h = Math.ceil(g.size * 2.2) + 8;
    const ox = Math.ceil(g.size * 0.5) + 4;
    const base = Math.ceil(g.size * 1.5) + 4;
    const k = g.size / g.face.upem;
    const drawn = this.#draw(
      `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><path transform="translate(${ox + g.fx / STEPS} ${base + g.fy / STEPS}) scale(${k} ${-k})" d="${this.#outline(g.face, g.glyph)}"/></svg>`,
      w,
    );
    const coverage = (x: number, y: number) => drawn.pixels[(y * w + x) * 4 + 3]!;
    // The ink's bounds.
    let x0 = w;
    let y0 = h;
    let x1 = -1;
    let y1 = -1;
    for (let j = 0; j < h; j++)
      for (let i = 0; i < w; i++)
        if (coverage(i, j) > 0) {
          x0 = Math.min(x0, i);
          x1 = Math.max(x1, i);
          y0 = Math.min(y0, j);
          y1 = Math.max(y1, j);
        }
    if (x1 >= 0 && (x0 === 0 || y0 === 0 || x1 === w - 1 || y1 === h - 1)) return null;
    const mw = Math.max(0, x1 - x0 + 1);
    const alpha = new Uint8Array(mw * Math.max(0, y1 - y0 + 1));
    for (let j = y0; j <= y1; j++) for (let i = x0; i <= x1; i++) alpha[(j - y0) * mw + i - x0] = coverage(i, j);
    this.#drawn++;
    return { left: x0 - ox, top: y0 - base, width: mw, alpha };
  }

  /**
   * Paints the runs (in the picture's units, drawn `scale` times as large) onto `image`, which holds
   * the rest of the picture as resvg drew it (premultiplied RGBA). Returns false, having painted
   * nothing, when some glyph cannot be painted this way: resvg then draws the picture whole.
   */
  paint(image: Drawn, runs: readonly TextRun[], scale: number): boolean {
    const placed = this.#place(runs, scale);
    if (!placed) return false;
    for (const g of placed) {
      if (this.#masks.has(g.key)) continue;
      const mask = this.#drawMask(g);
      if (!mask) return false;
      this.#masks.set(g.key, mask);
    }
    const { pixels, width, height } = image;
    for (const g of placed) {
      const mask = this.#masks.get(g.key)!;
      const [r, gr, b] = g.fill;
      for (let j = 0, rows = mask.alpha.length / (mask.width || 1); j < rows; j++) {
        const py = g.y + mask.top + j;
        if (py < 0 || py >= height) continue;
        for (let i = 0; i < mask.width; i++) {
          const a = mask.alpha[j * mask.width + i]!;
          const px = g.x + mask.left + i;
          if (a === 0 || px < 0 || px >= width) continue;
          const o = (py * width + px) * 4;
          const keep = 255 - a;
          pixels[o] = Math.round((r * a + pixels[o]! * keep) / 255);
          pixels[o + 1] = Math.round((gr * a + pixels[o + 1]! * keep) / 255);
          pixels[o + 2] = Math.round((b * a + pixels[o + 2]! * keep) / 255);
          pixels[o + 3] = Math.round((255 * a + pixels[o + 3]! * keep) / 255);
        }
      }
    }
    return true;
  }
}
