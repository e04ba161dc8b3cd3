import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodePng } from '../../../../src/lib/web/png-encode.ts';

/** The chunks of a PNG, each checked against its CRC. */
function chunks(png: Buffer) {
  const out: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(crc32(png.subarray(at + 4, at + 8 + length)));
    out.push({ type, data });
    at += 12 + length;
  }
  return out;
}

describe('encodePng', () => {
  const pixel = (r: number, g: number, b: number, a = 255) => [r, g, b, a];

  it('writes an opaque picture as RGB whose rows inflate back to the pixels', () => {
    const rgba = Uint8Array.from([
      ...pixel(255, 0, 0),
      ...pixel(0, 255, 0),
      ...pixel(0, 0, 255),
      ...pixel(9, 8, 7),
      ...pixel(1, 2, 3),
      ...pixel(250, 251, 252),
    ]);
    const png = encodePng(3, 2, rgba);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const [ihdr, idat, iend] = chunks(png);
    expect([ihdr?.type, idat?.type, iend?.type]).toEqual(['IHDR', 'IDAT', 'IEND']);
    expect([ihdr!.data.readUInt32BE(0), ihdr!.data.readUInt32BE(4), ihdr!.data[8], ihdr!.data[9]]).toEqual([3, 2, 8, 2]);
    expect([...inflateSync(idat!.data)]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 9, 8, 7, 1, 2, 3, 250, 251, 252]);
  });

  it('keeps the alpha channel when any pixel is not opaque', () => {
    const png = encodePng(1, 2, Uint8Array.from([...pixel(1, 2, 3), ...pixel(4, 5, 6, 128)]));
    const [ihdr, idat] = chunks(png);
    expect(ihdr!.data[9]).toBe(6);
    expect([...inflateSync(idat!.data)]).toEqual([0, 1, 2, 3, 255, 0, 4, 5, 6, 128]);
  });

  it('says so when the pixels do not fill the picture', () => {
    expect(() => encodePng(2, 2, new Uint8Array(12))).toThrow(/应为 2×2×4/);
  });
});
