import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newPage, useBrowser } from '../helpers/browser.ts';
import { command as run, oneBuildAtATime } from '../helpers/build-env.ts';
import { contentCopy, folderDigest } from '../helpers/content.ts';
import { builtPages, mainHtml, readPage, textOf } from '../helpers/dist.ts';
import { RESULT_LINKS } from '../helpers/search.ts';
import { parseNotice } from '../../src/lib/content/notice-import.ts';
import { startServer } from '../../scripts/serve.mjs';

// The one build of the site beyond dist/, serving three checks (a build is the dearest step of the
// suite): the README's "Adding next year's list" run as written (the real command on a clearly
// fictional 2026 notice from tests/fixtures/, never content/), then a real build of the two-year
// site that is served under a sub-path (BASE_PATH=/zhijiao/, another origin) and in which one
// school's name holds markup.
const FIXTURE = 'tests/fixtures/notice/notice-2026-fictional.txt';
const NAME = '<b>太原</b>铁路机械学校<script>alert(1)</script>';
const BASE = '/zhijiao/';
const ORIGIN = 'https://edu.example.cn';

const digest = folderDigest;

const copy = contentCopy({});
const out = `${copy.dir}-dist`;
let first: ReturnType<typeof run>;
let second: ReturnType<typeof run>;
let before: string;
let after: string;
const browser = useBrowser();
let server: { close: (cb: () => void) => void } | undefined;
/** The built site's address on the test server, ending in /zhijiao/. */
let base = '';
beforeAll(async () => {
  first = run(['npm', 'run', '-s', 'import-notice', '--', FIXTURE, '--content', copy.dir]);
  before = digest(copy.dir);
  second = run(['npm', 'run', '-s', 'import-notice', '--', FIXTURE, '--content', copy.dir]);
  after = digest(copy.dir);
  // After the import, which finds schools by name.
  const schools = join(copy.dir, 'schools.yaml');
  writeFileSync(schools, readFileSync(schools, 'utf8').replace('name: 太原铁路机械学校', `name: "${NAME}"`));
  for (const [cmd, args] of [
    ['astro', ['build', '--outDir', out]],
    ['pagefind', ['--site', out]],
  ] as const) {
    const step = oneBuildAtATime(() => run([cmd, ...args], { CONTENT_DIR: copy.dir, BASE_PATH: BASE, SITE_URL: ORIGIN }));
    if (step.status !== 0) throw new Error(`${cmd} failed:\n${step.stdout.slice(-3000)}\n${step.stderr.slice(-3000)}`);
  }
  const started = await startServer({ root: out, base: BASE, port: 0 });
  server = started.server;
  base = started.url;
}, 300_000);
afterAll(async () => {
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  copy.cleanup();
  rmSync(out, { recursive: true, force: true });
});

