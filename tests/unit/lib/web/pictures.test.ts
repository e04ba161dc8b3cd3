import { describe, expect, it } from 'vitest';
import { pictureJob, SMALL_CARD_WIDTH } from '../../../../src/lib/web/pictures.ts';

describe('pictureJob', () => {
  it('draws share cards and posters as PNG and removes their SVG; school and city cards at half size', () => {
    expect(pictureJob('og/policies/a.svg')).toEqual({ png: 'og/policies/a.png', keepSvg: false, glyphs: true });
    expect(pictureJob('og/schools/a.svg')).toEqual({ png: 'og/schools/a.png', width: SMALL_CARD_WIDTH, keepSvg: false, glyphs: true });
    expect(pictureJob('og/cities/a.svg')?.width).toBe(SMALL_CARD_WIDTH);
    expect(pictureJob('posters/schools/a.svg')).toEqual({ png: 'posters/schools/a.png', keepSvg: false, glyphs: true });
    expect(pictureJob('posters/charts/a.svg')).toEqual({ png: 'posters/charts/a.png', keepSvg: false, glyphs: false });
  });

  it('paints text from glyph masks only where nothing is drawn over a line of text: cards and the posters of schools and explainers', () => {
    expect(['og/cities/a.svg', 'og/explainers/a.svg', 'posters/explainers/a.svg'].map((p) => pictureJob(p)?.glyphs)).toEqual([true, true, true]);
    expect(['posters/charts/a.svg', 'data/a.svg', 'map.svg'].map((p) => pictureJob(p)?.glyphs)).toEqual([false, false, false]);
  });

  it('keeps the chart and map SVGs, published for download, beside their PNG', () => {
    expect(pictureJob('data/a.svg')).toEqual({ png: 'data/a.png', keepSvg: true, glyphs: false });
    expect(pictureJob('map.svg')).toEqual({ png: 'map.png', keepSvg: true, glyphs: false });
  });

  it('leaves every other SVG alone (QR codes, icons, anything under data/charts/)', () => {
    expect(pictureJob('qr/policies/a.svg')).toBeNull();
    expect(pictureJob('data/charts/a.svg')).toBeNull();
    expect(pictureJob('favicon.svg')).toBeNull();
  });
});
