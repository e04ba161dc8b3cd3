import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPng } from '../data/png.ts';

/** Posters in hand at once (SVG text and PNG bytes): enough to keep every picture worker busy. */
const IN_FLIGHT = 16;

/**
 * After the build: each poster the pages wrote as SVG (dist/posters/…/*.svg) becomes the PNG the
 * pages link, drawn in the picture workers (src/data/png.ts) at its own width (750 px), and the SVG
 * is removed. Nothing of this runs while pages are written, and no picture waits in a temporary file.
 */
export function posters(): AstroIntegration {
  return {
    name: 'posters',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = join(fileURLToPath(dir), 'posters');
        const files = (await readdir(root, { recursive: true, encoding: 'utf8' }).catch(() => [] as string[])).filter((f) => f.endsWith('.svg'));
        const started = performance.now();
        let next = 0;
        const work = async () => {
          while (next < files.length) {
            const file = join(root, files[next++]!);
            const svg = await readFile(file, 'utf8');
            const width = Number(/width="(\d+)"/.exec(svg)?.[1]);
            await writeFile(file.replace(/\.svg$/, '.png'), await renderPng(svg, width, `posters/${file.slice(root.length + 1)}`));
            await rm(file);
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, work));
        if (files.length > 0) logger.info(`${files.length} 张海报（PNG），${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
