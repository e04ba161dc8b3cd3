import { constants, crc32, deflateSync } from 'node:zlib';

/**
 * The most pixels one picture may have. A chart of every city of a national-size list is tens of
 * thousands of pixels tall at 1200 wide, and drawing several of those at once took gigabytes; such
 * a picture is drawn narrower, within this budget, and the build says so.
 */
export const MAX_PIXELS = 16_000_000;

const SIGNATURE = Uint8Array.of(137, 80, 78, 71, 13, 10, 26, 10);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * An opaque picture's pixels as palette indices (one byte a pixel, each row after its filter byte
 * 0) and the palette's colours as RGB, in the order they first appear; null when it has more than
 * 256 colours. A share card or poster has about a hundred (a few inks, antialiased on white).
 */
function toPalette(width: number, height: number, rgba: Uint8Array): { raw: Buffer; palette: Buffer } | null {
  const pixels = rgba.byteOffset % 4 === 0 ? new Uint32Array(rgba.buffer, rgba.byteOffset, width * height) : new Uint32Array(rgba.slice().buffer);
  const index = new Map<number, number>();
  const palette = Buffer.alloc(256 * 3);
  const raw = Buffer.allocUnsafe((width + 1) * height);
  let last = -1;
  let lastIndex = 0;
  for (let y = 0, p = 0; y < height; y++) {
    let d = y * (width + 1);
    raw[d++] = 0; // filter type None
    for (let x = 0; x < width; x++, p++) {
      const colour = pixels[p]!;
      if (colour !== last) {
        let i = index.get(colour);
        if (i === undefined) {
          if (index.size === 256) return null;
          index.set(colour, (i = index.size));
          palette.set(rgba.subarray(p * 4, p * 4 + 3), i * 3);
        }
        last = colour;
        lastIndex = i;
      }
      raw[d++] = lastIndex;
    }
  }
  return { raw, palette: palette.subarray(0, index.size * 3) };
}

/** The pixels as PNG rows of RGB (opaque) or RGBA, each after its filter byte 0. */
function truecolourRows(width: number, height: number, rgba: Uint8Array, opaque: boolean): Buffer {
  const stride = width * (opaque ? 3 : 4);
  // Every byte is written below (a row's filter byte, then its pixels), so the buffer need not be zeroed first.
  const raw = Buffer.allocUnsafe((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    raw[row] = 0; // filter type None
    if (!opaque) {
      raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), row + 1);
      continue;
    }
    for (let s = y * width * 4, end = s + width * 4, d = row + 1; s < end; s += 4, d += 3) {
      raw[d] = rgba[s]!;
      raw[d + 1] = rgba[s + 1]!;
      raw[d + 2] = rgba[s + 2]!;
    }
  }
  return raw;
}

/**
 * A PNG of RGBA pixels (8 bits a channel, rows top to bottom), written with Node's own zlib, without
 * losing a pixel: a palette of at most 256 colours when every pixel is opaque and there are no more
 * (a poster's file is then about 40% smaller, and as quick to write), RGB when opaque with more, RGBA
 * otherwise; no row filter; deflate level 3, which on the site's flat pictures is as small as resvg's
 * own encoder and about five times faster (that encoder was most of a build's time at national scale).
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng：像素数据长 ${rgba.length}，应为 ${width}×${height}×4`);
  let opaque = true;
  for (let i = 3; i < rgba.length; i += 4)
    if (rgba[i] !== 255) {
      opaque = false;
      break;
    }
  const indexed = opaque ? toPalette(width, height, rgba) : null;
  const raw = indexed?.raw ?? truecolourRows(width, height, rgba, opaque);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel (per index, for a palette)
  header[9] = indexed ? 3 : opaque ? 2 : 6; // colour type: palette, truecolour, or truecolour with alpha
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(indexed ? [chunk('PLTE', indexed.palette)] : []),
    chunk('IDAT', deflateSync(raw, { level: 3, strategy: constants.Z_DEFAULT_STRATEGY })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