describe('next year in one step: import a notice, build, and every year is coherent', () => {
  it('writes the document, the list with every row and code, and the new school with its location unknown; prints the checklist', () => {
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('写入 content/five-year-lists/2026.yaml');
    expect(first.stdout).toMatch(/\[ \] 新增学校的所在地[\s\S]*样例县职业中学校/);
    const list = parse(readFileSync(join(copy.dir, 'five-year-lists/2026.yaml'), 'utf8'));
    expect(list).toMatchObject({ year: 2026, document: 'five-year-notice-2026', stated: { schools: 23, pairs: 36 } });
    expect(list.rows[5]).toMatchObject({
      no: 6,
      school: 'taiyuan-shengtai-gongcheng-xuexiao',
      pairs: [{ college: 'jinzhong-zhiye-jishu-xueyuan', collegeProgram: { name: '园林技术', code: '410202' } }],
    });
    const schools = parse(readFileSync(join(copy.dir, 'schools.yaml'), 'utf8')) as { name: string; city: unknown; cityBasis: string }[];
    expect(schools.find((s) => s.name === '样例县职业中学校')).toMatchObject({ city: null, cityBasis: 'unknown' });
    const policy = readFileSync(join(copy.dir, 'policies/five-year-notice-2026.md'), 'utf8');
    expect(policy).toContain('docNumber: "晋教职成〔2099〕1号"');
    expect(policy).toContain('date: "2026-02-20"');
  });

  it('changes nothing when run a second time', () => {
    expect(second.status).toBe(0);
    expect(second.stdout).not.toContain('写入');
    expect(after).toBe(before);
  });

  it('refuses a malformed table with the line it is on, and writes nothing', () => {
    const broken = contentCopy({});
    try {
      const malformed = `${broken.dir}/broken.txt`;
      writeFileSync(malformed, readFileSync(FIXTURE, 'utf8').replace('7 大同市第二高级职业学校 机电技术应用', '17 大同市第二高级职业学校 机电技术应用'));
      const result = run(['npm', 'run', '-s', 'import-notice', '--', malformed, '--content', broken.dir]);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/第\d+行：“17 大同市第二高级职业学校 机电技术应用 山西通用航空职业技术学院 智能机电技术”——序号应为 7/);
      expect(readdirSync(join(broken.dir, 'five-year-lists'))).toEqual(['2025.yaml']);
    } finally {
      broken.cleanup();
    }
  });

  it('imports the same list from a spreadsheet export (CSV, blank cells continuing the row above) with npm run import-list', () => {
    const csvCopy = contentCopy({});
    try {
      const rows = parseNotice(readFileSync('content/seeds/001_5dcfb45875f7e289.txt', 'utf8')).rows;
      const lines = [
        '序号,中职学校,中职专业,高职学校,高职专业',
        ...rows.flatMap((r) =>
          r.pairs.map((p, i) =>
            i === 0 ? `${r.no},${r.school},${p.schoolProgram},${p.college},${p.collegeProgram}` : `,,${p.schoolProgram},,${p.collegeProgram}`,
          ),
        ),
      ];
      writeFileSync(`${csvCopy.dir}/list.csv`, `\uFEFF${lines.join('\r\n')}\r\n`);
      rmSync(join(csvCopy.dir, 'five-year-lists/2025.yaml'));
      const result = run([
        'npm',
        'run',
        '-s',
        'import-list',
        '--',
        `${csvCopy.dir}/list.csv`,
        '--year',
        '2025',
        '--notice',
        'five-year-notice-2025',
        '--content',
        csvCopy.dir,
      ]);
      expect(result.status, result.stderr).toBe(0);
      expect(parse(readFileSync(join(csvCopy.dir, 'five-year-lists/2025.yaml'), 'utf8'))).toEqual(
        parse(readFileSync('content/five-year-lists/2025.yaml', 'utf8')),
      );
      const xlsx = run(['npm', 'run', '-s', 'import-list', '--', 'list.xlsx', '--year', '2025', '--notice', 'five-year-notice-2025', '--content', csvCopy.dir]);
      expect(xlsx.stderr).toContain('另存为 CSV');
    } finally {
      csvCopy.cleanup();
    }
  });

  it('gives /lists/2026/ its notice, date and the changes since 2025, each with a count', () => {
    const page = textOf(mainHtml(readPage('/lists/2026/', out))).replace(/\s+/g, '');
    expect(page).toContain('（晋教职成〔2099〕1号，山西省教育厅，2026年2月20日）');
    for (const [label, n] of [
      ['新增学校', 1],
      ['不再列入的学校', 1],
      ['新增专业对', 3],
      ['不再列入的专业对', 2],
      ['合作高职学校有变化的学校', 1],
    ] as const)
      expect(page).toContain(`${label}${n}`);
    expect(page).toContain('太原生态工程学校：山西林业职业技术学院→晋中职业技术学院');
    expect(page).toContain('不再列入的学校大同市云冈区职业中学校');
  });

  it('shows the newest list on the program pages and every year on a school page; no page of a 2026 school links the 2025 notice', () => {
    expect(textOf(readPage('/', out))).toMatch(/2026年的名单（最新一份）有：\s*23\s*所中职学校\s*36\s*个专业对/);
    expect(readPage('/programs/', out)).toContain('data-pair="2026-');
    expect(readPage('/programs/', out)).not.toContain('data-pair="2025-');
    const both = readPage('/schools/taiyuan-shengtai-gongcheng-xuexiao/', out);
    expect(textOf(both)).toMatch(/2026年名单\s*（1个）[\s\S]*晋中职业技术学院[\s\S]*2025年名单\s*（1个）[\s\S]*山西林业职业技术学院/);
    for (const school of ['yang-li-xian-zhi-ye-zhong-xue-xiao', 'taiyuan-shengtai-gongcheng-xuexiao', 'shuocheng-shentou-zhiye-zhongxue'])
      expect(readPage(`/schools/${school}/`, out), school).not.toContain('policies/five-year-notice-2025/');
    expect(readPage('/lists/2026/', out)).not.toContain('policies/five-year-notice-2025/');
  });

  it("draws on a school's small map the same partner colleges as its newest pairs", () => {
    const page = readPage('/schools/taiyuan-shengtai-gongcheng-xuexiao/', out);
    const map = /<figure class="small-map">[\s\S]*?<\/figure>/.exec(page)?.[0] ?? '';
    const drawn = [...map.matchAll(/data-school="taiyuan-shengtai-gongcheng-xuexiao" data-college="([a-z-]+)"/g)].map((m) => m[1]);
    expect(drawn).toEqual(['jinzhong-zhiye-jishu-xueyuan']);
  });

  it('publishes open data per year and for all years with a year column', () => {
    const all = JSON.parse(readFileSync(join(out, 'data/five-year-programs.json'), 'utf8')) as { year: number }[];
    expect(all.filter((r) => r.year === 2026)).toHaveLength(36);
    expect(all.filter((r) => r.year === 2025)).toHaveLength(35);
    expect(JSON.parse(readFileSync(join(out, 'data/five-year-programs-2026.json'), 'utf8'))).toHaveLength(36);
    expect(readFileSync(join(out, 'data/five-year-programs.csv'), 'utf8').split('\r\n')[0]).toMatch(/^\uFEFF名单年份,序号,中职学校,/);
  });

  it('keeps each year at its own address: /programs/2025/ and /map/2025/ show the 2025 list and say it is not the newest', () => {
    const programs = readPage('/programs/2025/', out);
    expect(programs).toContain('data-pair="2025-');
    expect(programs).not.toContain('data-pair="2026-');
    expect(textOf(mainHtml(programs))).toContain('这是2025年的名单，不是最新的一份');
    expect(readPage('/map/2025/', out)).toContain('大同市云冈区职业中学校');
    expect(readPage('/map/', out)).not.toContain('大同市云冈区职业中学校');
    expect(readPage('/programs/2026/', out)).toContain('data-pair="2026-');
  });

  it("follows ?year= in the browser to that year's page, keeping the filters", async () => {
    const page = await newPage(browser());
    await page.goto(`${base}programs/?year=2025&city=${encodeURIComponent('大同市')}`);
    await page.waitForURL(/\/zhijiao\/programs\/2025\//);
    expect(new URL(page.url()).searchParams.get('city')).toBe('大同市');
    expect(await page.locator('.pair:visible .pair-school').allInnerTexts()).toContain('大同市云冈区职业中学校');
    await page.goto(`${base}map/?year=2025`);
    await page.waitForURL(/\/zhijiao\/map\/2025\/$/);
    expect(await page.locator('h1').innerText()).toContain('配对地图');
    await page.close();
  });
});

