import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { PICTURE_FONT } from '../lib/picture.ts';
import { once } from './collections.ts';

// PNGs made at build from the pictures' SVG: resvg (WebAssembly, no system library) with Noto Sans
// SC from npm, never a system or network font, so every machine draws the same picture.
const require = createRequire(import.meta.url);

const ready = once(async () => {
  await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  return readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));
});

/** The SVG as a PNG at least `minWidth` pixels wide. */
export async function renderPng(svg: string, minWidth = 1200): Promise<Uint8Array<ArrayBuffer>> {
  const font = await ready();
  const image = new Resvg(svg, { font: { fontBuffers: [font], loadSystemFonts: false, defaultFontFamily: PICTURE_FONT }, fitTo: { mode: 'width', value: minWidth } });
  return new Uint8Array(image.render().asPng());
}
