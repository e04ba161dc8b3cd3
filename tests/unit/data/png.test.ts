import { describe, expect, it } from 'vitest';

// One picture worker (the pool reads PICTURE_WORKERS when it starts), and room for its start-up:
// under a loaded suite a worker loading resvg and the fonts took longer than Vitest's default 5 s.
process.env['PICTURE_WORKERS'] = '1';
const { pictureWorkersStarted, renderPng, RETIRE_AFTER_PIXELS, RETIRE_AFTER_SVG_CHARS } = await import('../../../src/data/png.ts');

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return [view.getUint32(16), view.getUint32(20)];
};
const picture = (width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"><rect width="${width}" height="${height}" fill="#0b5394"/></svg>`;

describe('renderPng (the picture workers)', () => {
  it('draws pictures at the width asked, the height following the proportions', async () => {
    const [a, b] = await Promise.all([renderPng(picture(400, 200), 300, 'a'), renderPng(picture(100, 100), 50, 'b')]);
    expect(size(a)).toEqual([300, 150]);
    expect(size(b)).toEqual([50, 50]);
  }, 30_000);

  it('replaces a worker after a very large picture, and the pictures after it are still drawn', async () => {
    const before = pictureWorkersStarted();
    const side = Math.ceil(Math.sqrt(RETIRE_AFTER_PIXELS)) + 100;
    const big = await renderPng(picture(side, side), side, 'big');
    expect(size(big)).toEqual([side, side]);
    const after = await Promise.all(Array.from({ length: 5 }, (_, i) => renderPng(picture(200, 100), 100 + i, `small-${i}`)));
    expect(after.map(size)).toEqual(Array.from({ length: 5 }, (_, i) => [100 + i, Math.round((100 + i) / 2)]));
    expect(pictureWorkersStarted()).toBe(before + 1);
  }, 30_000);

  it('replaces a worker after a picture with a very large drawing but few pixels, and not after a small one', async () => {
    const before = pictureWorkersStarted();
    const shapes = Array.from(
      { length: Math.ceil(RETIRE_AFTER_SVG_CHARS / 50) },
      (_, i) => `<rect x="${i % 200}" y="${(i * 7) % 100}" width="1" height="1" fill="#333"/>`,
    );
    const busy = `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100">${shapes.join('')}</svg>`;
    expect(busy.length).toBeGreaterThan(RETIRE_AFTER_SVG_CHARS);
    await renderPng(picture(200, 100), 200, 'small');
    expect(pictureWorkersStarted()).toBe(before);
    expect(size(await renderPng(busy, 200, 'busy'))).toEqual([200, 100]);
    const after = await Promise.all(Array.from({ length: 3 }, (_, i) => renderPng(picture(200, 100), 100, `after-${i}`)));
    expect(after.map(size)).toEqual(Array.from({ length: 3 }, () => [100, 50]));
    expect(pictureWorkersStarted()).toBe(before + 1);
  }, 30_000);
});
