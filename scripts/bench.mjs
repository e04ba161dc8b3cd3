// The benchmark: builds the site and prints figures (never asserts them). Usage:
//   npm run bench                 everything (build, page weight, search, Lighthouse, scale 1×/10×/100×)
//   npm run bench -- --quick      skip Lighthouse and the 100× build
//   npm run bench -- --quick --scale=300   only the 300× scale row (with page weight and search)
//   npm run bench -- --search     only search (loopback, recall, exact words, slow line) on dist/ as built
// Results also go to bench-results/latest.json. Runs Debian's Chromium (CHROME_PATH or /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { generateScale } from './generate-scale.mjs';
import { startServer } from './serve.mjs';

const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
// An option the benchmark does not know stops it, in Chinese, instead of being ignored.
let options;
try {
  options = parseArgs({ options: { quick: { type: 'boolean' }, search: { type: 'boolean' }, scale: { type: 'string' } } }).values;
} catch (error) {
  const named = /'([^']+)'/.exec(error instanceof Error ? error.message : '')?.[1];
  console.error(`npm run bench：不认识的参数${named ? ` ${named}` : ''}。可用的选项：--quick、--search、--scale=1,10,300`);
  process.exit(2);
}
const quick = Boolean(options.quick);
// --search: only the search figures, on the site as last built (dist/).
const searchOnly = Boolean(options.search);
const results = { date: new Date().toISOString(), machine: `${process.platform} ${process.arch}, node ${process.version}` };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
// MIMALLOC_PURGE_DELAY=0 as in `npm run build`: the bundler (Rolldown, whose allocator is mimalloc) then
// hands the memory it frees back to the system at once instead of holding it for the rest of the build.
const env = (extra = {}) => ({ ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOCAL_PREVIEW: '1', MIMALLOC_PURGE_DELAY: '0', ...extra });

