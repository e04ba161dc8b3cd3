import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { newPage, useBrowser, url, watchErrors } from '../helpers/browser.ts';
import { NEWEST } from '../helpers/lists.ts';

const browser = useBrowser();

interface Row {
  school: string;
  city: string;
  college: string;
  category: string;
  schoolProgram: string;
  schoolProgramCategory: string;
  collegeProgramCode: string;
}
const openData = () => JSON.parse(readFileSync(`dist/data/five-year-programs-${NEWEST.year}.json`, 'utf8')) as Row[];
// The stories take their city, field, college and keyword from the newest list, and expect what its
// data says: a next year's list changes the names, not the stories (architecture review, seam 5).
const rows = openData();
const byCity = (city: string) => rows.filter((r) => r.city === city);
/** A city with located pairs, 朔州市 while the list has it. */
const CITY = byCity('朔州市').length ? '朔州市' : rows.find((r) => r.city)!.city;
/** A city with a program printed with a school's direction in brackets, and that direction. */
const withDirection = rows.find((r) => r.city && /（[^（）]+）$/.test(r.schoolProgram));
const FIELD = rows.some((r) => r.category === '医药卫生大类') ? '医药卫生大类' : rows[0]!.category;
const inField = (r: Row) => (r.category === FIELD || r.schoolProgramCategory === FIELD) && r.city !== '';
const sorted = (xs: string[]) => [...xs].sort();
const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const visibleSchools = (page: import('playwright-core').Page) =>
  page.locator('.pair-group:not([data-group="unknown"]) .pair:visible .pair-school').allInnerTexts();
/** Schools whose location is not established: shown after a city's own under any city filter, as they may be there. */
const unlocatedShown = (page: import('playwright-core').Page) => page.locator('.pair-group[data-group="unknown"] .pair:visible').count();
const unlocatedAll = (page: import('playwright-core').Page) => page.locator('.pair-group[data-group="unknown"] .pair').count();

describe('/programs/ with JavaScript', () => {
  it('filters from the URL: ?city=<a city> shows that city’s pairs and announces the count', async () => {
    const page = await newPage(browser());
    const errors = watchErrors(page);
    await page.goto(url(`/programs/?city=${encodeURIComponent(CITY)}`));
    expect(sorted(await visibleSchools(page))).toEqual(sorted(byCity(CITY).map((r) => r.school)));
    const unlocated = await unlocatedAll(page);
    expect(unlocated).toBeGreaterThan(0);
    expect(await unlocatedShown(page)).toBe(unlocated);
    expect(await page.getByRole('status').first().innerText()).toContain(
      `找到 ${byCity(CITY).length} 个专业对（共 ${NEWEST.pairs} 个）；另有 ${unlocated} 个学校所在地待核实，可能也在${CITY}，列在最后`,
    );
    const groups = await page.locator('.pair-group:visible').evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset['group']));
    expect(groups.at(-1)).toBe('unknown');
    expect(await page.locator('#filter-city').inputValue()).toBe(CITY);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('matches a 专业大类 when either program is in it, and combines filters', async () => {
    const page = await newPage(browser());
    await page.goto(url(`/programs/?field=${encodeURIComponent(FIELD)}`));
    expect(sorted(await visibleSchools(page))).toEqual(sorted(rows.filter(inField).map((r) => r.school)));
    const college = rows.find(inField)!.college;
    await page.goto(url(`/programs/?field=${encodeURIComponent(FIELD)}&college=${encodeURIComponent(college)}`));
    expect(sorted(await visibleSchools(page))).toEqual(sorted(rows.filter((r) => inField(r) && r.college === college).map((r) => r.school)));
    await page.close();
  });

  it('filters instantly while choosing and typing, keeps the state in the URL, and updates option counts', async () => {
    const page = await newPage(browser());
    await page.goto(url('/programs/'));
    const city = withDirection?.city ?? CITY;
    const word = withDirection ? /（([^（）]+)）$/.exec(withDirection.schoolProgram)![1]! : byCity(CITY)[0]!.schoolProgram;
    await page.getByLabel('城市', { exact: true }).selectOption(city);
    expect(sorted(await visibleSchools(page))).toEqual(sorted(byCity(city).map((r) => r.school)));
    expect(await unlocatedShown(page)).toBe(await unlocatedAll(page));
    await page.getByLabel('关键词').fill(word);
    const matching = byCity(city).filter((r) => r.schoolProgram.includes(word));
    expect(await page.locator('.pair-group:not([data-group="unknown"]) .pair:visible').count()).toBe(matching.length);
    const params = new URL(page.url()).searchParams;
    expect(params.get('city')).toBe(city);
    expect(params.get('q')).toBe(word);
    const field = matching[0]!.schoolProgramCategory;
    const inFieldCount = matching.filter((r) => r.schoolProgramCategory === field || r.category === field).length;
    expect(await page.locator('#filter-field option', { hasText: field }).innerText()).toBe(`${field}（${inFieldCount}）`);
    await page.getByLabel('关键词').fill('没有这个专业');
    expect(await page.locator('#empty-result').isVisible()).toBe(true);
    expect(await page.getByRole('status').first().innerText()).toContain('找到 0 个');
    await page.getByRole('link', { name: '清除筛选' }).click();
    expect(await page.locator('.pair:visible').count()).toBe(NEWEST.pairs);
    expect(new URL(page.url()).search).toBe('');
    await page.close();
  });
});

