import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage, url, useBrowser, watchErrors } from '../helpers/browser.ts';
import { RESULT_LINKS } from '../helpers/search.ts';

const browser = useBrowser();
let page: Page;
beforeAll(async () => {
  page = await newPage(browser());
});

/** Runs a search through the page as a person would (URL with ?q=) and returns the results. */
async function search(query: string, extra = ''): Promise<{ title: string; href: string }[]> {
  await page.goto(url(`/search/?q=${encodeURIComponent(query)}${extra}`));
  await page.waitForFunction(() => {
    const status = document.getElementById('search-status')?.textContent ?? '';
    return status !== '' && !status.includes('正在');
  });
  const results = await page
    .locator(RESULT_LINKS)
    .evaluateAll((links) => links.map((a) => ({ title: a.textContent ?? '', href: a.getAttribute('href') ?? '' })));
  // The search-quality report: what each query found, printed with the test run.
  console.log(
    `搜索“${query}”${extra}：${results.length} 个结果；前三：${results
      .slice(0, 3)
      .map((r) => `${r.title} <${r.href}>`)
      .join('；')}`,
  );
  return results;
}

const top = (results: { href: string }[], n = 1) => results.slice(0, n).map((r) => r.href.replace(/#.*$/, ''));

describe('Chinese search finds what people type', () => {
  it.each([
    ['太原铁路机械学校', '/schools/taiyuan-tielu-jixie-xuexiao/'],
    ['铁路机械', '/schools/taiyuan-tielu-jixie-xuexiao/'],
    ['神头', '/schools/shuocheng-shentou-zhiye-zhongxue/'],
    ['河津', '/schools/hejin-zhiye-zhongxue/'],
    ['长治卫生', '/schools/shanxi-changzhi-weisheng-xuexiao/'],
    ['城乡建设', '/schools/shanxi-chengxiang-jianshe-xuexiao/'],
    ['山西林业职业技术学院', '/colleges/shanxi-linye-zhiye-jishu-xueyuan/'],
    ['朔州', '/cities/shuozhou/'],
    ['朔州市', '/cities/shuozhou/'],
    ['忻州', '/cities/xinzhou/'],
    ['紫砂陶艺', '/majors/710210/'],
    ['紫砂', '/majors/710210/'],
    ['护理', '/majors/'],
    ['机电', '/majors/'],
  ])('“%s” puts %s first', async (query, expected) => {
    const results = await search(query);
    expect(results.length).toBeGreaterThan(0);
    expect(top(results)[0]).toContain(expected);
  });

  // Concepts: the explainer about it or the document it rests on comes first, and both are in the top three.
  it.each([
    ['综合高中班', '/explainers/comprehensive-high-school/', '/policies/pilot-guideline-2024/'],
    ['综合高中', '/explainers/comprehensive-high-school/', '/policies/pilot-guideline-2024/'],
    ['五年制', '/explainers/five-year-programs/', '/policies/five-year-notice-2025/'],
    ['转段', '/explainers/five-year-programs/', '/policies/five-year-notice-2025/'],
    ['转段考核', '/explainers/five-year-programs/', '/policies/five-year-notice-2025/'],
  ])('“%s” puts the explainer %s or the document %s first, both in the top three', async (query, explainer, document) => {
    const results = await search(query);
    expect([explainer, document]).toContain(top(results)[0]);
    expect(top(results, 3)).toEqual(expect.arrayContaining([explainer, document]));
  });

  it('links a result to the clause it matched', async () => {
    const results = await search('转段考核');
    const index = results.findIndex((r) => r.href.includes('/policies/five-year-notice-2025/'));
    expect(results[index]?.href).toMatch(/\/policies\/five-year-notice-2025\/#part-2-item-4$/);
    await page.locator(RESULT_LINKS).nth(index).click();
    expect(await page.locator(':target').innerText()).toContain('转段考核标准');
  });

  it('answers with what each result is and its pairs; excerpts (highlighted) only for prose', async () => {
    const nursing = await search('护理');
    expect(nursing.map((r) => r.title)).toEqual(expect.arrayContaining(['护理（中职）', '护理（高职专科）']));
    const secondary = page.locator('.search-result', { has: page.getByRole('link', { name: '护理（中职）', exact: true }) });
    expect(await secondary.locator('.search-kind').innerText()).toBe('中职专业 · 医药卫生大类');
    expect(await secondary.locator('.search-pairs li').first().innerText()).toMatch(/^\S+ → \S+ · \S+$/);
    expect(await secondary.locator('mark').count()).toBe(0);
    await search('长治卫校');
    const school = page.locator('.search-result').first();
    expect(await school.locator('h3').innerText()).toBe('山西省长治卫生学校');
    expect(await school.locator('.search-kind').innerText()).toBe('中职学校 · 长治市');
    expect(await school.locator('.search-pairs li').allInnerTexts()).toContain('护理 → 长治职业技术学院 · 护理');
    await search('转段考核');
    expect(await page.locator('#search-results mark').count()).toBeGreaterThan(0);
  });

  it('never indexes interface text: buttons and field labels of the pair cards find no page that has them', async () => {
    for (const words of ['加入备选', '本条链接', '中职阶段']) {
      const found = await search(words);
      expect(
        found.filter((r) => /\/(schools|colleges|majors|cities)\//.test(r.href)),
        words,
      ).toEqual([]);
    }
    // A document may hold the characters elsewhere (链接 in its text); the control's label itself is never what matched.
    await search('本条链接');
    expect(await page.locator('#search-results').innerText()).not.toContain('本条链接');
  });

  it('reaches every result: 显示更多 adds the next ten until all are shown, leaving out only the pages the answers above show', async () => {
    await search('技术');
    const total = Number(/找到 (\d+) 个/.exec(await page.locator('#search-status').innerText())?.[1]);
    expect(total).toBeGreaterThan(20);
    const listed = () =>
      page.evaluate(() => document.querySelectorAll('#search-results h3 a').length + Number(document.getElementById('search-results')?.dataset['skipped']));
    expect(await listed()).toBe(10);
    const more = page.getByRole('button', { name: '显示更多结果' });
    for (let shown = 10; shown < total; shown = Math.min(shown + 10, total)) {
      expect(await more.isVisible()).toBe(true);
      await more.click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('#search-results h3 a').length + Number(document.getElementById('search-results')?.dataset['skipped']) >= n,
        Math.min(shown + 10, total),
      );
    }
    expect(await more.isVisible()).toBe(false);
    expect(await listed()).toBe(total);
    // What is left out is what the answers show, and the answers are on the page.
    const answered = await page.locator('#search-answers h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const results = await page.locator('#search-results h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')?.replace(/#.*$/, '')));
    expect(results.filter((href) => answered.includes(href ?? ''))).toEqual([]);
    expect(await page.locator('#search-status').innerText()).not.toContain('已显示');
  });

  it('narrows by type, city and 专业大类 from the URL', async () => {
    const all = await search('机电');
    const schools = await search('机电', `&type=${encodeURIComponent('学校')}&city=${encodeURIComponent('朔州市')}`);
    expect(schools.length).toBeGreaterThan(0);
    expect(schools.length).toBeLessThan(all.length);
    expect(schools.every((r) => r.href.includes('/schools/'))).toBe(true);
    expect(await page.locator('#search-type').inputValue()).toBe('学校');
    const field = await search('技术', `&field=${encodeURIComponent('医药卫生大类')}&type=${encodeURIComponent('专业')}`);
    expect(field.map((r) => r.title)).toEqual(expect.arrayContaining([expect.stringContaining('康复')]));
  });

  it('is keyboard operable from the header box on any page, and keeps the query in the URL', async () => {
    const errors = watchErrors(page);
    await page.goto(url('/policies/'));
    await page.getByRole('searchbox', { name: '搜索全站' }).fill('朔州');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector(RESULT_LINKS);
    await page.getByRole('searchbox', { name: '搜索词' }).press('Tab');
    let focused = '';
    for (let i = 0; i < 8 && !focused.includes('/cities/shuozhou/'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.getAttribute('href') ?? '');
    }
    expect(focused).toContain('/cities/shuozhou/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cities\/shuozhou\//);
    expect(errors).toEqual([]);
  });

  it('answers names in the header box on any page as the reader types, and Enter still opens the full search', async () => {
    const errors = watchErrors(page);
    await page.goto(url('/policies/'));
    const box = page.getByRole('searchbox', { name: '搜索全站' });
    await box.focus();
    await box.fill('长治卫校');
    const answer = page.locator('.header-answers a', { hasText: '山西省长治卫生学校' });
    await answer.waitFor();
    expect(await answer.getAttribute('href')).toMatch(/\/schools\/shanxi-changzhi-weisheng-xuexiao\/$/);
    expect(await page.locator('.site-header [role="status"]').innerText()).toContain('条直接答案');
    await box.fill('分数线');
    await page.locator('.header-answers a', { hasText: '怎么报名？按什么录取？' }).waitFor();
    await box.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator('#search-answers [data-question="how-admitted"]').waitFor();
    expect(errors).toEqual([]);
  });

  it('typed fast, searches the query as typed and leaves it in the address (the address follows searches, not keystrokes)', async () => {
    await page.goto(url('/search/'));
    const box = page.getByRole('searchbox', { name: '搜索词' });
    await box.focus();
    await page.keyboard.type('shuozhou');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === 'shuozhou');
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset['query'] === 'shuozhou');
    expect(await page.locator(RESULT_LINKS).first().getAttribute('href')).toContain('/cities/shuozhou/');
  });

  it('says what to try when nothing is found: the closest words it knows, and the program filter', async () => {
    const results = await search('量子计算机');
    // 计算机 is a word the site knows: the computer majors are answered above, nothing wrong below.
    expect(results.map((r) => r.title)).toEqual(expect.arrayContaining(['计算机平面设计（中职）']));
    // No page holds the word: what is shown holds only some of its characters, and says so.
    await search('量子纠缠态');
    expect(await page.locator('#search-status').innerText()).toContain('没有页面含有完整的“量子纠缠态”');
    expect(await page.locator('#search-status').innerText()).toContain('可以试试');
    await page.waitForSelector('.search-suggest');
    expect(await page.getByRole('link', { name: '在全部专业对里筛选“量子纠缠态”' }).getAttribute('href')).toMatch(/\/programs\/\?q=/);
    await search('计算几');
    await page.waitForSelector('.search-suggest a');
    expect(await page.locator('.search-suggest a').allInnerTexts()).toEqual(expect.arrayContaining(['计算机']));
    await page.locator('.search-suggest a', { hasText: /^计算机$/ }).click();
    await page.waitForFunction(() => document.getElementById('search-results')?.dataset['query'] === '计算机');
    expect(new URL(page.url()).searchParams.get('q')).toBe('计算机');
    expect(await page.locator(RESULT_LINKS).count()).toBeGreaterThan(0);
  });
});

describe('the search page without JavaScript', () => {
  it('offers the A–Z index pages instead', async () => {
    const noJs = await newPage(browser(), { javaScriptEnabled: false });
    await noJs.goto(url('/search/?q=%E6%9C%BA%E7%94%B5'));
    for (const name of ['中职学校（按拼音）', '高职学校（按拼音）', '专业（按专业大类）', '城市'])
      expect(await noJs.getByRole('link', { name, exact: true }).isVisible()).toBe(true);
    await noJs.getByRole('link', { name: '中职学校（按拼音）' }).click();
    expect(await noJs.getByRole('heading', { level: 1 }).innerText()).toContain('中职学校');
    await noJs.close();
  });
});