function timed(cmd, args, extra = {}) {
  const start = performance.now();
  const run = spawnSync('/usr/bin/time', ['-v', 'npx', cmd, ...args], { env: env(extra), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed:\n${run.stderr.slice(-2000)}`);
  const rss = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0) * 1024;
  return { seconds: (performance.now() - start) / 1000, rss };
}

function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? dirSize(path) : statSync(path).size;
  }
  return total;
}

function table(headers, rows) {
  const out = [`| ${headers.join(' | ')} |`, `|${headers.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  console.log(`${out.join('\n')}\n`);
}

async function withBrowser(fn) {
  const browser = await chromium.launch({ executablePath: CHROME, args: FLAGS });
  try {
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

/**
 * Gzip bytes of the HTML, CSS and JS a page loads up front (requested before its load event; search
 * index aside), the JS it loads after that (its enhancements, src/lib/web/idle-scripts.ts), and its requests.
 */
async function pageWeight(browser, base, dist, path) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const requests = [];
  let loaded = false;
  page.once('load', () => (loaded = true));
  page.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, later: loaded }));
  await page.goto(base + path.slice(1), { waitUntil: 'networkidle' });
  await context.close();
  const own = requests.filter((r) => !r.path.includes('/pagefind/'));
  let total = 0;
  let js = 0;
  let laterJs = 0;
  for (const { path: p, later } of own) {
    const rel = decodeURIComponent(p.replace(/^\/+/, ''));
    const file = rel === '' || rel.endsWith('/') ? join(dist, rel, 'index.html') : join(dist, rel);
    if (!existsSync(file) || !/\.(html|css|js|mjs)$/.test(file)) continue;
    const size = gzipSync(readFileSync(file), { level: 9 }).length;
    if (later) {
      if (/\.m?js$/.test(file)) laterJs += size;
      continue;
    }
    total += size;
    if (/\.m?js$/.test(file)) js += size;
  }
  return { path, gzip: total, js, laterJs, requests: own.length };
}

/**
 * Time from the first keystroke to the first result on /search/, in a fresh browser context (no
 * cache), and the bytes Pagefind fetched. `cold`: typing as soon as the page has loaded; warm:
 * after the page has been open a moment (the engine loads when the page goes idle or the box gets focus).
 * Everything is read in the page afterwards (the Resource Timing entries for the bytes), so no
 * automation traffic runs while the page searches.
 */
async function searchOnce(browser, base, query, cold) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}search/`, { waitUntil: cold ? 'load' : 'networkidle' });
  if (!cold) await page.waitForTimeout(1000);
  const input = page.locator('#search-q');
  await input.focus();
  // Measured in the page, from the first keystroke's input event to the first result in the DOM,
  // so the browser automation's own round trips are not counted.
  await page.evaluate(() => {
    const w = window;
    w.__firstInput = 0;
    w.__firstResult = 0;
    w.__firstFullText = 0;
    document.getElementById('search-q').addEventListener(
      'input',
      () => {
        w.__firstInput ||= performance.now();
      },
      { capture: true },
    );
    new MutationObserver(() => {
      if (!w.__firstResult && document.querySelector('#search-answers:not([hidden]) h3, #search-results h3')) w.__firstResult = performance.now();
      if (!w.__firstFullText && document.querySelector('#search-results h3')) w.__firstFullText = performance.now();
    }).observe(document.querySelector('main') ?? document.body, { childList: true, subtree: true, attributes: true });
  });
  await page.keyboard.type(query);
  await page.waitForSelector('#search-answers:not([hidden]) h3, #search-results h3', { timeout: 15000 });
  await page.waitForTimeout(500);
  const { ms, fullTextMs, bytes } = await page.evaluate(() => ({
    ms: Math.round(window.__firstResult - window.__firstInput),
    fullTextMs: window.__firstFullText ? Math.round(window.__firstFullText - window.__firstInput) : null,
    // Bytes as transferred (the local server does not compress; Pagefind's files are gzip already).
    bytes: performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/pagefind/'))
      .reduce((sum, e) => sum + e.encodedBodySize, 0),
  }));
  const count = await page.locator('#search-answers:not([hidden]) h3, #search-results h3').count();
  await context.close();
  return { query, ms, fullTextMs, bytes, count };
}

/** The median of `runs` searches (the figures vary by tens of milliseconds from run to run). */
async function searchTiming(browser, base, query, cold, runs = 3) {
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await searchOnce(browser, base, query, cold));
  const byTime = [...all].sort((a, b) => a.ms - b.ms);
  const fullText = all
    .map((r) => r.fullTextMs)
    .filter((t) => t !== null)
    .sort((a, b) => a - b);
  return { ...byTime[Math.floor(runs / 2)], all: all.map((r) => r.ms), fullTextMs: fullText[Math.floor(fullText.length / 2)] ?? null };
}

/**
 * On a slow line (tests/helpers/slow.ts: 400 ms round trip, 50 KB/s, text gzipped as a host serves
 * it), in a fresh context: the time from opening /search/?q=… (what the header box on every page
 * does) to the first result, and from a keystroke one second after the search page has loaded to the
 * first result; and whether the expected page is among the first three.
 */
async function slowSearchOnce(browser, base, query, mode) {
  const { slowLine, watchFirstResult, firstResult, firstFullText } = await import('../tests/helpers/slow.ts');
  const { isHit } = await import('../tests/helpers/search.ts');
  const context = await browser.newContext();
  const page = await context.newPage();
  await slowLine(page);
  await watchFirstResult(page);
  let ms;
  if (mode === 'open') {
    await page.goto(`${base}search/?q=${encodeURIComponent(query.q)}`, { waitUntil: 'commit' });
    ms = (await firstResult(page)).atMs;
  } else {
    await page.goto(`${base}search/`, { waitUntil: 'load' });
    await page.waitForTimeout(1000);
    await page.locator('#search-q').fill(query.q);
    ms = (await firstResult(page)).afterInputMs;
  }
  // Right or not at that moment: what the page shows when its first result appears (the answers,
  // or the full-text results if they came first).
  const shown = await page.evaluate(() => [
    ...[...document.querySelectorAll('#search-answers:not([hidden]) [data-question]')].map((li) => `question:${li.dataset.question}`),
    ...[...document.querySelectorAll('#search-answers:not([hidden]) h3 a, #search-results h3 a')].map((a) => a.getAttribute('href')),
  ]);
  const right = isHit(shown, query.expect);
  // And the full-text results below, when a query has any (all ten of the set's first do).
  const fullText = mode === 'open' ? await firstFullText(page).catch(() => null) : null;
  await context.close();
  return { ms, right, fullText };
}

async function slowSearch(browser, base, queries, runs = 3) {
  const rows = [];
  for (const query of queries) {
    const row = { query: query.q };
    for (const mode of ['open', 'type']) {
      const all = [];
      for (let i = 0; i < runs; i++) all.push(await slowSearchOnce(browser, base, query, mode));
      const sorted = [...all].sort((a, b) => a.ms - b.ms);
      const fullTexts = all
        .map((r) => r.fullText)
        .filter((t) => t !== null)
        .sort((a, b) => a - b);
      row[mode] = {
        ms: sorted[Math.floor(runs / 2)].ms,
        runs: all.map((r) => r.ms),
        right: all.every((r) => r.right),
        fullTextMs: fullTexts[Math.floor(fullTexts.length / 2)] ?? null,
      };
    }
    rows.push(row);
  }
  return rows;
}

/** The share of tests/search-queries.yaml whose page is among the first three results. */
async function searchHitRate(browser, base) {
  const { parse } = await import('yaml');
  const { isHit, runQuery } = await import('../tests/helpers/search.ts');
  const queries = parse(readFileSync('tests/search-queries.yaml', 'utf8'));
  const page = await browser.newPage();
  await page.goto(`${base}search/`);
  const misses = [];
  for (const q of queries) {
    if (!isHit(await runQuery(page, q.q), q.expect)) misses.push(q.q);
  }
  await page.close();
  return { total: queries.length, hits: queries.length - misses.length, misses };
}

/**
 * Lighthouse is not a project dependency: it is installed on demand into a folder of the
 * benchmark's own (bench-results/.tools, ignored by git), at a pinned version, and imported from there.
 */
const LIGHTHOUSE_VERSION = '12.8.2';
async function importTool(name) {
  const dir = join('bench-results', '.tools');
  const entry = join(dir, 'node_modules', name);
  if (!existsSync(join(dir, 'node_modules', 'lighthouse'))) {
    mkdirSync(dir, { recursive: true });
    const install = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', `lighthouse@${LIGHTHOUSE_VERSION}`], {
      stdio: 'inherit',
    });
    if (install.status !== 0) throw new Error('could not install Lighthouse into bench-results/.tools');
  }
  const pkg = JSON.parse(readFileSync(join(entry, 'package.json'), 'utf8'));
  const main =
    typeof pkg.exports === 'string' ? pkg.exports : (pkg.exports?.['.']?.import ?? pkg.exports?.['.']?.default ?? pkg.exports?.['.'] ?? pkg.main ?? 'index.js');
  return import(new URL(join(entry, typeof main === 'string' ? main : 'index.js'), `file://${process.cwd()}/`).href);
}

