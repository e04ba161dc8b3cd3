import { describe, expect, it } from 'vitest';
import { newPage, url, useBrowser } from '../helpers/browser.ts';
import { firstResult, slowLine, watchFirstResult } from '../helpers/slow.ts';

// Families search on a slow line in a chat app's browser. These tests put the page on one (no
// timing is asserted: `npm run bench` prints the figures) and check what the reader gets.
const browser = useBrowser();

describe('search on a slow line', () => {
  it('answers names from the page itself while the full-text index is blocked, says so, and tries again when asked', async () => {
    const page = await newPage(browser());
    const fastLine = await slowLine(page);
    let blocked = true;
    await page.route('**/pagefind/**', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await watchFirstResult(page);
    await page.goto(url(`/search/?q=${encodeURIComponent('护士')}`));
    const first = await firstResult(page);
    expect(first.href).toMatch(/\/majors\/(720201|520201)\/$/);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('全文搜索没能加载'));
    expect(await page.locator('#search-status').innerText()).toContain('上面的答案仍然可以打开');
    // Typing on still answers names.
    await page.locator('#search-q').fill('长治卫校');
    await page.locator('#search-answers h3 a', { hasText: '山西省长治卫生学校' }).waitFor();
    await page.locator('#search-q').fill('分数线');
    await page.locator('#search-answers [data-question="how-admitted"]').waitFor();
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('全文搜索没能加载'));
    // The line comes back: one button loads the full index, for the query last typed.
    blocked = false;
    await fastLine();
    await page.getByRole('button', { name: '重新加载全文搜索' }).click();
    await page.waitForURL(/q=%E5%88%86%E6%95%B0%E7%BA%BF/);
    await page.waitForFunction(() => /全文搜索找到 \d+ 个/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    expect(await page.locator('#search-results h3 a').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('says the full-text index is loading while it loads', async () => {
    const page = await newPage(browser());
    let release: () => void = () => undefined;
    const held = new Promise<void>((done) => (release = done));
    await page.route(/\/pagefind\/pagefind-entry\.json/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(url(`/search/?q=${encodeURIComponent('朔州')}`));
    await page.locator('#search-answers h3 a', { hasText: '朔州市' }).waitFor();
    // The status says the answers are there (a screen reader hears it) and that the full text is loading.
    await page.waitForFunction(() => /^上面列出 \d+ 条直接答案。正在加载全文搜索…$/.test(document.getElementById('search-status')?.textContent ?? ''));
    release();
    await page.waitForFunction(() => /^全文搜索找到 \d+ 个/.test(document.getElementById('search-status')?.textContent ?? ''));
    await page.close();
  });
});
