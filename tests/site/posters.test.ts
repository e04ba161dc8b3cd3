import { existsSync, readdirSync } from 'node:fs';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { readPage } from '../helpers/dist.ts';
import { readPng } from '../helpers/png.ts';
import { NEWEST, NEWEST_SCHOOLS } from '../helpers/lists.ts';

// Every school on the newest list, every chart and every explainer links a poster: a portrait PNG at
// least 750 px wide whose QR code, read from the picture itself, opens the page it was saved from.
const ORIGIN = 'https://zhijiao.example.org';
const pagesOf = (dir: string) =>
  readdirSync(`dist/${dir}`, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(`dist/${dir}/${e.name}/index.html`));
const schools = NEWEST_SCHOOLS;
const pages = [
  ...schools.map((id) => ({ page: `/schools/${id}/`, poster: `/posters/schools/${id}.png` })),
  ...pagesOf('data')
    .filter((e) => existsSync(`dist/embed/${e.name}/index.html`))
    .map((e) => ({ page: `/data/${e.name}/`, poster: `/posters/charts/${e.name}.png` })),
  ...pagesOf('explainers').map((e) => ({ page: `/explainers/${e.name}/`, poster: `/posters/explainers/${e.name}.png` })),
];

describe('posters to save and forward', () => {
  it('covers every school of the newest list, every chart and every explainer', () => {
    expect(schools.length).toBe(NEWEST.schools);
    expect(pages.filter((p) => p.page.startsWith('/data/')).length).toBeGreaterThan(10);
    expect(pages.filter((p) => p.page.startsWith('/explainers/')).length).toBeGreaterThan(3);
  });

  it.each(pages)('$page links its poster, with how to save and forward it', ({ page, poster }) => {
    const html = readPage(page);
    expect(html).toContain(`<a href="${poster}">保存海报</a>`);
    expect(html).toContain('长按');
  });

  it.each(pages)('$poster is a portrait PNG at least 750 px wide whose QR code opens $page', ({ page, poster }) => {
    const { width, height, rgba } = readPng(`dist${poster}`);
    expect(width).toBeGreaterThanOrEqual(750);
    expect(height).toBeGreaterThan(width);
    expect(jsQR(rgba, width, height)?.data).toBe(`${ORIGIN}${page}`);
  });

  it('leaves no poster SVG behind: each was turned into its PNG after the pages were written', () => {
    const left = readdirSync('dist/posters', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svg'));
    expect(left).toEqual([]);
  });
});