async function lighthouseScores(url) {
  const { default: lighthouse } = await importTool('lighthouse');
  const chromeLauncher = await importTool('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROME, chromeFlags: ['--headless=new', ...FLAGS] });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const c = result.lhr.categories;
    return {
      performance: Math.round(c.performance.score * 100),
      accessibility: Math.round(c.accessibility.score * 100),
      bestPractices: Math.round(c['best-practices'].score * 100),
      seo: Math.round(c.seo.score * 100),
    };
  } finally {
    await chrome.kill();
  }
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

mkdirSync('bench-results', { recursive: true });

if (!searchOnly) {
  // 1. Build and index the real site.
  console.log('## 构建（真实内容）\n');
  const astro = timed('astro', ['build']);
  const index = timed('pagefind', ['--site', 'dist']);
  results.build = {
    astroSeconds: astro.seconds,
    pagefindSeconds: index.seconds,
    peakRss: astro.rss,
    pages: readdirSync('dist', { recursive: true }).filter((f) => String(f).endsWith('index.html')).length,
  };
  table(
    ['步骤', '耗时', '峰值内存'],
    [
      ['astro build', `${astro.seconds.toFixed(1)} s`, `${(astro.rss / 2 ** 20).toFixed(0)} MB`],
      ['pagefind', `${index.seconds.toFixed(1)} s`, `${(index.rss / 2 ** 20).toFixed(0)} MB`],
    ],
  );
}

const { server, url: base } = await startServer({ root: 'dist', base: '/', port: 0 });
try {
  await withBrowser(async (browser) => {
    // 2. Page weight per page type.
    if (!searchOnly) {
      const types = [
        ['首页', '/'],
        ['文件', '/policies/opinion-2023/'],
        ['学校', '/schools/gaoping-zhongdeng-zhuanye-xuexiao/'],
        ['高职学校', '/colleges/changzhi-zhiye-jishu-xueyuan/'],
        ['专业', '/majors/460301/'],
        ['城市', '/cities/linfen/'],
        ['找专业', '/programs/'],
        ['地图', '/map/'],
        ['数据', '/data/'],
        ['解读', '/explainers/five-year-programs/'],
        ['搜索', '/search/'],
        ['文件库', '/policies/'],
        ['备选', '/shortlist/'],
      ];
      const weights = [];
      for (const [label, path] of types) weights.push({ label, ...(await pageWeight(browser, base, 'dist', path)) });
      results.pages = weights;
      console.log('## 每类页面首屏加载（gzip，不含搜索索引；加载事件之前请求的）\n');
      table(
        ['页面', '路径', 'HTML+CSS+JS', '其中 JS', '加载后的 JS', '请求数'],
        weights.map((w) => [w.label, w.path, kb(w.gzip), kb(w.js), kb(w.laterJs), String(w.requests)]),
      );
      const sizes = weights.map((w) => w.gzip);
      results.pageSummary = { median: median(sizes), max: Math.max(...sizes) };
      console.log(`中位数 ${kb(median(sizes))}（目标 ≤ 20 KB）；最大 ${kb(Math.max(...sizes))}（目标 ≤ 80 KB）\n`);
    }

    // 3. Search.
    const queries = ['机电', '朔州', '综合高中班', '五年制', '护理', '太原铁路机械学校', '护士', 'shuozhou', '长治卫校'];
    const timings = [];
    for (const q of queries) {
      const warm = await searchTiming(browser, base, q, false);
      const cold = await searchTiming(browser, base, q, true);
      timings.push({
        query: q,
        warmMs: warm.ms,
        coldMs: cold.ms,
        warmRuns: warm.all,
        coldRuns: cold.all,
        warmFullTextMs: warm.fullTextMs,
        coldFullTextMs: cold.fullTextMs,
        bytes: cold.bytes,
        count: cold.count,
      });
    }
    results.search = timings;
    console.log('## 搜索：从第一次按键到第一条结果（新的浏览器上下文，无缓存；每格三次取中位数）\n');
    table(
      ['查询', '页面已打开片刻', '页面刚打开', '全文搜索答复（片刻 / 刚打开）', '首次查询下载', '结果数'],
      timings.map((t) => [
        t.query,
        `${t.warmMs} ms（${t.warmRuns.join('/')}）`,
        `${t.coldMs} ms（${t.coldRuns.join('/')}）`,
        `${t.warmFullTextMs ?? '—'} / ${t.coldFullTextMs ?? '—'} ms`,
        kb(t.bytes),
        String(t.count),
      ]),
    );
    console.log(
      `最慢：已打开片刻 ${Math.max(...timings.map((t) => t.warmMs))} ms（目标 ≤ 100 ms），刚打开 ${Math.max(...timings.map((t) => t.coldMs))} ms（目标 ≤ 250 ms）\n`,
    );
    const hit = await searchHitRate(browser, base);
    results.searchHitRate = hit;
    results.searchIndexBytes = dirSize(join('dist', 'pagefind'));
    console.log(
      `查询集（tests/search-queries.yaml）：前三条命中 ${hit.hits}/${hit.total}（${((100 * hit.hits) / hit.total).toFixed(0)}%）${hit.misses.length ? `；未命中：${hit.misses.join('、')}` : ''}`,
    );
    console.log(`搜索索引（dist/pagefind/ 全部文件）：${(results.searchIndexBytes / 2 ** 20).toFixed(2)} MB\n`);

    // Recall and exact words (the same measures as tests/browser/search-recall.test.ts).
    {
      const { parse } = await import('yaml');
      const { exactShare, indexedTexts, recall } = await import('../tests/helpers/search.ts');
      const words = parse(readFileSync('tests/search-words.yaml', 'utf8'));
      const names = ['schools', 'colleges', 'cities', 'majors'].flatMap((f) => parse(readFileSync(`content/${f}.yaml`, 'utf8')).map((e) => e.name));
      const page = await browser.newPage();
      await page.goto(`${base}search/`);
      const texts = await indexedTexts(page);
      const rows = await recall(page, [...new Set([...names, ...words])]);
      const holding = rows.reduce((n, r) => n + r.holding, 0);
      const found = rows.reduce((n, r) => n + r.found, 0);
      const exact = await exactShare(page, words, texts);
      await page.close();
      results.searchRecall = { found, holding, terms: rows.length };
      results.searchExact = exact;
      console.log(`召回率（每个名称和文件词语，含该词的页面都在结果里）：${found}/${holding}（${((100 * found) / holding).toFixed(1)}%），${rows.length} 个词`);
      console.log(
        `前三条含完整词（文件词语 ${words.length} 个）：${exact.good}/${exact.slots}（${((100 * exact.good) / exact.slots).toFixed(1)}%）${exact.misses.length ? `；未满：${exact.misses.join('、')}` : ''}\n`,
      );
    }

    // A slow line, as families in a chat app's browser often have.
    {
      const { parse } = await import('yaml');
      const slowServer = await startServer({ root: 'dist', base: '/', port: 0, gzip: true });
      const first = parse(readFileSync('tests/search-queries.yaml', 'utf8')).slice(0, 10);
      const rows = await slowSearch(browser, slowServer.url, first).finally(() => slowServer.server.close());
      results.slowSearch = rows;
      console.log('## 慢速网络上的搜索（往返 400 ms，下行 50 KB/s，文本 gzip；新的浏览器上下文；每格三次取中位数）\n');
      table(
        ['查询', '打开 /search/?q= 到第一条结果', '全文搜索答复', '页面载入 1 秒后按键到第一条结果', '预期页面在前三'],
        rows.map((r) => [
          r.query,
          `${r.open.ms} ms（${r.open.runs.join('/')}）`,
          r.open.fullTextMs === null ? '—' : `${r.open.fullTextMs} ms`,
          `${r.type.ms} ms（${r.type.runs.join('/')}）`,
          r.open.right && r.type.right ? '是' : '否',
        ]),
      );
      const med = (k) => rows.map((r) => r[k].ms).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
      console.log(`中位数：打开 ${med('open')} ms（目标 ≤ 2500 ms），按键 ${med('type')} ms（目标 ≤ 1000 ms）\n`);
    }
  });

  // 4. Lighthouse (mobile).
  if (!quick && !searchOnly) {
    console.log('## Lighthouse（移动端，Debian Chromium）\n');
    const rows = [];
    results.lighthouse = {};
    for (const path of ['/', '/policies/opinion-2023/', '/schools/gaoping-zhongdeng-zhuanye-xuexiao/', '/programs/', '/map/', '/data/']) {
      try {
        const s = await lighthouseScores(base + path.slice(1));
        results.lighthouse[path] = s;
        rows.push([path, String(s.performance), String(s.accessibility), String(s.bestPractices), String(s.seo)]);
      } catch (error) {
        results.lighthouse[path] = { error: String(error) };
        rows.push([path, '失败', String(error).slice(0, 60), '', '']);
      }
    }
    table(['页面', '性能', '无障碍', '最佳实践', 'SEO'], rows);
  }
} finally {
  server.close();
}

// 5. Scale: 1×, 10×, 100× the 2025 list.
console.log('## 规模（合成内容）\n');
const scaleRows = [];
results.scale = [];
// --scale=1,10,300 picks the factors (default 1, 10 and 100; 1 and 10 with --quick).
const factors = options.scale
  ? options.scale
      .split(',')
      .map(Number)
      .filter((n) => n >= 1)
  : searchOnly
    ? []
    : quick
      ? [1, 10]
      : [1, 10, 100];
for (const factor of factors) {
  const content = factor === 1 ? 'content' : `bench-results/content-${factor}x`;
  const counts = factor === 1 ? { schools: 23, pairs: 35, documents: 5 } : generateScale(factor, content);
  const out = `bench-results/dist-${factor}x`;
  const build = timed('astro', ['build', '--outDir', out], { CONTENT_DIR: content });
  const idx = timed('pagefind', ['--site', out]);
  const pages = readdirSync(out, { recursive: true }).filter((f) => String(f).endsWith('index.html')).length;
  const indexBytes = dirSize(join(out, 'pagefind'));
  const { server: s, url } = await startServer({ root: out, base: '/', port: 0 });
  const query = await withBrowser((b) => searchTiming(b, url, '机电', true)).finally(() => s.close());
  const row = {
    factor,
    ...counts,
    pages,
    buildSeconds: build.seconds,
    peakRss: build.rss,
    indexSeconds: idx.seconds,
    indexBytes,
    queryMs: query.ms,
    queryBytes: query.bytes,
  };
  results.scale.push(row);
  scaleRows.push([
    `${factor}×`,
    `${counts.schools} / ${counts.pairs} / ${counts.documents}`,
    String(pages),
    `${build.seconds.toFixed(1)} s`,
    `${(build.rss / 2 ** 20).toFixed(0)} MB`,
    `${idx.seconds.toFixed(1)} s`,
    `${(indexBytes / 2 ** 20).toFixed(1)} MB`,
    `${query.ms} ms / ${kb(query.bytes)}`,
  ]);
}
table(['规模', '学校 / 专业对 / 文件', '页面', '构建', '构建峰值内存', '索引', '索引大小', '“机电”首条结果 / 下载'], scaleRows);
writeFileSync('bench-results/latest.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('结果已写入 bench-results/latest.json');