describe('/programs/ keyword box speaks the search vocabulary', () => {
  it('finds pairs by the words families type, and answers what the documents do not hold as search does', async () => {
    const page = await newPage(browser());
    await page.goto(url('/programs/'));
    for (const word of ['护士', '汽修', '电脑', '高铁', '厨师', 'shuozhou', '长治卫校']) {
      await page.getByLabel('关键词').fill(word);
      expect(await page.locator('.pair:visible').count(), word).toBeGreaterThan(0);
    }
    await page.getByLabel('关键词').fill('分数线');
    expect(await page.locator('#empty-result').isVisible()).toBe(true);
    const answer = page.locator('#empty-result .answer-question');
    await answer.waitFor();
    expect(await answer.innerText()).toContain('没有写');
    expect(await answer.innerText()).toContain('可以问：');
    expect(await page.getByRole('link', { name: '全站搜索' }).getAttribute('href')).toMatch(/\/search\/\?q=%E5%88%86%E6%95%B0%E7%BA%BF$/);
    // A word the documents do hold leaves no stale answer behind.
    await page.getByLabel('关键词').fill('没有这个专业');
    await page.waitForFunction(() => !document.querySelector('#empty-result .answer-question'));
    await page.close();
  });
});

describe('/programs/ and /map/ with a link that does not fit', () => {
  it('says so for a year without a list or a city and 专业大类 not on it, and applies the rest', async () => {
    const page = await newPage(browser());
    await page.goto(url(`/programs/?year=2019&city=${encodeURIComponent('北京市')}&q=${encodeURIComponent('护理')}`));
    expect(await page.locator('[data-year-note]').innerText()).toContain('链接里的年份“2019”没有名单');
    expect(await page.locator('[data-filter-note]').innerText()).toContain('城市“北京市”在这份名单里没有');
    expect(await page.locator('#filter-city').inputValue()).toBe('');
    expect(await page.locator('.pair:visible').count()).toBeGreaterThan(0);
    await page.goto(url(`/map/?field=${encodeURIComponent('不存在大类')}&city=${encodeURIComponent('朔州')}`));
    expect(await page.locator('[data-filter-note]').innerText()).toContain('专业大类“不存在大类”');
    expect(await page.locator('#map-city').inputValue()).toBe('朔州市');
    expect(await page.locator('#map-status').innerText()).toMatch(/显示 2 条连线/);
    await page.close();
  });
});

