import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { AXE_SOURCE, axeViolations, enhanced, LAYOUT_RULES, newPage, url, useBrowser } from './browser.ts';
import { builtPages } from './dist.ts';

// One sweep over every built page, one visit each, on a 360-px phone: requests to other hosts,
// console and CSP errors, axe (WCAG 2.2 A/AA) once the page has run its enhancements, and what a phone makes of figures and tables (SVG
// text of at least 12 px, SVG links of at least 24 × 24 px, no number in a table cell wrapped). axe-core (the package itself, no wrapper) is added to the context
// once and is present on every page it opens.
//
// Every axe rule runs on every page except the three whose cost is the layout (LAYOUT_RULES: contrast,
// target size, links told apart from text). Those run on each page that shows a style the sweep has
// not checked yet: an element with text, or one a reader can act on, drawn in a way no page before
// it in the sweep had (its own and its ancestors' element names, classes, states, data attributes,
// inline style and SVG fill and the like, from the root down). So every style the site draws text
// or a control in is checked at 360 px at least once, and on a template's second page, the same
// styles with other words, axe takes about half as long. Each half of the sweep keeps its own record;
// the halves are contiguous in path order, so each sees whole page types.

/** Measured in the page: every style it draws text or a control in, as a path from the root. */
function styleSignatures(): string[] {
  // Attributes kept with their value (other data attributes by name only): the states a stylesheet
  // selects on, and what draws.
  const WITH_VALUE = new Set([
    'aria-current',
    'aria-pressed',
    'aria-expanded',
    'aria-selected',
    'aria-disabled',
    'aria-invalid',
    'type',
    'role',
    'open',
    'hidden',
    'disabled',
    // What draws: an inline style, and SVG's presentation attributes.
    'style',
    'fill',
    'stroke',
    'color',
    'opacity',
    'fill-opacity',
    'font-size',
    'font-weight',
  ]);
  const own = (el: Element) => {
    const attributes = [...el.attributes]
      .filter((a) => WITH_VALUE.has(a.name) || (a.name.startsWith('data-') && !a.name.startsWith('data-pagefind')))
      .map((a) => (WITH_VALUE.has(a.name) ? `[${a.name}=${a.value}]` : `[${a.name}]`))
      .sort();
    return [el.localName, ...[...el.classList].sort().map((c) => `.${c}`), ...attributes].join('');
  };
  const signatures = new Set<string>();
  for (const el of document.documentElement.querySelectorAll('body, body *')) {
    const hasText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
    if (!hasText && !el.matches('a, button, input, select, textarea, summary, [tabindex]')) continue;
    const path: string[] = [];
    for (let at: Element | null = el; at; at = at.parentElement) path.unshift(own(at));
    signatures.add(path.join('>'));
  }
  return [...signatures];
}

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
 * Every built page of one half of the site (`half` 0 or 1, the first or second half in path order):
 * the two halves are two test files, so the two workers sweep at once.
 */
export function sweepPages(half: 0 | 1) {
  const browser = useBrowser();
  const all = builtPages();
  const middle = Math.ceil(all.length / 2);
  const pages = half === 0 ? all.slice(0, middle) : all.slice(middle);
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
      const other = half === 0 ? all.slice(middle) : all.slice(0, middle);
      expect([...pages, ...other].sort()).toEqual(all);
      expect(pages.length).toBeGreaterThan(50);
    });

    /** The styles the layout rules have been run on, and the pages they were run on. */
    const checked = new Set<string>();
    const laidOut: string[] = [];
    /** axe on the current page: every rule, the layout rules only if it shows a style not checked yet. */
    async function axeOnPage(path: string) {
      const signatures = await page.evaluate(styleSignatures);
      const fresh = signatures.some((signature) => !checked.has(signature));
      if (fresh) {
        for (const signature of signatures) checked.add(signature);
        laidOut.push(path);
      }
      return (await axeViolations(page, fresh ? [] : LAYOUT_RULES)).map(({ id, nodes }) => ({ id, nodes }));
    }

    it.each(pages)('%s', async (path) => {
      await page.goto(url(path), { waitUntil: 'load' });
      await enhanced(page);
      const violations = await axeOnPage(path);
      expect(violations).toEqual([]);
      expect(await page.evaluate(phoneProblems)).toEqual([]);
      expect(made.get(new URL(url(path)).pathname) ?? []).toEqual([]);
    });

    it('and no page made a request to another host or an error after its own checks', async () => {
      await page.goto('about:blank');
      expect(Object.fromEntries(made)).toEqual({});
    });

    it('ran the layout rules on the first page and on each page with a style not checked before, not on every page', () => {
      expect(laidOut[0]).toBe(pages[0]);
      expect(laidOut.length).toBeLessThan(pages.length);
      console.log(`布局规则（${LAYOUT_RULES.join('、')}）在 ${laidOut.length} / ${pages.length} 个页面上运行`);
    });

    it('runs the layout rules on a page with a style not checked before, and finds what they find there', async () => {
      // A page in the site's own styles (the first swept page's) plus one paragraph in a new, pale style.
      await page.goto(url(pages[0]!));
      await enhanced(page);
      await page.evaluate(() => {
        const pale = document.createElement('p');
        pale.className = 'sweep-test-pale';
        pale.style.color = '#ccc';
        pale.textContent = '浅色的文字';
        document.querySelector('main')?.append(pale);
      });
      expect((await axeOnPage('试验页')).map((v) => v.id)).toContain('color-contrast');
      // The same page again shows no new style: the layout rules are not run, the others are.
      await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('img'), { src: 'data:,' })));
      const again = (await axeOnPage('试验页')).map((v) => v.id);
      expect(again).toContain('image-alt');
      expect(again).not.toContain('color-contrast');
      laidOut.splice(laidOut.indexOf('试验页'), 1);
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
