import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { drawPicture, glyphPainter, masksDrawn, type Drawing } from '../../../src/data/picture-draw.ts';
import { cardPicture, PICTURE_FONT } from '../../../src/lib/geometry/picture.ts';
import { posterPicture, type Poster } from '../../../src/lib/geometry/poster.ts';

const url = 'https://zhijiao.example.org/schools/a/';
const poster: Poster = {
  kind: '中职学校 · 2025年五年制贯通培养试点 · 大同市',
  title: '大同市第二高级职业学校',
  facts: ['机电技术应用 → 山西通用航空职业技术学院 · 智能机电技术'],
  quotes: [{ words: '确定太原铁路机械学校等23所中职学校2025年起试点举办初中后五年制高等职业教育', where: '通知 开头' }],
  moreQuotes: 1,
  source: '来源：2025年五年制贯通培养试点名单通知附件。',
  when: '本站核对日期：2026年12月6日。',
  url,
  qr: QRCode.create(url, { errorCorrectionLevel: 'M' }).modules,
  site: '山西职教政策通',
};
const card = cardPicture('大同市第二高级职业学校', ['机电技术应用 → 山西通用航空职业技术学院 · 智能机电技术'], { name: '山西职教政策通', url });
const draw = (svg: string, width: number, glyphs: boolean) => drawPicture({ svg, width, fontFamily: PICTURE_FONT, glyphs });

/** How far two drawings of one picture are apart: the mean difference per channel, and the share of channels more than 32 apart. */
function apart(a: Drawing, b: Drawing) {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let sum = 0;
  let far = 0;
  for (let i = 0; i < a.pixels.length; i++) {
    const d = Math.abs(a.pixels[i]! - b.pixels[i]!);
    sum += d;
    if (d > 32) far++;
  }
  return { mean: sum / a.pixels.length, far: far / a.pixels.length };
}

describe('drawPicture: text painted from glyph masks', () => {
  it('draws a poster and a half-size share card as resvg draws them whole, to within a sixteenth of a pixel’s placing', () => {
    for (const [svg, width] of [
      [posterPicture(poster), 750],
      [card, 600],
    ] as const) {
      const before = masksDrawn();
      const painted = draw(svg, width, true);
      expect(masksDrawn()).toBeGreaterThan(before); // the masks painted it: resvg did not draw it whole
      const { mean, far } = apart(painted, draw(svg, width, false));
      expect(mean).toBeLessThan(0.25);
      expect(far).toBeLessThan(0.002);
    }
  });

  it('draws a picture the same whatever its worker drew before it (the PNG’s bytes do not change from one build to the next)', () => {
    const other = cardPicture('阳泉市职业技术学校', ['数控技术应用 → 山西工程职业学院 · 数控技术'], { name: '山西职教政策通', url });
    const jobs = [
      { svg: posterPicture(poster), width: 750 },
      { svg: card, width: 600 },
      { svg: other, width: 1200 },
      { svg: posterPicture({ ...poster, title: '阳泉市职业技术学校', facts: ['数控技术应用 → 山西工程职业学院 · 数控技术'] }), width: 750 },
    ].map((j) => ({ ...j, fontFamily: PICTURE_FONT, glyphs: true }));
    // Two workers, each drawing the pictures in another order.
    const [first, second] = [glyphPainter(PICTURE_FONT), glyphPainter(PICTURE_FONT)];
    const digest = (job: (typeof jobs)[number], painter: typeof first) => createHash('sha256').update(drawPicture(job, painter).pixels).digest('hex');
    const inOrder = jobs.map((job) => digest(job, first));
    const reversed = [...jobs].reverse().map((job) => digest(job, second));
    expect(reversed.reverse()).toEqual(inOrder);
  });

  it('draws each glyph’s mask once per size and position: a second picture of the same lines draws none', () => {
    draw(card, 600, true);
    const before = masksDrawn();
    draw(card, 600, true);
    expect(masksDrawn()).toBe(before);
  });

  it('draws bold lines with the bold face, whether painted from masks or drawn by resvg', () => {
    const line = (weight: string) =>
      `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="60" viewBox="0 0 400 60" font-family="${PICTURE_FONT}, sans-serif"><rect width="400" height="60" fill="#ffffff"/><text x="10" y="40" font-size="30"${weight} fill="#000000">山西职教政策通</text></svg>`;
    /** The ink of a drawing: how far its pixels are from white, summed. */
    const ink = (d: Drawing) => d.pixels.reduce((sum, v, i) => (i % 4 === 3 ? sum : sum + 255 - v), 0);
    for (const glyphs of [true, false]) expect(ink(draw(line(' font-weight="700"'), 400, glyphs)) / ink(draw(line(''), 400, glyphs))).toBeGreaterThan(1.2);
  });

  it('leaves to resvg a picture the job does not allow, text in another form or weight, and a character the font lacks', () => {
    const anchored = card.replace('<text x="56"', '<text text-anchor="start" x="56"');
    const medium = card.replace('font-weight="700"', 'font-weight="500"');
    const missing = card.replace('山西职教政策通</text>', '山西职教政策通\u{1F600}</text>');
    for (const [svg, glyphs] of [
      [card, false],
      [anchored, true],
      [medium, true],
      [missing, true],
    ] as const) {
      const before = masksDrawn();
      const drawn = draw(svg, 600, glyphs);
      expect(masksDrawn()).toBe(before);
      expect(apart(drawn, draw(svg, 600, false))).toEqual({ mean: 0, far: 0 });
    }
  });
});
