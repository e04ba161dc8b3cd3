import { describe, expect, it } from 'vitest';
import QRCode from 'qrcode';
import { POSTER_WIDTH, figureLines, posterPicture, qrPath, type Poster } from '../../../../src/lib/geometry/poster.ts';

const qr = QRCode.create('https://zhijiao.example.org/schools/a/', { errorCorrectionLevel: 'M' }).modules;
const poster: Poster = {
  kind: '中职学校 · 2025年五年制贯通培养试点',
  title: '太原铁路机械学校',
  facts: ['电力机车运用与检修 → 山西铁道职业技术学院 · 铁道机车运用与维护'],
  quotes: [{ words: '确定太原铁路机械学校等23所中职学校2025年起试点', where: '通知 开头' }],
  moreQuotes: 2,
  source: '来源：名单',
  when: '本站核对日期：2026年12月1日',
  url: 'https://zhijiao.example.org/schools/a/',
  qr,
  site: '山西职教政策通',
};

describe('posterPicture', () => {
  const svg = posterPicture(poster);

  it('is a portrait picture POSTER_WIDTH wide, at least 750 px', () => {
    const [, width, height] = /width="(\d+)" height="(\d+)"/.exec(svg)!.map(Number);
    expect(POSTER_WIDTH).toBeGreaterThanOrEqual(750);
    expect(width).toBe(POSTER_WIDTH);
    expect(height).toBeGreaterThan(width!);
  });

  it('carries the title, facts, the clause’s words and where they are, the source, the date, the address, 以官方发布为准 and the site', () => {
    // The text as read line after line (a long address is wrapped over lines).
    const text = svg.replace(/<[^>]+>/g, '');
    for (const part of [
      '太原铁路机械学校',
      '电力机车运用与检修',
      '“确定太原铁路机械学校',
      '通知 开头',
      '另有2处原文',
      '来源：名单',
      '本站核对日期',
      'https://zhijiao.example.org/schools/a/',
      '以官方发布为准',
      '山西职教政策通',
    ])
      expect(text).toContain(part);
  });

  it('escapes what it prints', () => {
    expect(posterPicture({ ...poster, title: '甲<乙>&丙' })).toContain('甲&lt;乙&gt;&amp;丙');
  });
});

describe('qrPath', () => {
  it('draws one unit square per dark module, scaled to the side asked for', () => {
    const path = qrPath({ size: 2, data: [1, 0, 0, 1] }, 10, 20, 100);
    expect(path).toContain('translate(10,20) scale(50)');
    expect(path).toContain('d="M0 0h1v1h-1zM1 1h1v1h-1z"');
  });
});

describe('figureLines', () => {
  it('prints each figure as label and value, under its panel’s title', () => {
    expect(figureLines([{ title: '小学', data: [{ label: '2020年', value: 5153, unit: '所' }] }])).toEqual(['小学：2020年：5153所']);
  });
});
