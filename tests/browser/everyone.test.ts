import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage, useBrowser, url } from '../helpers/browser.ts';
import { builtPages } from '../helpers/dist.ts';

const browser = useBrowser();

const pages = builtPages();
/** One page of each type, for the checks that need a real layout. */
const PAGE_TYPES = ['/', '/programs/', '/map/', '/data/', '/search/', '/shortlist/', '/policies/', '/policies/opinion-2023/', '/explainers/',
  '/explainers/five-year-programs/', '/schools/', '/schools/gaoping-zhongdeng-zhuanye-xuexiao/', '/colleges/changzhi-zhiye-jishu-xueyuan/',
  '/majors/', '/majors/460301/', '/cities/', '/cities/linfen/', '/press/', '/about/'];

describe('privacy and the content security policy', () => {
  it.each(pages)('%s requests nothing from another host and breaks no policy', async (path) => {
    const page = await newPage(browser());
    const host = new URL(url('/')).host;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (req) => {
      const u = new URL(req.url());
      if (u.protocol.startsWith('http') && u.host !== host) foreign.push(req.url());
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    await page.goto(url(path), { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('every page works without JavaScript', () => {
  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser(), { javaScriptEnabled: false });
  });
  it.each(pages)('%s still has its heading, text, lists and charts', async (path) => {
    await page.goto(url(path));
    expect((await page.locator('h1').innerText()).length).toBeGreaterThan(1);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(40);
    const html = await page.content();
    if (path === '/map/') expect(await page.locator('svg.pair-map path.link').count()).toBeGreaterThan(30);
    if (path === '/data/') expect(await page.locator('figure.chart svg, figure.chart .tiles').count()).toBeGreaterThan(15);
    if (path === '/programs/') expect(await page.locator('.pair:visible').count()).toBeGreaterThan(30);
    if (/^\/policies\/[^/]+\/$/.test(path)) expect(await page.locator('.doc-text p').count()).toBeGreaterThan(10);
    expect(html).not.toContain('hidden class="pair"');
  });
});

describe('reflow at 320 px and larger text', () => {
  it.each(PAGE_TYPES)('%s has no horizontal scroll at 320 px, in normal and large text', async (path) => {
    const page = await newPage(browser(), { viewport: { width: 320, height: 640 } });
    await page.goto(url(path));
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: '大字' }).click();
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('the 大字 and 高对比 settings need no account, apply at once and persist across pages', async () => {
    const page = await newPage(browser());
    await page.goto(url('/'));
    const bodySize = () => page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
    expect(await bodySize()).toBeGreaterThanOrEqual(16);
    await page.getByRole('button', { name: '大字' }).click();
    expect(await bodySize()).toBeGreaterThanOrEqual(18);
    await page.getByRole('button', { name: '高对比' }).click();
    expect(await page.getByRole('button', { name: '高对比' }).getAttribute('aria-pressed')).toBe('true');
    await page.goto(url('/policies/opinion-2023/'));
    expect(await bodySize()).toBeGreaterThanOrEqual(18);
    expect(await page.evaluate(() => getComputedStyle(document.body).color)).toBe('rgb(0, 0, 0)');
    await page.getByRole('button', { name: '大字' }).click();
    expect(await bodySize()).toBeLessThan(18);
    await page.close();
  });
});

describe('keyboard', () => {
  /** Tabs through the page, recording each focused element and whether its focus is visible. */
  async function walk(page: Page, steps: number) {
    const seen: { label: string; visible: boolean }[] = [];
    for (let i = 0; i < steps; i++) {
      await page.keyboard.press('Tab');
      seen.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return { label: 'body', visible: true };
          const style = getComputedStyle(el);
          const visible = style.outlineStyle !== 'none' || style.boxShadow !== 'none' || el.closest('svg') !== null;
          return { label: `${el.tagName}:${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 20)}`, visible };
        }),
      );
    }
    return seen;
  }

  it('walks the home page from the skip link to “find a program”, always with a visible focus, and never gets stuck', async () => {
    const page = await newPage(browser());
    await page.goto(url('/'));
    const seen = await walk(page, 40);
    expect(seen[0]?.label).toContain('跳到正文');
    expect(seen.some((s) => s.label.includes('查看全部35个专业'))).toBe(true);
    expect(seen.filter((s) => !s.visible)).toEqual([]);
    expect(new Set(seen.map((s) => s.label)).size).toBeGreaterThan(25);
    await page.close();
  });

  it('operates the /programs/ filters with the keyboard alone', async () => {
    const page = await newPage(browser());
    await page.goto(url('/programs/'));
    await page.locator('#filter-city').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('机电');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '机电');
    expect(await page.locator('.pair:visible').count()).toBeLessThan(35);
    await page.close();
  });
});
