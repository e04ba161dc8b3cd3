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
 * A PNG of RGBA pixels (8 bits a channel, rows top to bottom), written with Node's own zlib: RGB
 * when every pixel is opaque, RGBA otherwise; no row filter; deflate level 3, which on the site's
 * flat pictures is as small as resvg's own encoder and about five times faster (that encoder was
 * most of a build's time at national scale).
 */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng：像素数据长 ${rgba.length}，应为 ${width}×${height}×4`);
  let opaque = true;
  for (let i = 3; i < rgba.length; i += 4)
    if (rgba[i] !== 255) {
      opaque = false;
      break;
    }
  const channels = opaque ? 3 : 4;
  const stride = width * channels;
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
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = opaque ? 2 : 6; // colour type: truecolour, or truecolour with alpha
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 3, strategy: constants.Z_DEFAULT_STRATEGY })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
