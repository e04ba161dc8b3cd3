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

  it('writes an opaque picture of at most 256 colours as a palette, in the order the colours appear, whose indices inflate back to the pixels', () => {
    const rgba = Uint8Array.from([
      ...pixel(255, 255, 255),
      ...pixel(11, 83, 148),
      ...pixel(255, 255, 255),
      ...pixel(9, 8, 7),
      ...pixel(11, 83, 148),
      ...pixel(250, 251, 252),
    ]);
    const png = encodePng(3, 2, rgba);
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const [ihdr, plte, idat, iend] = chunks(png);
    expect([ihdr?.type, plte?.type, idat?.type, iend?.type]).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([ihdr!.data.readUInt32BE(0), ihdr!.data.readUInt32BE(4), ihdr!.data[8], ihdr!.data[9]]).toEqual([3, 2, 8, 3]);
    expect([...plte!.data]).toEqual([255, 255, 255, 11, 83, 148, 9, 8, 7, 250, 251, 252]);
    expect([...inflateSync(idat!.data)]).toEqual([0, 0, 1, 0, 0, 2, 1, 3]);
  });

  it('writes an opaque picture of more than 256 colours as RGB whose rows inflate back to the pixels', () => {
    const rgba = Array.from({ length: 17 * 16 }, (_, i) => pixel(i % 256, Math.floor(i / 256), 7)).flat();
    const png = encodePng(17, 16, Uint8Array.from(rgba));
    const [ihdr, idat] = chunks(png);
    expect([ihdr!.data[9], idat!.type]).toEqual([2, 'IDAT']);
    const raw = inflateSync(idat!.data);
    expect(raw.length).toBe((17 * 3 + 1) * 16);
    expect([...raw.subarray(0, 7)]).toEqual([0, 0, 0, 7, 1, 0, 7]);
    expect([...raw.subarray(15 * 52 + 1 + 16 * 3, 15 * 52 + 1 + 17 * 3)]).toEqual([271 % 256, 1, 7]);
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
