import type { AstroIntegration } from 'astro';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPng } from '../data/png.ts';
import { pictureJob } from '../lib/web/pictures.ts';

/** Pictures in hand at once (SVG text and PNG bytes): enough to keep every picture worker busy. */
const IN_FLIGHT = 16;
/**
 * The SVGs this large are drawn first, one at a time, while no other picture is (at national scale
 * the map and the charts by city: at 16 million pixels a worker of about 450 MB, while the process
 * still holds what the pages left; drawn beside others, the build went over 2 GB).
 */
const LARGE_SVG = 256 * 1024;

/**
 * After the build: every SVG the pages wrote that src/lib/web/pictures.ts lists (share cards,
 * posters, charts, the map) becomes its PNG, drawn in the picture workers (src/data/png.ts), the
 * largest first, those over LARGE_SVG alone; an SVG that is not to be published
 * is then removed. Nothing is drawn while pages are written, and no picture waits in a temporary file.
 * `PICTURES=svg` leaves the SVGs as they are and draws nothing: for a build whose checks look at no
 * picture (the tests' builds of a next year's list), never for one to publish, whose pages link the PNGs.
 */
export function pictures(): AstroIntegration {
  return {
    name: 'pictures',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PICTURES === 'svg') {
          logger.warn('PICTURES=svg：未生成 PNG 图片，页面引用的图片不存在；这次构建不能发布。');
          return;
        }
        const root = fileURLToPath(dir);
        const found = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((f) => f.endsWith('.svg'));
        const jobs = found.flatMap((file) => {
          const job = pictureJob(file.split(sep).join('/'));
          return job ? [{ file: join(root, file), ...job }] : [];
        });
        const sizes = new Map(await Promise.all(jobs.map(async (j) => [j.file, (await stat(j.file)).size] as const)));
        jobs.sort((a, b) => sizes.get(b.file)! - sizes.get(a.file)!);
        const started = performance.now();
        /** Draws `list` in order, `lanes` pictures in hand at a time. */
        const drawAll = async (list: typeof jobs, lanes: number) => {
          let next = 0;
          const work = async () => {
            while (next < list.length) {
              const job = list[next++]!;
              const svg = await readFile(job.file, 'utf8');
              const width = job.width ?? Number(/width="(\d+)"/.exec(svg)?.[1]);
              await writeFile(join(root, job.png), await renderPng(svg, width, job.png, job.glyphs));
              if (!job.keepSvg) await rm(job.file);
            }
          };
          await Promise.all(Array.from({ length: lanes }, work));
        };
        // The large pictures first, one at a time and alone: each takes its worker to hundreds of MB.
        const isLarge = (j: (typeof jobs)[number]) => sizes.get(j.file)! > LARGE_SVG;
        await drawAll(jobs.filter(isLarge), 1);
        await drawAll(
          jobs.filter((j) => !isLarge(j)),
          IN_FLIGHT,
        );
        if (jobs.length > 0) logger.info(`${jobs.length} 张图片（PNG），${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
