import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { PICTURE_FONT } from '../lib/geometry/picture.ts';
import { MAX_PIXELS } from '../lib/web/png-encode.ts';
import type { PngJob } from './png-worker.ts';

// PNGs made at build from the pictures' SVG, in worker threads (src/data/png-worker.ts), so that
// pictures are drawn on every core while Astro writes pages on the main thread: at national scale
// the share pictures were most of the build. Each worker has at most two pictures in hand; the rest
// wait here as SVG text. Idle workers are unref'd and never keep the build alive.
// The worker file is loaded from the project's source by path (the build runs at the project root).
const WORKER_FILE = resolve('src/data/png-worker.ts');
const IN_HAND = 2;
// A worker's WebAssembly memory grows to the largest picture it has drawn and never shrinks: to its
// pixels, and to its drawing (resvg's tree of the SVG). After a picture with this many pixels (a
// chart of a national list) or this much SVG (the map of a national list, when it still named every
// institution: 5.8 MB of SVG took the worker's memory up by about 260 MB for 1.9 million pixels),
// the worker finishes what it holds and is replaced.
export const RETIRE_AFTER_PIXELS = 4_000_000;
export const RETIRE_AFTER_SVG_CHARS = 1_000_000;

interface Job extends PngJob {
  name: string;
  resolve: (png: Uint8Array<ArrayBuffer>) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  jobs: Map<number, Job>;
  /** Takes no more jobs, and is replaced once it has none (see RETIRE_AFTER_PIXELS and RETIRE_AFTER_SVG_CHARS). */
  retiring: boolean;
}

interface Pool {
  workers: Slot[];
  queue: Job[];
}

let pool: Pool | null = null;
let jobs = 0;
let started = 0;

/** How many picture workers this build has started (replacements included), for the tests. */
export const pictureWorkersStarted = (): number => started;

/** Hands waiting pictures to workers with room, and lets the build end when none has work. */
function dispatch(state: Pool) {
  for (const slot of state.workers.filter((s) => s.retiring && s.jobs.size === 0)) {
    state.workers = state.workers.map((s) => (s === slot ? spawn(state) : s));
    void slot.worker.terminate();
  }
  for (const slot of state.workers) {
    if (slot.retiring) continue;
    while (slot.jobs.size < IN_HAND && state.queue.length > 0) {
      const job = state.queue.shift()!;
      slot.jobs.set(job.id, job);
      slot.worker.postMessage({ id: job.id, svg: job.svg, width: job.width, fontFamily: job.fontFamily, glyphs: job.glyphs } satisfies PngJob);
    }
    if (slot.jobs.size > 0) slot.worker.ref();
    else slot.worker.unref();
  }
}

function spawn(state: Pool): Slot {
  const worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: 256 } });
  started++;
  const slot: Slot = { worker, jobs: new Map(), retiring: false };
  worker.on('message', (message: { id: number; png?: Uint8Array<ArrayBuffer>; reducedTo?: number; pixels?: number; error?: string }) => {
    const job = slot.jobs.get(message.id);
    if (message.reducedTo)
      console.warn(`[pictures] ${job?.name ?? '图片'}：按 ${job?.width ?? '?'} 像素宽超过 ${MAX_PIXELS / 1e6} 百万像素，改为 ${message.reducedTo} 像素宽。`);
    slot.jobs.delete(message.id);
    if ((message.pixels ?? 0) > RETIRE_AFTER_PIXELS || (job?.svg.length ?? 0) > RETIRE_AFTER_SVG_CHARS) slot.retiring = true;
    if (message.png) job?.resolve(message.png);
    else job?.reject(new Error(`PNG 生成失败：${message.error ?? '未知错误'}`));
    dispatch(state);
  });
  worker.on('error', (error) => {
    for (const job of slot.jobs.values()) job.reject(error);
    slot.jobs.clear();
    state.workers = state.workers.filter((s) => s !== slot);
    if (state.workers.length === 0) for (const job of state.queue.splice(0)) job.reject(error);
    dispatch(state);
  });
  return slot;
}

function startPool(): Pool {
  const state: Pool = { workers: [], queue: [] };
  // PICTURE_WORKERS caps the pool (the unit test uses one, so it does not compete with the suite).
  const cap = Number(process.env['PICTURE_WORKERS']) || availableParallelism();
  for (let i = 0; i < Math.max(1, Math.min(cap, availableParallelism())); i++) state.workers.push(spawn(state));
  return state;
}

/**
 * The SVG as a PNG `width` pixels wide (the height follows the picture's proportions; a picture
 * over MAX_PIXELS is drawn narrower, and the build names it). `glyphs`: its text may be painted from
 * the workers' glyph masks (src/data/glyphs.ts; see src/lib/web/pictures.ts for which pictures).
 */
export function renderPng(svg: string, width = 1200, name = '图片', glyphs = false): Promise<Uint8Array<ArrayBuffer>> {
  pool ??= startPool();
  const state = pool;
  return new Promise((resolvePng, reject) => {
    state.queue.push({ id: ++jobs, name, svg, width, fontFamily: PICTURE_FONT, glyphs, resolve: resolvePng, reject });
    dispatch(state);
  });
}
