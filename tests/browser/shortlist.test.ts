import { describe, expect, it } from 'vitest';
import { feedbackNear, newPage, url, useBrowser } from '../helpers/browser.ts';

const browser = useBrowser();

describe('a shortlist kept in the browser', () => {
  it('marks pairs, compares them side by side, shares them as a URL and prints one sheet', async () => {
    const page = await newPage(browser());
    await page.goto(url(`/programs/?city=${encodeURIComponent('长治市')}`));
    const buttons = page.locator('.pair:visible .shortlist-toggle');
    await buttons.nth(0).click();
    await buttons.nth(1).click();
    expect(await buttons.nth(0).getAttribute('aria-pressed')).toBe('true');
    expect(await feedbackNear(page.locator('.pair:visible').nth(1))).toContain('共2个');
    expect(
      await page
        .getByRole('link', { name: /我的备选/ })
        .first()
        .textContent(),
    ).toBe('我的备选（2）');

    await page.goto(url('/shortlist/'));
    const table = page.getByRole('table');
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['项目', '备选1', '备选2']);
    const text = await table.innerText();
    // The two pairs of one school differ in their programs and share the rest, said once under the table.
    for (const label of ['中职专业', '升入高职专业']) expect(text).toContain(label);
    const same = await page.locator('#shortlist-same').innerText();
    for (const label of ['中职学校', '合作高职学校', '城市', '来源']) expect(same).toContain(`${label}：`);
    expect(same).toContain('长治市');
    expect(text).not.toContain('长治市');
    // With the family's city chosen, each pair says how far it is.
    await page.getByLabel('你家在哪个市（比较远近）：').selectOption('朔州市');
    // (Both pairs are at one school, so the distance is shared too.)
    expect(await page.locator('#shortlist-same').innerText()).toMatch(/离你家：离朔州市约\d+公里（按两地政府驻地直线距离）/);
    await page.getByLabel('你家在哪个市（比较远近）：').selectOption('');
    expect(await page.locator('.ask-list > li').count()).toBeGreaterThanOrEqual(5);
    const share = await page.getByLabel('分享链接').inputValue();
    expect(share).toMatch(/\/shortlist\/\?ids=2025-\d\d-\d,2025-\d\d-\d$/);

    const other = await newPage(browser());
    await other.goto(share);
    expect(await other.getByRole('table').locator('thead th').count()).toBe(3);
    expect(await other.getByRole('table').innerText()).toBe(text);
    await other.emulateMedia({ media: 'print' });
    expect(await other.locator('.site-header').isVisible()).toBe(false);
    expect(await other.locator('.shortlist-actions').isVisible()).toBe(false);
    expect(await other.getByRole('table').isVisible()).toBe(true);
    // The printed sheet carries a QR code of the same list.
    expect(await other.locator('[data-print-qr] svg').isVisible()).toBe(true);
    // The paper carries the address of this very list, ids included.
    expect(await other.locator('.print-only').innerText()).toContain(new URL(share).search);
    expect(await other.getByRole('button', { name: /^移除/ }).first().isVisible()).toBe(false);
    await other.close();
    await page.close();
  });

  it('removes one item, clears with an undo, and offers nothing to share when empty', async () => {
    const page = await newPage(browser());
    await page.goto(url('/programs/'));
    const buttons = page.locator('.shortlist-toggle');
    for (let i = 0; i < 3; i++) await buttons.nth(i).click();
    await page.goto(url('/shortlist/'));
    const columns = () => page.getByRole('table').locator('thead th').count();
    expect(await columns()).toBe(4);
    await page.getByRole('button', { name: /^移除备选2：/ }).click();
    expect(await columns()).toBe(3);
    expect(await page.locator('#shortlist-undo').innerText()).toMatch(/^已移除.+。 ?撤销$/);
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await columns()).toBe(4);
    await page.getByRole('button', { name: '清空备选' }).click();
    expect(await page.getByRole('table').isVisible()).toBe(false);
    expect(await page.locator('.shortlist-actions').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: '复制分享链接' }).isVisible()).toBe(false);
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await columns()).toBe(4);
    await page.reload();
    expect(await columns()).toBe(4);
    await page.close();
  });

  it('holds at most four and says so', async () => {
    const page = await newPage(browser());
    await page.goto(url('/programs/'));
    const buttons = page.locator('.shortlist-toggle');
    for (let i = 0; i < 5; i++) await buttons.nth(i).click();
    expect(await page.locator('.shortlist-toggle[aria-pressed="true"]').count()).toBe(4);
    // The fifth press says why nothing happened, next to the button pressed.
    expect(await feedbackNear(page.locator('.pair').nth(4))).toContain('最多4个，已满');
    await page.close();
  });
});