describe('/programs/ without JavaScript', () => {
  it('shows every pair, grouped by city, with no dead filter form: the cities jump to their groups', async () => {
    const page = await newPage(browser(), { javaScriptEnabled: false });
    await page.goto(url('/programs/'));
    expect(await page.locator('.pair:visible').count()).toBe(NEWEST.pairs);
    const unknown = openData().filter((p) => p.city === '').length;
    expect(unknown).toBeGreaterThan(0);
    expect(await page.locator('.pair-group h2').allInnerTexts()).toContain(`所在地待核实（${unknown}个）`);
    expect(await page.locator('.shortlist-toggle:visible').count()).toBe(0);
    expect(await page.locator('form[data-program-filter]').isVisible()).toBe(false);
    await page.locator('noscript, .note').getByRole('link', { name: '朔州市', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#group-shuozhou');
    expect(await page.locator('#group-shuozhou').isVisible()).toBe(true);
    await page.close();
  });
});

describe('a parent who knows only their city gets to the school and its college', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const page = await newPage(browser(), { ...phone, javaScriptEnabled });
      await page.goto(url('/'));
      await page.getByRole('link', { name: '忻州市', exact: true }).click();
      await page.getByRole('link', { name: '忻州市第一职业中学校' }).first().click();
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('忻州市第一职业中学校');
      expect(await page.locator('.pair').first().innerText()).toContain('研学旅行管理与服务');
      await page.getByRole('link', { name: '山西林业职业技术学院' }).first().click();
      expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('山西林业职业技术学院');
      expect(await page.locator('.pair-school').allInnerTexts()).toEqual(expect.arrayContaining(['忻州市第一职业中学校', '太原生态工程学校']));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.close();
    });
  }
});

describe('school, major and city pages', () => {
  it('a school page names the school, where it is and how that is known, its pairs, and links every statement to its clause', async () => {
    const page = await newPage(browser());
    await page.goto(url('/schools/gaoping-zhongdeng-zhuanye-xuexiao/'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('高平市中等专业学校');
    expect(await page.locator('.meta').innerText()).toContain('晋城市（据校名），高平市（据校名）');
    expect(await page.locator('#programs ~ .pair-list .pair').allInnerTexts()).toEqual([
      expect.stringContaining('机电一体化技术（煤矿机电方向）'),
      expect.stringContaining('煤矿智能开采技术'),
    ]);
    const sources = await page.locator('.source-words a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const href of new Set(sources)) {
      await page.goto(href);
      const id = new URL(href).hash.slice(1);
      expect(await page.locator(`[id="${id}"]`).count(), href).toBe(1);
    }
    await page.close();
  });

  it('a school whose location is not established says so and is not put in a city', async () => {
    const page = await newPage(browser());
    await page.goto(url('/schools/shanxi-chengxiang-jianshe-xuexiao/'));
    expect(await page.locator('.meta').innerText()).toContain('所在地待核实');
    await page.goto(url('/cities/'));
    expect(await page.locator('#unknown ~ ul').innerText()).toContain('山西省城乡建设学校');
    await page.close();
  });

  it('a direction variant belongs to its catalogue major’s page', async () => {
    const page = await newPage(browser());
    await page.goto(url('/majors/460301/'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('机电一体化技术');
    expect(await page.locator('.meta').innerText()).toContain('机电一体化技术（煤矿机电方向）');
    const expected = openData().filter((p) => p.collegeProgramCode === '460301').length;
    expect(expected).toBeGreaterThan(5);
    expect(await page.locator('.pair').count()).toBe(expected);
    await page.close();
  });

  it('a city page starts with the city name and lists the pilot rules with their clauses', async () => {
    const page = await newPage(browser());
    await page.goto(url('/cities/shuozhou/'));
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toMatch(/^朔州市/);
    expect(await page.locator('#pilot ~ .facts').innerText()).toContain('原则上不超过5所');
    await page.close();
  });
});
