import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { enhanced, feedbackNear, newPage, useBrowser, url, watchErrors } from '../helpers/browser.ts';

const browser = useBrowser();

describe('linking to and citing a clause', () => {
  it('a journalist lands on clause （六） of the 2023 opinion, highlighted, and copies a correct citation', async () => {
    const page = await newPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    const errors = watchErrors(page);
    const response = await page.goto(url('/policies/opinion-2023/#clause-6'));
    // The page comes without its clause tools' script, which it loads once it has loaded.
    const html = (await response?.text()) ?? '';
    expect(html).not.toContain('<script type="module"');
    expect(html).toMatch(/<html[^>]* data-idle-scripts="[^"]*\/_astro\/[^"]+\.js/);
    await enhanced(page);
    expect(await page.locator('script[type=module]').count()).toBeGreaterThan(0);
    const clause = page.locator('#clause-6');
    expect(await clause.evaluate((el) => el.matches(':target'))).toBe(true);
    const background = await clause.evaluate((el) => getComputedStyle(el).backgroundColor);
    const plain = await page.locator('#clause-7').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(plain);

    // One compact control per clause; the clause arrived at has its tools open.
    expect(await page.locator('#clause-7 .clause-tools button:visible').allInnerTexts()).toEqual(['链接/引用']);
    expect(await clause.getByRole('button', { name: '链接/引用：（六）' }).getAttribute('aria-expanded')).toBe('true');
    await clause.getByRole('button', { name: '复制引用：（六）' }).click();
    expect(await feedbackNear(clause)).toBe('已复制（六）的引用（GB/T 7714—2025）。');
    const citation = await page.evaluate(() => navigator.clipboard.readText());
    expect(citation).toContain(
      '中共山西省委办公厅，山西省人民政府办公厅. 关于推动现代职业教育高质量发展的实施意见：晋办发〔2023〕3号，（六）[EB/OL]. （2023-03-14）[',
    );
    expect(citation).toMatch(/\[\d{4}-\d{2}-\d{2}\]\. https?:\/\/\S+\/policies\/opinion-2023\/#clause-6\.$/);

    await clause.getByRole('button', { name: '复制链接：（六）' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/policies\/opinion-2023\/#clause-6$/);
    await clause.locator('.action-feedback', { hasText: '链接' }).waitFor();
    expect(await feedbackNear(clause)).toBe('已复制（六）的链接。');
    // Reporting a problem with this clause leads to /report/ with the page and the clause filled in.
    expect(await clause.getByRole('link', { name: '报告这一条的问题：（六）' }).getAttribute('href')).toMatch(
      /\/report\/\?page=%2Fpolicies%2Fopinion-2023%2F&clause=%EF%BC%88%E5%85%AD%EF%BC%89$/,
    );
    await page.keyboard.press('Escape');
    expect(await clause.getByRole('button', { name: '复制链接：（六）' }).isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a nested item cites its part and number', async () => {
    const page = await newPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(url('/policies/five-year-notice-2025/'));
    await page
      .locator('#part-2-item-4')
      .getByRole('button', { name: /链接\/引用/ })
      .click();
    await page
      .locator('#part-2-item-4')
      .getByRole('button', { name: /复制引用/ })
      .click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('晋教职成〔2025〕1号，二、4[EB/OL]. （2025-02-13）');
    await page.close();
  });

  it('the printed number of a clause is its link without JavaScript', async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await page.goto(url('/policies/pilot-guideline-2024/'));
    await page.locator('#part-5-item-2').getByRole('link', { name: '2.', exact: true }).click();
    expect(page.url()).toMatch(/#part-5-item-2$/);
    expect(await page.locator(':target').getAttribute('id')).toBe('part-5-item-2');
    await page.close();
  });

  it('prints the text, the metadata and link URLs, not the site chrome', async () => {
    const page = await newPage(browser());
    await page.goto(url('/policies/five-year-notice-2025/'));
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.toc', '.clause-tools']) expect(await page.locator(chrome).first().isVisible(), chrome).toBe(false);
    expect(await page.locator('.meta').isVisible()).toBe(true);
    expect(await page.locator('.doc-text').isVisible()).toBe(true);
    expect(await page.locator('.print-url').innerText()).toMatch(/^https?:\/\/.+\/policies\/five-year-notice-2025\/$/);
    await page.close();
  });
});

describe('feeds are well-formed XML', () => {
  it.each(['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml'])('%s parses', async (file) => {
    const page = await newPage(browser());
    await page.goto(url('/'));
    const xml = readFileSync(`dist/${file}`, 'utf8');
    const error = await page.evaluate(
      (text) => new DOMParser().parseFromString(text, 'application/xml').querySelector('parsererror')?.textContent ?? null,
      xml,
    );
    expect(error).toBeNull();
    await page.close();
  });
});

describe('the 404 page', () => {
  it('answers 404 in Chinese with a search box and the main sections', async () => {
    const page = await newPage(browser());
    const response = await page.goto(url('/no-such-page/'));
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('页面不存在');
    expect(await page.getByRole('searchbox', { name: '搜索本站' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /找专业/ }).count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('the document library filter (/policies/)', () => {
  it('narrows the list as a select changes, keeps the choice in the address, and restores it from the address', async () => {
    const page = await newPage(browser());
    const errors = watchErrors(page);
    await page.goto(url('/policies/'));
    const all = await page.locator('.policy-list > li').count();
    await page.getByLabel('层级').selectOption('市级');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('level') === '市级');
    const shown = await page.locator('.policy-list > li:not([hidden])').count();
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    expect(await page.locator('#policy-count').innerText()).toBe(`显示 ${shown} 份文件（共 ${all} 份文件）`);
    await page.goto(url('/policies/?level=%E5%B8%82%E7%BA%A7'));
    expect(await page.getByLabel('层级').inputValue()).toBe('市级');
    expect(await page.locator('.policy-list > li:not([hidden])').count()).toBe(shown);
    expect(errors).toEqual([]);
    await page.close();
  });
  it('names a value of the link it has no option for, applies the rest, and filters a document with two issuers under each', async () => {
    const page = await newPage(browser());
    await page.goto(url(`/policies/?level=${encodeURIComponent('县级')}&year=2025`));
    expect(await page.locator('[data-filter-note]').innerText()).toBe('链接里的层级“县级”在本站收录的文件里没有，已忽略，下面按其余条件显示。');
    expect(new URL(page.url()).search).toBe('?year=2025');
    const years = await page.locator('.policy-list > li:not([hidden]) dd:nth-of-type(3)').allInnerTexts();
    expect(years.length).toBeGreaterThan(0);
    expect(years.every((d) => d.startsWith('2025'))).toBe(true);
    const issuers = await page.getByLabel('发文机关').locator('option').allInnerTexts();
    for (const issuer of issuers.slice(1)) {
      await page.goto(url(`/policies/?issuer=${encodeURIComponent(issuer)}`));
      const shownIssuers = await page.locator('.policy-list > li:not([hidden]) dd:nth-of-type(1)').allInnerTexts();
      expect(shownIssuers.length, issuer).toBeGreaterThan(0);
      expect(
        shownIssuers.every((d) => d.split('、').includes(issuer)),
        issuer,
      ).toBe(true);
    }
    await page.close();
  });
});
