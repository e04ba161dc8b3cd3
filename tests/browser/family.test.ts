import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { enhanced, feedbackNear, newPage, url, useBrowser } from '../helpers/browser.ts';
import { builtPages, DIST } from '../helpers/dist.ts';

// The family's journeys on a phone in a chat app's browser, with and without JavaScript. Names and
// counts come from the built open data, not from one year's list.
const browser = useBrowser();
const CHAT_APP = 'Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 XWEB/1160083 MicroMessenger/8.0.47';
const phone = { viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, userAgent: CHAT_APP };

interface Row {
  school: string;
  schoolProgram: string;
  city: string;
  schoolProgramCategory: string;
  collegeProgramCategory: string;
}
const newestFile = builtPages().includes('/programs/') ? readFileSync(join(DIST, 'data/five-year-programs.json'), 'utf8') : '[]';
const allRows = JSON.parse(newestFile) as (Row & { year: number })[];
const newestYear = Math.max(...allRows.map((r) => r.year));
const rows = allRows.filter((r) => r.year === newestYear);
const NURSING = '医药卫生大类';
const inField = (field: string) => rows.filter((r) => r.schoolProgramCategory === field || r.collegeProgramCategory === field);
const nursingCities = new Set(inField(NURSING).map((r) => r.city));
// A city that has programs, but none in the field: the journey that used to dead-end.
const cityWithout = (field: string) => [...new Set(rows.map((r) => r.city))].find((c) => c && !inField(field).some((r) => r.city === c))!;

/** Taps: a counter around clicks, so a story can say how many it took. */
function tapper() {
  let taps = 0;
  return {
    tap: async (locator: ReturnType<Page['locator']>) => {
      taps++;
      await locator.click();
    },
    get count() {
      return taps;
    },
  };
}

