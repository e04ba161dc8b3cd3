import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContextOptions, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { ENHANCING_MARK } from '../../src/lib/web/idle-scripts.ts';

/** Debian's Chromium; never a downloaded browser. */
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Launches headless Chromium with the flags this workplace needs. */
function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * The worker's Chromium: launched by the first test file that asks and shared by the files that
 * follow it in the same worker (the site project does not isolate files), so a launch (about 0.8
 * core-seconds) is paid once per worker instead of once per file. It closes when the worker exits.
 */
let shared: Promise<Browser> | undefined;

/**
 * Chromium for a test file: the worker's shared one. Every context the file opened is closed after
 * its tests, so no file sees another's pages, storage or cookies. Call the result to get it.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (shared && !(await shared).isConnected()) shared = undefined;
    browser = await (shared ??= launch());
    // A file starts with no context left open by the one before it.
    await Promise.all(browser.contexts().map((context) => context.close()));
  });
  afterAll(async () => {
    await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
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
 * (src/lib/web/idle-scripts.ts): until then its script-made controls may not exist yet. The page
 * says when (the load event, then ENHANCING_MARK leaving the root), so nothing polls it frame by frame.
 */
export async function enhanced(page: Page): Promise<void> {
  await page.evaluate(
    (mark) =>
      new Promise<void>((done) => {
        const root = document.documentElement;
        const ready = () => document.readyState === 'complete' && !root.hasAttribute(mark);
        if (ready()) return done();
        const check = () => {
          if (!ready()) return;
          observer.disconnect();
          removeEventListener('load', check);
          done();
        };
        const observer = new MutationObserver(check);
        observer.observe(root, { attributes: true, attributeFilter: [mark] });
        addEventListener('load', check);
      }),
    ENHANCING_MARK,
  );
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
 * The rules whose cost is the page's layout (axe measures every box on the page for each, whatever
 * part it checks): about two thirds of axe's time on this site's pages. What they find follows the
 * styles an element is drawn with, so the page sweep runs them where a page shows a style it has not
 * checked yet (tests/helpers/page-sweep.ts).
 */
export const LAYOUT_RULES = ['color-contrast', 'target-size', 'link-in-text-block'];

/**
 * WCAG 2.2 A/AA violations axe finds on the current page, without the rules named in `skip`. axe is
 * evaluated into the page when it is not there yet (an evaluation from the test is not a page
 * script, so the site's CSP allows it).
 */
export async function axeViolations(page: Page, skip: string[] = []): Promise<{ id: string; help: string; nodes: string[] }[]> {
  if (!(await page.evaluate('typeof window.axe === "object"'))) await page.evaluate(AXE_SOURCE);
  const rules = Object.fromEntries(skip.map((id) => [id, { enabled: false }]));
  return page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, rules: ${JSON.stringify(rules)}, resultTypes: ['violations'] })` +
      `.then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) })))`,
  );
}

/** The visible message an action left next to its control (src/client/feedback.ts), once it is there. */
export async function feedbackNear(scope: Locator): Promise<string> {
  const message = scope.locator('.action-feedback').filter({ hasText: /\S/ }).first();
  await message.waitFor({ state: 'visible', timeout: 5000 });
  return message.innerText();
}
