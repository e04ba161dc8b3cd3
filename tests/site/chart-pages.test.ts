import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mainHtml, readPage, textOf } from '../helpers/dist.ts';

const charts = parse(readFileSync('content/charts.yaml', 'utf8')) as { id: string; title: string }[];
const ORIGIN = 'https://zhijiao.example.org';

/** The scripts an embed page loads (src), and that each is small: a height report, nothing else. */
const embedScripts = (page: string) => {
  const srcs = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1] ?? '');
  for (const src of srcs) expect(readFileSync(`dist${src}`, 'utf8').length, src).toBeLessThan(1500);
  return srcs;
};

describe('every chart as a citable, embeddable object', () => {
  it.each(charts.map((c) => [c.id, c] as const))(
    '/data/%s/ has the chart, its sources with their words, a citation, the CSV and the embed code',
    (id, chart) => {
      const page = readPage(`/data/${id}/`);
      const main = mainHtml(page);
      expect(main).toMatch(new RegExp(`<h1[^>]*class="chart-title"[^>]*>${chart.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
      expect(main).toMatch(/<details class="chart-data" open/);
      expect(main).toMatch(/<a href="\/policies\/[a-z0-9-]+\/(#[^"]+)?">[^<]+<\/a>（\d{4}年[^）]*）：\s*<blockquote><p>“[^”]+”/);
      const text = textOf(main);
      expect(text).toContain(`山西职教政策通. ${chart.title}[DS/OL]. [引用日期]. ${ORIGIN}/data/${id}/.`);
      expect(text).toMatch(/图：山西职教政策通，据\S+/);
      expect(main).toContain(`/data/charts/${id}.csv`);
      expect(text).toContain(`<iframe src="${ORIGIN}/embed/${id}/"`);
    },
  );

  it.each(charts.map((c) => [c.id] as const))('/embed/%s/ shows the chart alone with its source and a link back, and loads only the height reporter', (id) => {
    const page = readPage(`/embed/${id}/`);
    expect(embedScripts(page)).toEqual([expect.stringMatching(/^\/_astro\/EmbedLayout\.astro_astro_type_script/)]);
    expect(page).not.toContain('site-header');
    expect(page).toContain(`<link rel="canonical" href="${ORIGIN}/data/${id}/">`);
    // The source line, and no data table or quotes: those are on the chart's page, a link away.
    expect(page).toMatch(/<p class="ec-small">来源：/);
    expect(page).not.toContain('<table');
    expect(page).not.toContain('<blockquote');
    expect(page).toContain(`<base target="_blank">`);
    expect(page).toContain(`href="${ORIGIN}/data/${id}/" rel="noopener"`);
  });

  it('links every chart page from the /data/ overview', () => {
    const overview = readPage('/data/');
    for (const c of charts) expect(overview, c.id).toContain(`href="/data/${c.id}/"`);
  });
});

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('pictures that stand alone', () => {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  it.each(charts.map((c) => [c.id, c] as const))('%s: an SVG with its title, source and the site, and a PNG at least 1200 px wide', (id, chart) => {
    const svg = readFileSync(`dist/data/${id}.svg`, 'utf8');
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join('');
    expect(text).toContain(escape(chart.title));
    expect(text).toMatch(/来源：/);
    expect(text).toContain(`山西职教政策通 · ${ORIGIN}/data/${id}/`);
    expect(svg).toContain('font-family="Noto Sans SC');
    expect(pngSize(`dist/data/${id}.png`).width).toBeGreaterThanOrEqual(1200);
    expect(readPage(`/data/${id}/`)).toContain(`<meta property="og:image" content="${ORIGIN}/data/${id}.png">`);
  });

  it('has the pairing map as SVG and PNG, linked from /map/ and shared as its picture', () => {
    const svg = readFileSync('dist/map.svg', 'utf8');
    expect(svg).toContain('个专业对</text>');
    expect(svg).toContain('示意图，不是标准地图');
    expect(pngSize('dist/map.png').width).toBeGreaterThanOrEqual(1200);
    const page = readPage('/map/');
    expect(page).toContain(`<meta property="og:image" content="${ORIGIN}/map.png">`);
    expect(page).toContain('href="/map.png" download');
  });

  // Explainers and documents at 1200 × 630; schools and cities, thousands at national scale, at
  // 600 × 315, the same shape at half the size (src/data/share.ts).
  it.each([
    ['/explainers/five-year-programs/', 'og/explainers/five-year-programs.png', 1200],
    ['/policies/opinion-2023/', 'og/policies/opinion-2023.png', 1200],
    ['/schools/shanxi-changzhi-weisheng-xuexiao/', 'og/schools/shanxi-changzhi-weisheng-xuexiao.png', 600],
    ['/cities/shuozhou/', 'og/cities/shuozhou.png', 600],
  ])('%s shares a picture of its title and key facts (%s, %i px wide)', (path, image, width) => {
    const page = readPage(path);
    expect(page).toContain(`<meta property="og:image" content="${ORIGIN}/${image}">`);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image">');
    expect(pngSize(`dist/${image}`)).toEqual({ width, height: (width * 630) / 1200 });
  });
});

describe('the pairing map for the press', () => {
  it('has an embed page with the drawing, legend and source, only the height reporter, and a citation and snippet on /map/', () => {
    const embed = readPage('/embed/map/');
    expect(embedScripts(embed)).toEqual([expect.stringMatching(/^\/_astro\/EmbedLayout\.astro_astro_type_script/)]);
    expect(embed).toContain('class="pair-map"');
    expect(embed).toMatch(/来源：[^<]+名单/);
    const page = textOf(readPage('/map/'));
    expect(page).toMatch(/山西职教政策通\. 2025年山西五年制贯通培养配对地图\[DS\/OL\]\. \[引用日期\]\. https:\/\/zhijiao\.example\.org\/map\/\./);
    expect(page).toContain('<iframe src="https://zhijiao.example.org/embed/map/"');
  });
});
