import { parentPort } from 'node:worker_threads';
import { encodePng } from '../lib/web/png-encode.ts';
import { drawPicture, type DrawJob } from './picture-draw.ts';

// One of the build's picture workers (src/data/png.ts): SVG in (drawn by src/data/picture-draw.ts),
// PNG out. Plain Node, not bundled by Vite.

export interface PngJob extends DrawJob {
  id: number;
}

parentPort?.on('message', (job: PngJob) => {
  try {
    const { pixels, width, height, reducedTo } = drawPicture(job);
    const bytes = new Uint8Array(encodePng(width, height, pixels));
    parentPort?.postMessage({ id: job.id, png: bytes, reducedTo, pixels: width * height }, [bytes.buffer]);
  } catch (error) {
    parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
