import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { ENHANCING_MARK } from '../../src/lib/web/idle-scripts.ts';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Launches headless Chromium with the flags this workplace needs. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One Chromium for the test file: launched before its tests, closed after. Call the result to get it. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('浏览器尚未启动');
    return browser;
  };
}

/** One browser and one page for a test file that visits page after page. Call the result to get the page. */
export function useSharedPage(options: BrowserContextOptions = {}): () => Page {
  const browser = useBrowser();
  let page: Page | undefined;
  beforeAll(async () => {
    page = await newPage(browser(), options);
  });
  return () => {
    if (!page) throw new Error('页面尚未打开');
    return page;
  };
}

/** A page in a fresh browser context (axe needs one); closing the page closes its context. */
export async function newPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  page.on('close', () => void context.close().catch(() => undefined));
  return page;
}

/**
 * Waits until the page has loaded and has run the enhancement scripts it loads after itself
 * (src/lib/web/idle-scripts.ts): until then its script-made controls may not exist yet.
 */
export async function enhanced(page: Page): Promise<void> {
  await page.waitForFunction((mark) => document.readyState === 'complete' && !document.documentElement.hasAttribute(mark), ENHANCING_MARK);
}

/** Absolute URL of a site path on the test server. */
export function url(path: string): string {
  return new URL(path.replace(/^\//, ''), inject('baseUrl')).href;
}

/** Collects console errors and failed requests of a page, for "no errors" assertions. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  // A request the page itself cancelled by navigating away (ERR_ABORTED: the search engine loading
  // when the reader presses Enter) is not a failure; anything else is.
  page.on('requestfailed', (req) => {
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') errors.push(`requestfailed: ${req.url()} (${req.failure()?.errorText ?? ''})`);
  });
  return errors;
}

/** axe-core itself (no wrapper), and the WCAG 2.2 A/AA rules the tests run. */
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * WCAG 2.2 A/AA violations axe finds on the current page. axe is evaluated into the page when it is
 * not there yet (an evaluation from the test is not a page script, so the site's CSP allows it).
 */
export async function axeViolations(page: Page): Promise<{ id: string; help: string; nodes: string[] }[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] })` +
      `.then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`,
  );
}

/** The visible message an action left next to its control (src/client/feedback.ts), once it is there. */
export async function feedbackNear(scope: Locator): Promise<string> {
  const message = scope.locator('.action-feedback').filter({ hasText: /\S/ }).first();
  await message.waitFor({ state: 'visible', timeout: 5000 });
  return message.innerText();
}
