import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, newPage } from '../helpers/browser.ts';
import { buildEnv } from '../helpers/build-env.ts';
import { contentCopy } from '../helpers/content.ts';
import { builtPages, readPage } from '../helpers/dist.ts';
import { startServer } from '../../scripts/serve.mjs';

/** Builds the site (Astro, then Pagefind) into `outDir` with extra environment. */
function build(outDir: string, env: Record<string, string>) {
  const run = (cmd: string, args: string[]) => spawnSync('npx', [cmd, ...args], { env: buildEnv(env), encoding: 'utf8', timeout: 300_000 });
  const astro = run('astro', ['build', '--outDir', outDir]);
  if (astro.status !== 0) throw new Error(`构建失败：${astro.stderr.slice(-3000)}`);
  const pagefind = run('pagefind', ['--site', outDir]);
  if (pagefind.status !== 0) throw new Error(`索引失败：${pagefind.stderr}`);
}

// One alternate build serves two checks, so the suite builds the site once more instead of twice: it
// is served under a sub-path, and one school's name in its content holds markup.
const NAME = '<b>太原</b>铁路机械学校<script>alert(1)</script>';
const content = contentCopy({ 'schools.yaml': (t) => t.replace('name: 太原铁路机械学校', `name: "${NAME}"`) });
const out = `${content.dir}-dist`;
let browser: Browser;
let server: { close: (cb: () => void) => void } | undefined;
let base = '';
beforeAll(async () => {
  build(out, { BASE_PATH: '/zhijiao/', SITE_URL: 'https://edu.example.cn', CONTENT_DIR: content.dir });
  const started = await startServer({ root: out, base: '/zhijiao/', port: 0 });
  server = started.server;
  base = started.url;
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  content.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('served under a sub-path: BASE_PATH=/zhijiao/', () => {
  it('points every link, asset, feed and sitemap entry under /zhijiao/ and they all resolve', () => {
    const pages = builtPages(out);
    expect(pages.length).toBeGreaterThan(100);
    const broken: string[] = [];
    for (const page of pages) {
      const html = readPage(page, out);
      for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (!href || /^(mailto:|tel:|data:|#)/.test(href)) continue;
        if (/^https?:/.test(href)) {
          if (!href.startsWith('https://edu.example.cn/zhijiao/')) broken.push(`${page}: ${href}`);
          continue;
        }
        const url = new URL(href.replace(/&amp;/g, '&'), `http://site/zhijiao${page}`);
        if (!url.pathname.startsWith('/zhijiao/')) {
          broken.push(`${page}: ${href} (outside /zhijiao/)`);
          continue;
        }
        const rel = decodeURIComponent(url.pathname.slice('/zhijiao/'.length));
        const file = rel === '' || rel.endsWith('/') ? join(out, rel, 'index.html') : join(out, rel);
        if (!existsSync(file) && !existsSync(join(file, 'index.html'))) broken.push(`${page}: ${href} (missing)`);
      }
    }
    expect(broken).toEqual([]);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://edu.example.cn/zhijiao/policies/opinion-2023/</loc>');
    expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain('<link>https://edu.example.cn/zhijiao/explainers/');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://edu.example.cn/zhijiao/sitemap-index.xml');
    expect(readPage('/', out)).toContain('<link rel="canonical" href="https://edu.example.cn/zhijiao/"');
  });

  it('searches, filters and maps under the sub-path in the browser', async () => {
    const page = await newPage(browser);
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}search/?q=${encodeURIComponent('神头')}`);
    await page.waitForSelector('#search-results h3 a');
    expect(await page.locator('#search-results h3 a').first().getAttribute('href')).toMatch(/^\/zhijiao\/schools\/shuocheng-shentou-zhiye-zhongxue\//);
    await page.goto(`${base}programs/?city=${encodeURIComponent('朔州市')}`);
    expect(await page.locator('.pair:visible').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('names containing markup are shown as text everywhere', () => {
  it('escapes the name in every built page and data file', () => {
    for (const page of builtPages(out)) {
      // Inside a quoted attribute “<” is inert text; everywhere else it must be escaped.
      const html = readPage(page, out).replace(/="[^"]*"/g, '=""');
      expect(html, page).not.toContain('<b>太原</b>');
      expect(html, page).not.toContain('<script>alert(1)</script>');
    }
    const school = readPage('/schools/taiyuan-tielu-jixie-xuexiao/', out);
    expect(school).toContain('&lt;b&gt;太原&lt;/b&gt;铁路机械学校');
    const json = JSON.parse(readFileSync(join(out, 'data/five-year-programs-2025.json'), 'utf8')) as { school: string }[];
    expect(json[0]?.school).toBe(NAME);
    expect(readdirSync(out)).toContain('pagefind');
  });

  it('shows it as text on the page, in filters, in the shortlist and in search results', async () => {
    const page = await newPage(browser);
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${base}schools/taiyuan-tielu-jixie-xuexiao/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(NAME);
    expect(await page.locator('h1 b').count()).toBe(0);
    await page.goto(`${base}search/?q=${encodeURIComponent('铁路机械')}`);
    await page.waitForSelector('#search-results h3 a');
    const titles = await page.locator('#search-results h3 a').allInnerTexts();
    expect(titles.some((t) => t.includes('<b>太原</b>'))).toBe(true);
    expect(await page.locator('#search-results b, #search-results script').count()).toBe(0);
    await page.goto(`${base}programs/?q=${encodeURIComponent('铁路机械')}`);
    await page.locator('.pair:visible .shortlist-toggle').first().click();
    await page.goto(`${base}shortlist/`);
    expect(await page.getByRole('table').innerText()).toContain('<b>太原</b>');
    expect(await page.locator('table b').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });
});
