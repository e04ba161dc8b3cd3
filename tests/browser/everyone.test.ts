import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, enhanced, newPage, useBrowser, url } from '../helpers/browser.ts';
import { NEWEST } from '../helpers/lists.ts';
import { builtPages, mainHtml, readPage, textOf } from '../helpers/dist.ts';

const browser = useBrowser();

const pages = builtPages();
/** One page of each type, for the checks that need a real layout. */
const PAGE_TYPES = [
  '/',
  '/programs/',
  '/map/',
  '/data/',
  '/search/',
  '/shortlist/',
  '/policies/',
  '/policies/opinion-2023/',
  '/explainers/',
  '/explainers/five-year-programs/',
  '/schools/',
  '/schools/gaoping-zhongdeng-zhuanye-xuexiao/',
  '/colleges/changzhi-zhiye-jishu-xueyuan/',
  '/majors/',
  '/majors/460301/',
  '/cities/',
  '/cities/linfen/',
  '/press/',
  '/about/',
  '/guide/',
  '/guide/shuozhou/',
  '/guide/shuozhou/five-year/',
];

describe('every page works without JavaScript', () => {
  it.each(pages)('%s has its heading and text in the HTML itself', (path) => {
    const main = textOf(mainHtml(readPage(path)));
    expect(textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(readPage(path))?.[1] ?? '').trim().length).toBeGreaterThan(1);
    expect(main.replace(/\s+/g, '').length).toBeGreaterThan(40);
  });

  let page: Page;
  beforeAll(async () => {
    page = await newPage(browser(), { javaScriptEnabled: false });
  });
  it.each(PAGE_TYPES)('%s shows its lists, charts and controls in a browser with JavaScript off', async (path) => {
    await page.goto(url(path));
    expect((await page.locator('h1').innerText()).length).toBeGreaterThan(1);
    if (path === '/map/') expect(await page.locator('svg.pair-map path.link').count()).toBeGreaterThan(30);
    if (path === '/data/') expect(await page.locator('figure.chart svg, figure.chart .tiles').count()).toBeGreaterThan(10);
    if (path === '/programs/') {
      const all = await page.locator('.pair').count();
      expect(all).toBeGreaterThan(30);
      expect(await page.locator('.pair:visible').count()).toBe(all);
    }
    if (/^\/policies\/[^/]+\/$/.test(path)) expect(await page.locator('.doc-text p').count()).toBeGreaterThan(10);
    // A control that needs a script is created by it, so none is left visible and dead.
    expect(await page.locator('button:visible:not([type="submit"])').count()).toBe(0);
  });
});

describe('on a desktop too, axe finds nothing (the sweep of every page runs at 360 px)', () => {
  let wide: Page;
  beforeAll(async () => {
    wide = await newPage(browser(), { viewport: { width: 1280, height: 800 } });
  });
  it.each([...PAGE_TYPES, '/report/', '/changes/', '/guide/shuozhou/both-doors/'])('%s at 1280 px', async (path) => {
    await wide.goto(url(path));
    await enhanced(wide);
    expect(await axeViolations(wide)).toEqual([]);
  });
  it('and the check can fail: a picture without a text alternative and an unlabelled field are found', async () => {
    await wide.setContent('<!doctype html><html lang="zh-CN"><title>坏页</title><main><img src="data:,"><input></main></html>');
    expect((await axeViolations(wide)).map((v) => v.id).sort()).toEqual(['image-alt', 'label']);
  });
});

describe('reflow at 320 px and larger text', () => {
  // One page for every type: the setting is cleared after each, so each starts in normal text.
  let narrow: Page;
  beforeAll(async () => {
    narrow = await newPage(browser(), { viewport: { width: 320, height: 640 } });
  });
  it.each(PAGE_TYPES)('%s has no horizontal scroll at 320 px, in normal and large text', async (path) => {
    const page = narrow;
    await page.goto(url(path));
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeLessThan(18);
    expect(await overflow()).toBeLessThanOrEqual(0);
    // On a narrow screen the display settings are in the header's menu.
    await page.locator('.site-menu summary').click();
    await page.getByRole('button', { name: '大字' }).click();
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize))).toBeGreaterThanOrEqual(21);
    expect(await overflow()).toBeLessThanOrEqual(0);
    await page.evaluate(() => localStorage.clear());
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
          // A map mark shows its focus on its shape (a thicker stroke), not as an outline.
          const shape = el.closest('svg') ? el.querySelector('.mark-shape') : null;
          const visible =
            style.outlineStyle !== 'none' || style.boxShadow !== 'none' || (shape !== null && parseFloat(getComputedStyle(shape).strokeWidth) >= 3);
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
    expect(seen.some((s) => s.label.includes(`查看全部${NEWEST.pairs}个专业`))).toBe(true);
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
    const shown = await page.locator('.pair:visible').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(NEWEST.pairs);
    await page.close();
  });
});
