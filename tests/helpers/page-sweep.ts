import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, axeViolations, enhanced, newPage, url, useBrowser } from './browser.ts';
import { builtPages } from './dist.ts';

// One sweep over every built page, one visit each, on a 360-px phone: requests to other hosts,
// console and CSP errors, axe (WCAG 2.2 A/AA) once the page has run its enhancements, and what a phone makes of figures and tables (SVG
// text of at least 12 px, SVG links of at least 24 × 24 px, no number in a table cell wrapped). axe-core (the package itself, no wrapper) is added to the context
// once and is present on every page it opens.

/** Measured in the page: what is too small or broken on this screen. */
function phoneProblems(): string[] {
  const problems: string[] = [];
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  for (const text of document.querySelectorAll<SVGTextElement>('svg text')) {
    if (!visible(text)) continue;
    const ctm = text.getScreenCTM();
    const size = parseFloat(getComputedStyle(text).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
    if (size < 11.5) problems.push(`SVG 文字 ${size.toFixed(1)}px：“${(text.textContent ?? '').slice(0, 12)}”`);
  }
  for (const link of document.querySelectorAll('svg a')) {
    if (!visible(link)) continue;
    const r = link.getBoundingClientRect();
    if (r.width < 24 || r.height < 24) problems.push(`SVG 链接 ${r.width.toFixed(0)}×${r.height.toFixed(0)}px：“${(link.textContent ?? '').slice(0, 12)}”`);
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const cell = node.parentElement?.closest('td, th');
    if (!cell || !visible(cell)) continue;
    for (const match of (node.textContent ?? '').matchAll(/\d[\d.,%]*/g)) {
      const range = document.createRange();
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (lines.size > 1) problems.push(`表格中的数字断行：“${match[0]}”`);
    }
  }
  return problems;
}

/**
 * Every built page of one half of the site (`half` 0 or 1, alternate pages in path order): the two
 * halves are two test files, so the two workers sweep at once.
 */
export function sweepPages(half: 0 | 1) {
  const browser = useBrowser();
  const all = builtPages();
  const pages = all.filter((_, i) => i % 2 === half);
  describe('every built page, on a phone: no other host, no console or CSP error, no axe violation, legible figures and tables', () => {
    let page: Page;
    // Each request to another host and each error is charged to the page that made it: the page
    // whose address the tab showed when the browser reported it (a late message from the page before
    // is not charged to the next one), and a page's entries are read after its own checks and once
    // more at the end, for anything that came later still.
    const made = new Map<string, string[]>();
    const charge = (what: string) => {
      const at = new URL(page.url()).pathname;
      made.set(at, [...(made.get(at) ?? []), what]);
    };
    beforeAll(async () => {
      page = await newPage(browser(), { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });
      await page.context().addInitScript({ content: AXE_SOURCE });
      const host = new URL(url('/')).host;
      page.on('request', (req) => {
        const u = new URL(req.url());
        if (u.protocol.startsWith('http') && u.host !== host) charge(`其他主机：${req.url()}`);
      });
      page.on('console', (msg) => {
        if (msg.type() === 'error') charge(`控制台：${msg.text()}`);
      });
      page.on('pageerror', (error) => charge(`脚本错误：${error.message}`));
    });

    it('covers every page type, and the two halves cover every page', () => {
      for (const prefix of ['/policies/', '/schools/', '/colleges/', '/majors/', '/cities/', '/programs/', '/search/', '/shortlist/', '/explainers/', '/data/'])
        expect(
          all.some((p) => p.startsWith(prefix)),
          prefix,
        ).toBe(true);
      const other = all.filter((_, i) => i % 2 !== half);
      expect([...pages, ...other].sort()).toEqual(all);
      expect(pages.length).toBeGreaterThan(50);
    });

    it.each(pages)('%s', async (path) => {
      await page.goto(url(path), { waitUntil: 'load' });
      await enhanced(page);
      const violations = (await axeViolations(page)).map(({ id, nodes }) => ({ id, nodes }));
      expect(violations).toEqual([]);
      expect(await page.evaluate(phoneProblems)).toEqual([]);
      expect(made.get(new URL(url(path)).pathname) ?? []).toEqual([]);
    });

    it('and no page made a request to another host or an error after its own checks', async () => {
      await page.goto('about:blank');
      expect(Object.fromEntries(made)).toEqual({});
    });

    it('charges an error to the page that made it, not to the page opened after it', async () => {
      const [first, second] = pages.map((p) => new URL(url(p)).pathname);
      await page.goto(url(pages[0]!));
      await page.evaluate(() => console.error('试验'));
      await page.goto(url(pages[1]!));
      expect(made.get(first!)).toEqual(['控制台：试验']);
      expect(made.has(second!)).toBe(false);
      made.clear();
    });
  });
}
