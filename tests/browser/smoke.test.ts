import { describe, expect, it } from 'vitest';
import { newPage, useBrowser, url, watchErrors } from '../helpers/browser.ts';
import { listCounts, NEWEST } from '../helpers/lists.ts';

const browser = useBrowser();

describe('home and document pages in Chromium', () => {
  it('home page states what the site covers, with the live counts, and has no console errors', async () => {
    const page = await newPage(browser());
    const errors = watchErrors(page);
    const response = await page.goto(url('/'));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain('山西职教政策通');
    // The page opens on the family's question, and lets them answer it at once: their city.
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('初中毕业后，孩子可以去哪里读？');
    expect(await page.locator('.start .guide-cities a').count()).toBe(11);
    const counts = await page.locator('.counts').innerText();
    expect(counts).toContain(String(NEWEST.schools));
    expect(counts).toContain(String(NEWEST.pairs));
    expect(await page.getByRole('contentinfo').innerText()).toContain('以官方发布为准');
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each([
    ['opinion-2023', '（六）推动不同层次职业教育纵向贯通', 'clause-6'],
    ['five-year-notice-2025', '4. 健全衔接贯通管理评价制度', 'part-2-item-4'],
    ['pilot-guideline-2024', '2. 强化转换管理', 'part-5-item-2'],
    ['xinzhou-admissions-2023', '(三)严肃中等职业学校招生纪律', 'part-2-clause-3'],
    ['conference-report-2024', '普及程度实现突破', 'access'],
  ])('/policies/%s/ renders the full text; a link to a clause lands on it', async (id, text, anchor) => {
    const page = await newPage(browser());
    const errors = watchErrors(page);
    const response = await page.goto(url(`/policies/${id}/#${anchor}`));
    expect(response?.status()).toBe(200);
    const target = page.locator(`[id="${anchor}"]`);
    await expect(target.innerText()).resolves.toContain(text);
    expect(await target.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows the 2025 attachment as a table in the original column order', async () => {
    const page = await newPage(browser());
    await page.goto(url('/policies/five-year-notice-2025/#attachment'));
    const table = page.locator('#attachment table');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['序号', '中职学校', '中职专业', '高职学校', '高职专业']);
    expect(await table.locator('tbody tr').count()).toBe(listCounts(2025).pairs);
    await page.close();
  });

  it('marks the newspaper page as a press report, not an official document', async () => {
    const page = await newPage(browser());
    await page.goto(url('/policies/conference-report-2024/'));
    expect(await page.locator('.press-flag').innerText()).toContain('不是政府文件');
    expect(await page.getByText('山西晚报').count()).toBeGreaterThan(0);
    await page.close();
  });
});
