import { describe, expect, it } from 'vitest';
import { cardPicture } from '../../../../src/lib/geometry/picture.ts';
import { splitText } from '../../../../src/lib/geometry/text-runs.ts';

const card = cardPicture('甲<乙>&丙学校', ['机电技术应用 → 某学院 · 智能机电技术'], { name: '山西职教政策通', url: 'https://zhijiao.example.org/schools/a/' });
const root = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50" font-family="Noto Sans SC, sans-serif">';
const run = (text: string, extra = '') => `<text x="10" y="20" font-size="12"${extra} fill="#1a1a1a">${text}</text>`;

describe('splitText', () => {
  it('takes every line of a share card as a run, in order, with its place, size, weight, colour and characters', () => {
    const parts = splitText(card)!;
    expect(parts.runs.map((r) => r.text)).toEqual([
      '山西职教政策通',
      '甲<乙>&丙学校',
      '机电技术应用 → 某学院 · 智能机电技术',
      'https://zhijiao.example.org/schools/a/',
    ]);
    expect(parts.runs[0]).toEqual({ x: 56, y: 76, size: 28, weight: 700, fill: [11, 83, 148], text: '山西职教政策通' });
    expect(parts.runs[2]?.weight).toBeNull();
    expect([parts.width, parts.height]).toEqual([1200, 630]);
  });

  it('leaves the rest of the picture as it was, without its text', () => {
    const { rest } = splitText(card)!;
    expect(rest).not.toContain('<text');
    expect(rest).toBe(card.replace(/<text[^>]*>[^<]*<\/text>/g, ''));
  });

  it('gives null, so that resvg draws the picture whole, for text in any other form', () => {
    expect(splitText(`${root}${run('甲')}</svg>`)?.runs).toHaveLength(1);
    for (const svg of [
      `${root}${run('甲', ' text-anchor="middle"')}</svg>`,
      `${root}<g transform="translate(5,5)">${run('甲')}</g></svg>`,
      `${root}<text x="1" y="2">甲<tspan>乙</tspan></text></svg>`,
      `${root}${run(' 甲')}</svg>`,
      `${root}${run('甲  乙')}</svg>`,
      `${root}${run('甲&#39;乙')}</svg>`,
      root.replace('viewBox="0 0 100 50"', 'viewBox="0 0 200 100"') + `${run('甲')}</svg>`,
      `${root}${run('甲')}`,
    ])
      expect(splitText(svg), svg).toBeNull();
  });

  it('takes a line after a closed group, and after self-closing elements', () => {
    const svg = `${root}<g transform="translate(5,5)"><path d="M0 0h1v1h-1z"/></g><rect width="2" height="2"/>${run('甲')}</svg>`;
    expect(splitText(svg)?.runs.map((r) => r.text)).toEqual(['甲']);
  });
});
