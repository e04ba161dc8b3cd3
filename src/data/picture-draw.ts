import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { splitText } from '../lib/geometry/text-runs.ts';
import { MAX_PIXELS } from '../lib/web/png-encode.ts';
import { GlyphPainter, type Drawn } from './glyphs.ts';

// Drawing a picture's SVG to pixels in a picture worker (src/data/png-worker.ts), with resvg
// (WebAssembly) and Noto Sans SC from npm (regular and bold), never a system or network font. A
// share card's or poster's text is painted from glyph masks (src/data/glyphs.ts) onto what resvg
// drew of the rest; any picture the masks cannot paint, resvg draws whole.
const require = createRequire(import.meta.url);
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
// The regular and bold faces: the pictures' titles and figures are bold (font-weight 700).
const faces = {
  regular: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf')),
  bold: readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')),
};

/** A picture to draw: its SVG, the width to draw it at, its font's family, and whether glyph masks may paint its text. */
export interface DrawJob {
  svg: string;
  width: number;
  fontFamily: string;
  glyphs: boolean;
}

/** Pixels drawn, and the width drawn at when the picture was too large for the width asked. */
export type Drawing = Drawn & { reducedTo: number | undefined };

/**
 * The SVG drawn by resvg `width` pixels wide, or narrower when that would be over MAX_PIXELS; with
 * the font only when the SVG has text (copying the font into resvg is a good part of a small picture's time).
 */
function draw(svg: string, width: number, fontFamily: string): Drawing {
  const withFont = svg.includes('<text');
  const make = (w: number) =>
    new Resvg(svg, {
      font: withFont ? { fontBuffers: [faces.regular, faces.bold], loadSystemFonts: false, defaultFontFamily: fontFamily } : { loadSystemFonts: false },
      fitTo: { mode: 'width', value: w },
    });
  let image = make(width);
  let reducedTo: number | undefined;
  if (width * Math.round((width * image.height) / image.width) > MAX_PIXELS) {
    reducedTo = Math.floor(Math.sqrt((MAX_PIXELS * image.width) / image.height));
    image.free();
    image = make(reducedTo);
  }
  const rendered = image.render();
  const drawing = { pixels: rendered.pixels, width: rendered.width, height: rendered.height, reducedTo };
  rendered.free();
  image.free();
  return drawing;
}

/** A painter of glyph masks with the pictures' faces (a worker keeps one for its life). */
export const glyphPainter = (fontFamily: string): GlyphPainter => new GlyphPainter(faces, (svg, w) => draw(svg, w, fontFamily));

let shared: GlyphPainter | null = null;

/** The glyph masks this worker has drawn so far (for the tests). */
export const masksDrawn = (): number => shared?.drawn ?? 0;

/**
 * The picture as pixels: its text painted from glyph masks where the job allows and the masks can,
 * else all by resvg. `painter`: the worker's own unless the tests give another.
 */
export function drawPicture({ svg, width, fontFamily, glyphs }: DrawJob, painter?: GlyphPainter): Drawing {
  const parts = glyphs ? splitText(svg) : null;
  if (parts) {
    const rest = draw(parts.rest, width, fontFamily);
    const masks = painter ?? (shared ??= glyphPainter(fontFamily));
    if (masks.paint(rest, parts.runs, rest.width / parts.width)) return rest;
  }
  return draw(svg, width, fontFamily);
}