describe('the header leaves the screen to the page', () => {
  for (const javaScriptEnabled of [true, false])
    it(`is one row of at most 100 px on a 360-px phone, and its menu opens, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const page = await newPage(browser(), { ...phone, javaScriptEnabled });
      await page.goto(url('/'));
      if (javaScriptEnabled) await enhanced(page);
      expect((await page.locator('.site-header').boundingBox())?.height).toBeLessThanOrEqual(100);
      expect(await page.getByRole('link', { name: '找专业' }).isVisible()).toBe(false);
      // Without script the site cannot search, so the header offers no search box that would lead nowhere.
      expect(await page.locator('.search-box summary').isVisible()).toBe(javaScriptEnabled);
      await page.locator('.site-menu summary').click();
      expect(await page.getByRole('link', { name: '找专业' }).isVisible()).toBe(true);
      if (javaScriptEnabled) expect(await page.getByRole('button', { name: '大字' }).isVisible()).toBe(true);
      await page.close();
    });

  it('does not move the page when the scripts arrive (the display settings go into the closed menu)', async () => {
    const page = await newPage(browser(), { ...phone, javaScriptEnabled: false });
    await page.goto(url('/'));
    const before = (await page.locator('h1').boundingBox())?.y;
    await page.close();
    const withScript = await newPage(browser(), phone);
    await withScript.goto(url('/'));
    await enhanced(withScript);
    expect((await withScript.locator('h1').boundingBox())?.y).toBe(before);
    await withScript.close();
  });

  it('shows the sections and the search box in place on a desktop', async () => {
    const page = await newPage(browser(), { viewport: { width: 1280, height: 800 } });
    await page.goto(url('/'));
    expect(await page.getByRole('link', { name: '找专业' }).isVisible()).toBe(true);
    expect(await page.getByRole('searchbox', { name: '搜索全站' }).isVisible()).toBe(true);
    await page.close();
  });
});

describe('a parent in a city without nursing, whose child likes nursing', () => {
  const city = cityWithout(NURSING);

  it('has cities to choose on the home page’s first screen', async () => {
    const page = await newPage(browser(), phone);
    await page.goto(url('/'));
    const chip = page.getByRole('link', { name: city, exact: true }).first();
    expect((await chip.boundingBox())!.y + 40).toBeLessThanOrEqual(640);
    await page.close();
  });

  it('reaches the nearest nursing programs, the five years, what to ask and a shared shortlist in six taps (JavaScript on)', async () => {
    const page = await newPage(browser(), phone);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const taps = tapper();
    await page.goto(url('/'));
    await enhanced(page);
    await taps.tap(page.getByRole('link', { name: city, exact: true }).first());
    await taps.tap(page.getByRole('link', { name: new RegExp(`^${NURSING}`) }));
    const section = page.locator(`section:has(h2:text-is("${NURSING}"))`);
    const first = section.locator('.near').first();
    expect(await first.innerText()).toMatch(new RegExp(`(${[...nursingCities].join('|')}) · 离${city}约\\d+公里（按`));
    expect(await section.innerText()).toContain(`${city}没有${NURSING}的五年制专业对`);
    // What the five years are and what to ask are on the same page, a link away.
    expect(await page.locator('#how-five-years').count()).toBe(1);
    expect(await page.locator('#ask-heading').innerText()).toBe('报名前向学校问清楚');
    expect(await page.locator('.ask-list > li').count()).toBeGreaterThanOrEqual(5);
    await taps.tap(first.getByRole('button', { name: '加入备选' }));
    await taps.tap(section.getByRole('link', { name: '查看我的备选' }));
    await enhanced(page);
    await taps.tap(page.getByRole('button', { name: '复制分享链接' }));
    expect(await feedbackNear(page.locator('.shortlist-actions'))).toBe('分享链接已复制。');
    const shared = await page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toMatch(/\/shortlist\/\?ids=\d{4}-\d{2}-\d/);
    expect(await page.locator('#shortlist-table').innerText()).toContain(inField(NURSING).find((r) => r.city !== city)!.school);
    expect(taps.count).toBeLessThanOrEqual(6);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  it('reaches the same programs, the five years and what to ask without JavaScript', async () => {
    const page = await newPage(browser(), { ...phone, javaScriptEnabled: false });
    await page.goto(url('/'));
    await page.getByRole('link', { name: city, exact: true }).first().click();
    await page.getByRole('link', { name: new RegExp(`^${NURSING}`) }).click();
    const section = page.locator(`section:has(h2:text-is("${NURSING}"))`);
    expect(await section.locator('.near').count()).toBeGreaterThan(0);
    expect(await page.locator('.ask-list > li').count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator('section:has(#how-five-years) details.source-words').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('is offered the nearest cities with counts, never a bare 0, when a filter has no match', async () => {
    const page = await newPage(browser(), phone);
    await page.goto(url(`/programs/?city=${encodeURIComponent(city)}&field=${encodeURIComponent(NURSING)}`));
    await enhanced(page);
    const offer = page.locator('[data-empty-nearest]');
    await expect.poll(() => offer.innerText()).toContain(`${city}没有。其他市有：`);
    const links = await offer.getByRole('link').allInnerTexts();
    expect(links.length).toBeGreaterThan(0);
    for (const text of links) expect([...nursingCities].some((c) => text.startsWith(`${c}（`))).toBe(true);
    await offer.getByRole('link').first().click();
    expect(await page.locator('.pair:visible').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('finds on the city page the fields it lacks, with the nearest cities', async () => {
    const page = await newPage(browser(), { ...phone, javaScriptEnabled: false });
    const id = /\/cities\/([^/]+)\//.exec(
      builtPages().find((p) => readFileSync(join(DIST, p, 'index.html'), 'utf8').includes(`<h1 data-pagefind-weight="10">${city}`)) ?? '',
    )?.[1];
    await page.goto(url(`/cities/${id}/`));
    const line = page.locator('.missing-fields li', { hasText: NURSING });
    expect(await line.innerText()).toMatch(new RegExp(`(${[...nursingCities].join('|')})\\d+个（约\\d+公里）`));
    await page.close();
  });
});

describe('/programs/ from the family’s city', () => {
  it('orders the cities by distance and says what the distance is; the keyword box knows family words', async () => {
    const page = await newPage(browser(), phone);
    const city = rows[0]!.city;
    await page.goto(url(`/programs/?from=${encodeURIComponent(city)}`));
    await enhanced(page);
    const groups = await page.locator('.pair-group:visible h2').allInnerTexts();
    expect(groups[0]).toContain(city);
    expect(groups.at(-1)).toContain('所在地待核实');
    expect(await page.locator('.pair-distance').first().innerText()).toMatch(/^在|^离/);
    await page.getByLabel('关键词').fill('护士');
    await expect.poll(() => page.locator('.pair:visible').count()).toBeGreaterThan(0);
    for (const text of await page.locator('.pair:visible').allInnerTexts()) expect(text).toContain('护理');
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });
});

describe('the guide, without JavaScript', () => {
  it('reaches an outcome for each goal, and every outcome cites its clauses', async () => {
    const page = await newPage(browser(), { ...phone, javaScriptEnabled: false });
    await page.goto(url('/guide/'));
    const city = rows[0]!.city;
    await page.getByRole('link', { name: city, exact: true }).click();
    const goals = await page.locator('.guide-steps a').count();
    expect(goals).toBe(4);
    for (let i = 0; i < goals; i++) {
      await page.locator('.guide-steps a').nth(i).click();
      expect(page.url()).toMatch(/\/guide\/[a-z]+\/[a-z-]+\/$/);
      expect(await page.locator('h1').innerText()).toContain(city);
      expect(await page.locator('details.source-words').count()).toBeGreaterThan(0);
      expect(await page.locator('main a[href*="/policies/"]').count()).toBeGreaterThan(0);
      await page.goBack();
    }
    await page.close();
  });
});

describe('search on a phone', () => {
  it('shows the first result on the first screen, the filters folded behind 缩小范围', async () => {
    const page = await newPage(browser(), phone);
    await page.goto(url(`/search/?q=${encodeURIComponent('护士')}`));
    const first = page.locator('#search-answers h3 a, #search-results h3 a').first();
    await first.waitFor();
    const box = await first.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(640);
    expect(await page.locator('details.search-narrow').getAttribute('open')).toBeNull();
    await page.goto(url(`/search/?q=${encodeURIComponent('机电')}&type=${encodeURIComponent('学校')}`));
    expect(await page.locator('details.search-narrow').getAttribute('open')).toBe('');
    await page.close();
  });
});

describe('/map/ on a phone', () => {
  it('says what it shows, and its filter filters the city list and the table', async () => {
    const page = await newPage(browser(), phone);
    await page.goto(url(`/map/?city=${encodeURIComponent(rows[0]!.city)}`));
    await enhanced(page);
    expect(await page.locator('.lead:visible').innerText()).toContain('小屏幕上，这里按城市列出');
    const inCity = rows.filter((r) => r.city === rows[0]!.city).length;
    expect(await page.locator('.city-pair:visible').count()).toBe(inCity);
    expect(await page.locator('.pair-row:not([hidden])').count()).toBe(inCity);
    expect(await page.locator('.table-details').getAttribute('open')).toBeNull();
    await page.close();
  });
});

describe('touch targets', () => {
  it('makes every link in a program card and a guide line at least 24 px tall (WCAG 2.5.8)', async () => {
    const page = await newPage(browser(), phone);
    for (const path of [
      '/programs/',
      `/guide/${
        builtPages()
          .find((p) => /^\/guide\/[^/]+\/five-year\/$/.test(p))!
          .split('/')[2]
      }/five-year/`,
    ]) {
      await page.goto(url(path));
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.pair a, .near a')]
          .map((a) => ({ text: a.textContent ?? '', height: a.getBoundingClientRect().height }))
          .filter((a) => a.height > 0 && a.height < 24),
      );
      expect(small, path).toEqual([]);
    }
    await page.close();
  });
});

describe('reporting a problem, with no server', () => {
  it('composes the report from the page and clause a reader came from, and says there is no channel yet (JavaScript on)', async () => {
    const page = await newPage(browser(), phone);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(url('/policies/opinion-2023/'));
    const link = page.locator('footer').getByRole('link', { name: '报告问题' });
    expect(await link.getAttribute('href')).toMatch(/\/report\/\?page=\/policies\/opinion-2023\/$/);
    await page.goto(`${url('/report/')}?page=/policies/opinion-2023/&clause=${encodeURIComponent('（六）')}`);
    await enhanced(page);
    await page.getByLabel('说明').fill('第三句少了一个字。');
    const report = await page.locator('#report-text').inputValue();
    expect(report).toMatch(/^页面：https?:\/\/[^/]+\/policies\/opinion-2023\/\n条款：（六）\n问题类型：本站写错了或与原文不符\n说明：第三句少了一个字。$/);
    expect(await page.getByRole('link', { name: '用邮件发送' }).count()).toBe(0);
    await page.getByRole('button', { name: '复制报告' }).click();
    expect(await feedbackNear(page.locator('main'))).toContain('纠错渠道尚未公布');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(report);
    // A question about a document goes to its issuing office, which the page names.
    expect(await page.locator('#ask-office ~ ul').innerText()).toContain('中共山西省委办公厅');
    await page.close();
  });

  it('sends through the operator’s channel once one is set: a mailto: link with the subject and the report filled in', async () => {
    const page = await newPage(browser(), phone);
    // The page as a build with content/site.yaml errorReport set would serve it (the real site has none yet).
    await page.route('**/report/**', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(/data-channel(="")?(?=[ >])/, 'data-channel="mailto:errors@example.org"');
      await route.fulfill({ response, body });
    });
    await page.goto(`${url('/report/')}?page=/policies/opinion-2023/`);
    await enhanced(page);
    await page.getByLabel('说明').fill('一处笔误。');
    const href = await page.getByRole('link', { name: '用邮件发送' }).getAttribute('href');
    const mail = new URL(href!);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('errors@example.org');
    expect(mail.searchParams.get('subject')).toBe('【纠错】本站写错了或与原文不符：/policies/opinion-2023/');
    expect(mail.searchParams.get('body')).toMatch(/^页面：https?:\/\/[^/]+\/policies\/opinion-2023\/\n问题类型：本站写错了或与原文不符\n说明：一处笔误。$/);
    await page.close();
  });

  it('still explains and offers the form without JavaScript', async () => {
    const page = await newPage(browser(), { ...phone, javaScriptEnabled: false });
    await page.goto(`${url('/report/')}?page=/policies/opinion-2023/`);
    expect(await page.locator('main').innerText()).toContain('本站的纠错渠道尚未公布');
    expect(await page.getByLabel('说明').isVisible()).toBe(true);
    expect(await page.locator('button:visible:not([type="submit"])').count()).toBe(0);
    await page.close();
  });
});

describe('one click to copy, on a chart page', () => {
  it('copies the citation with today’s date filled in, the caption and the embed code, and says so', async () => {
    const page = await newPage(browser());
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const chart = builtPages().find((p) => /^\/data\/[a-z-]+\/$/.test(p))!;
    await page.goto(url(chart));
    await enhanced(page);
    await page.getByRole('button', { name: '复制引用' }).click();
    expect(await feedbackNear(page.locator('main'))).toBe('已复制引用（引用日期已填为今天）。');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\[DS\/OL\]\. \[\d{4}-\d{2}-\d{2}\]\. https?:\/\/\S+\/data\/[a-z-]+\/\.$/);
    await page.getByRole('button', { name: '复制嵌入代码' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^<iframe src="[^"]+\/embed\/[a-z-]+\/"/);
    expect(await page.getByRole('button', { name: '复制图注' }).count()).toBe(1);
    await page.close();
  });
});