describe('served under a sub-path: BASE_PATH=/zhijiao/', () => {
  it('points every link, asset, feed and sitemap entry under /zhijiao/ and they all resolve', () => {
    const pages = builtPages(out);
    expect(pages.length).toBeGreaterThan(100);
    const broken: string[] = [];
    for (const page of pages) {
      const html = readPage(page, out);
      for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (!href || /^(mailto:|tel:|data:|#)/.test(href)) continue;
        if (/^https?:/.test(href)) {
          if (!href.startsWith(`${ORIGIN}${BASE}`)) broken.push(`${page}: ${href}`);
          continue;
        }
        const url = new URL(href.replace(/&amp;/g, '&'), `http://site/zhijiao${page}`);
        if (!url.pathname.startsWith('/zhijiao/')) {
          broken.push(`${page}: ${href} (outside /zhijiao/)`);
          continue;
        }
        const rel = decodeURIComponent(url.pathname.slice('/zhijiao/'.length));
        const file = rel === '' || rel.endsWith('/') ? join(out, rel, 'index.html') : join(out, rel);
        if (!existsSync(file) && !existsSync(join(file, 'index.html'))) broken.push(`${page}: ${href} (missing)`);
      }
    }
    expect(broken).toEqual([]);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain('<loc>https://edu.example.cn/zhijiao/policies/opinion-2023/</loc>');
    expect(readFileSync(join(out, 'rss.xml'), 'utf8')).toContain('<link>https://edu.example.cn/zhijiao/explainers/');
    expect(readFileSync(join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://edu.example.cn/zhijiao/sitemap-index.xml');
    expect(readPage('/', out)).toContain('<link rel="canonical" href="https://edu.example.cn/zhijiao/"');
  });

  it('searches, filters and maps under the sub-path in the browser', async () => {
    const page = await newPage(browser());
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${base}search/?q=${encodeURIComponent('神头')}`);
    await page.waitForSelector(RESULT_LINKS);
    expect(await page.locator(RESULT_LINKS).first().getAttribute('href')).toMatch(/^\/zhijiao\/schools\/shuocheng-shentou-zhiye-zhongxue\//);
    // The 2025 list's two 朔州 pairs (the fictional 2026 list gives 神头 a third).
    await page.goto(`${base}programs/2025/?city=${encodeURIComponent('朔州市')}`);
    expect(await page.locator('.pair-group:not([data-group="unknown"]) .pair:visible').count()).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('names containing markup are shown as text everywhere', () => {
  it('escapes the name in every built page and data file', () => {
    for (const page of builtPages(out)) {
      // Inside a quoted attribute “<” is inert text; everywhere else it must be escaped.
      const html = readPage(page, out).replace(/="[^"]*"/g, '=""');
      expect(html, page).not.toContain('<b>太原</b>');
      expect(html, page).not.toContain('<script>alert(1)</script>');
    }
    const school = readPage('/schools/taiyuan-tielu-jixie-xuexiao/', out);
    expect(school).toContain('&lt;b&gt;太原&lt;/b&gt;铁路机械学校');
    const json = JSON.parse(readFileSync(join(out, 'data/five-year-programs-2025.json'), 'utf8')) as { school: string }[];
    expect(json[0]?.school).toBe(NAME);
    expect(readdirSync(out)).toContain('pagefind');
  });

  it('shows it as text on the page, in filters, in the shortlist and in search results', async () => {
    const page = await newPage(browser());
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await page.goto(`${base}schools/taiyuan-tielu-jixie-xuexiao/`);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(NAME);
    expect(await page.locator('h1 b').count()).toBe(0);
    await page.goto(`${base}search/?q=${encodeURIComponent('铁路机械')}`);
    await page.waitForSelector(RESULT_LINKS);
    const titles = await page.locator(RESULT_LINKS).allInnerTexts();
    expect(titles.some((t) => t.includes('<b>太原</b>'))).toBe(true);
    expect(await page.locator('#search-results b, #search-results script, #search-answers b, #search-answers script').count()).toBe(0);
    await page.goto(`${base}programs/?q=${encodeURIComponent('铁路机械')}`);
    await page.locator('.pair:visible .shortlist-toggle').first().click();
    await page.goto(`${base}shortlist/`);
    expect(await page.getByRole('table').innerText()).toContain('<b>太原</b>');
    expect(await page.locator('table b').count()).toBe(0);
    expect(dialogs).toBe(0);
    await page.close();
  });
});
