import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';

/**
 * The pixels of a PNG as the build writes them (src/lib/web/png-encode.ts: 8 bits a channel or a
 * palette index, RGB, RGBA or a palette of RGB, every row unfiltered), as RGBA for a QR decoder. Any
 * other PNG is refused, not misread.
 */
export function readPng(path: string): { width: number; height: number; rgba: Uint8ClampedArray } {
  const bytes = readFileSync(path);
  if (bytes.subarray(1, 4).toString('latin1') !== 'PNG') throw new Error(`${path} 不是 PNG`);
  let width = 0;
  let height = 0;
  let channels = 0;
  let palette: Buffer | null = null;
  const data: Buffer[] = [];
  for (let at = 8; at < bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.subarray(at + 4, at + 8).toString('latin1');
    const body = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || (body[9] !== 2 && body[9] !== 3 && body[9] !== 6)) throw new Error(`${path}：只读 8 位 RGB/RGBA/调色板`);
      channels = body[9] === 2 ? 3 : body[9] === 3 ? 1 : 4;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'IDAT') data.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const rgba = new Uint8ClampedArray(width * height * 4);
  const stride = width * channels + 1;
  for (let y = 0; y < height; y++) {
    if (raw[y * stride] !== 0) throw new Error(`${path}：第 ${y} 行用了过滤器 ${raw[y * stride]}，本函数只读未过滤的行`);
    for (let x = 0; x < width; x++) {
      const d = (y * width + x) * 4;
      if (channels === 1) {
        const i = raw[y * stride + 1 + x]! * 3;
        if (!palette || i + 3 > palette.length) throw new Error(`${path}：调色板里没有第 ${i / 3} 种颜色`);
        rgba.set([palette[i]!, palette[i + 1]!, palette[i + 2]!, 255], d);
        continue;
      }
      const s = y * stride + 1 + x * channels;
      rgba[d] = raw[s]!;
      rgba[d + 1] = raw[s + 1]!;
      rgba[d + 2] = raw[s + 2]!;
      rgba[d + 3] = channels === 4 ? raw[s + 3]! : 255;
    }
  }
  return { width, height, rgba };
}
