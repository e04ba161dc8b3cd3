import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newPage, useBrowser, url, watchErrors } from '../helpers/browser.ts';
import { NEWEST } from '../helpers/lists.ts';

const browser = useBrowser();

const pairs = JSON.parse(readFileSync(`dist/data/five-year-programs-${NEWEST.year}.json`, 'utf8')) as {
  school: string;
  city: string;
  schoolId: string;
  collegeId: string;
  category: string;
  schoolProgramCategory: string;
}[];

describe('/map/ without JavaScript', () => {
  it('shows all schools and colleges as links, every pair as a line, and a table of them all', async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await page.goto(url('/map/'));
    const map = page.locator('svg.pair-map');
    expect(await map.locator('a.mark-school').count()).toBe(new Set(pairs.map((p) => p.schoolId)).size);
    expect(await map.locator('a.mark-college').count()).toBe(new Set(pairs.map((p) => p.collegeId)).size);
    expect(await map.locator('path.link').count()).toBe(pairs.length);
    expect(await page.locator('#table-heading ~ .table-details tbody tr:visible').count()).toBe(pairs.length);
    expect(await map.locator('.map-unplaced').innerHTML()).toContain('所在地待核实');
    expect(await page.getByText('位置为所在市/县政府驻地，非校址').count()).toBe(1);
    // A located school of the newest list: its mark opens its page.
    // (Followed by its address: in a crowded city another mark may lie over it.)
    const located = pairs.find((p) => p.city)!;
    const href = await map.locator(`a.mark[data-id="${located.schoolId}"]`).first().getAttribute('href');
    expect(href).toMatch(new RegExp(`/schools/${located.schoolId}/$`));
    await page.goto(new URL(href!, page.url()).href);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(located.school);
    await page.close();
  });
});

describe('/map/ with JavaScript', () => {
  it('highlights a school’s links on hover and shows a card linking to its page', async () => {
    const page = await newPage(browser());
    const errors = watchErrors(page);
    await page.goto(url('/map/'));
    const school = 'shanxi-changzhi-weisheng-xuexiao';
    await page.locator(`a.mark[data-id="${school}"] .mark-shape`).hover();
    expect(await page.locator('path.link.is-active').count()).toBe(pairs.filter((p) => p.schoolId === school).length);
    expect(await page.locator('#map-card').innerText()).toContain('山西省长治卫生学校');
    expect(await page.locator('#map-card a').getAttribute('href')).toContain(`/schools/${school}/`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reaches every mark by keyboard, with a visible focus and the links highlighted', async () => {
    const page = await newPage(browser());
    await page.goto(url('/map/'));
    await page.locator('a.mark').first().focus();
    const seen = new Set<string>();
    for (let i = 0; i < 45; i++) {
      const id = await page.evaluate(() => (document.activeElement as SVGAElement | null)?.dataset?.['id'] ?? '');
      if (!id) break;
      seen.add(id);
      expect(await page.locator('path.link.is-active').count()).toBeGreaterThan(0);
      await page.keyboard.press('Tab');
    }
    expect(seen.size).toBe(await page.locator('a.mark').count());
    await page.close();
  });

  it('filters by the same URL parameters as /programs/', async () => {
    const page = await newPage(browser());
    await page.goto(url(`/map/?field=${encodeURIComponent('医药卫生大类')}`));
    const expected = pairs.filter((p) => p.category === '医药卫生大类' || p.schoolProgramCategory === '医药卫生大类').length;
    expect(await page.locator('path.link:not(.is-filtered)').count()).toBe(expected);
    expect(await page.locator('#map-status').innerText()).toContain(`显示 ${expected} 条连线`);
    await page.locator('#map-field').selectOption('');
    expect(await page.locator('path.link:not(.is-filtered)').count()).toBe(pairs.length);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });

  it('school pages say where each pairing leads: both places with their basis, the distance between seats, a link to the map', async () => {
    const page = await newPage(browser());
    await page.goto(url('/schools/hejin-zhiye-zhongxue/'));
    const routes = page.locator('.small-map .routes > li');
    expect(await routes.count()).toBe(new Set(pairs.filter((p) => p.schoolId === 'hejin-zhiye-zhongxue').map((p) => p.collegeId)).size);
    const text = await routes.first().innerText();
    expect(text).toContain('临汾职业技术学院');
    expect(text).toMatch(/两地政府驻地直线距离约\d+公里（估算，不是路程）/);
    expect(
      await routes
        .first()
        .getByRole('link', { name: /在配对地图上看运城市/ })
        .getAttribute('href'),
    ).toContain(`/map/?city=${encodeURIComponent('运城市')}`);
    await page.close();
  });
});

describe('/map/ on a phone', () => {
  const phone = { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true };
  it('shows the pairings city by city instead of a shrunken drawing, every pair once, and follows ?city=', async () => {
    const page = await newPage(browser(), { ...phone, javaScriptEnabled: false });
    await page.goto(url('/map/'));
    expect(await page.locator('svg.pair-map').isVisible()).toBe(false);
    expect(await page.locator('.map-by-city .city-pair').count()).toBe(pairs.length);
    const size = await page
      .locator('.city-school')
      .first()
      .evaluate((el) => [parseFloat(getComputedStyle(el).fontSize), el.getBoundingClientRect().height]);
    expect(size[0]).toBeGreaterThanOrEqual(12);
    expect(size[1]).toBeGreaterThanOrEqual(24);
    await page.close();
    const js = await newPage(browser(), phone);
    const city = pairs.find((p) => p.city)!.city;
    const inCity = pairs.filter((p) => p.city === city);
    await js.goto(url(`/map/?city=${encodeURIComponent(city)}`));
    expect(await js.locator('.map-by-city .city-pair:visible').count()).toBe(inCity.length);
    expect((await js.locator('.map-by-city .city-school:visible').allInnerTexts()).sort()).toEqual([...new Set(inCity.map((p) => p.school))].sort());
    await js.close();
  });
});

describe('/data/ in the browser', () => {
  it('has no console errors, readable charts at 320 px and tables behind a disclosure', async () => {
    const page = await newPage(browser(), { viewport: { width: 320, height: 700 } });
    const errors = watchErrors(page);
    await page.goto(url('/data/'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    const first = page.locator('figure.chart').first();
    await first.getByText('查看数据表').click();
    expect(await first.locator('table').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
});
