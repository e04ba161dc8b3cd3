import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { encodePng, MAX_PIXELS } from '../lib/web/png-encode.ts';

// One of the build's picture workers (src/data/png.ts): SVG in, PNG out, with resvg (WebAssembly)
// and Noto Sans SC from npm, never a system or network font. Plain Node, not bundled by Vite.
const require = createRequire(import.meta.url);
await initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
const font = readFileSync(require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'));

export interface PngJob {
  id: number;
  svg: string;
  width: number;
  fontFamily: string;
}

parentPort?.on('message', ({ id, svg, width, fontFamily }: PngJob) => {
  try {
    const draw = (w: number) =>
      new Resvg(svg, { font: { fontBuffers: [font], loadSystemFonts: false, defaultFontFamily: fontFamily }, fitTo: { mode: 'width', value: w } });
    let image = draw(width);
    let reducedTo: number | undefined;
    if (width * Math.round((width * image.height) / image.width) > MAX_PIXELS) {
      reducedTo = Math.floor(Math.sqrt((MAX_PIXELS * image.width) / image.height));
      image.free();
      image = draw(reducedTo);
    }
    const rendered = image.render();
    const pixels = rendered.width * rendered.height;
    const png = encodePng(rendered.width, rendered.height, rendered.pixels);
    rendered.free();
    image.free();
    const bytes = new Uint8Array(png);
    parentPort?.postMessage({ id, png: bytes, reducedTo, pixels }, [bytes.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
