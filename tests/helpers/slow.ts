import type { Page } from 'playwright-core';

/** A slow mobile line as families in a chat app's browser often have: 400 ms round trip, 50 KB/s. */
export const SLOW_LINE = { offline: false, latency: 400, downloadThroughput: 50 * 1024, uploadThroughput: 50 * 1024 } as const;

/** Puts a page on the slow line (Chromium's network emulation, through the DevTools protocol); returns how to lift it. */
export async function slowLine(page: Page): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_LINE);
  return async () => {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  };
}

/** Where the search page shows a result: the answers above, the full-text results below. */
const FIRST_RESULT = '#search-answers:not([hidden]) h3 a, #search-results h3 a';

/**
 * Records, in the page, when the first result link appears (ms since navigation started) and
 * when the first keystroke arrives. Installed before the page's own scripts run.
 */
export async function watchFirstResult(page: Page): Promise<void> {
  await page.addInitScript((selector) => {
    const w = window as unknown as { __firstResult: number; __firstResultHref: string; __firstInput: number; __firstFullText: number };
    w.__firstResult = 0;
    w.__firstInput = 0;
    w.__firstFullText = 0;
    document.addEventListener('input', () => (w.__firstInput ||= performance.now()), { capture: true });
    new MutationObserver(() => {
      // The full text has answered when its first result is shown, or when the status says what it found
      // (its results may all be pages the answers above already show).
      const status = document.getElementById('search-status')?.textContent ?? '';
      if (!w.__firstFullText && (document.querySelector('#search-results h3 a') || /^(全文搜索找到|全文搜索没有|没有)/.test(status)))
        w.__firstFullText = performance.now();
      if (w.__firstResult) return;
      const link = document.querySelector<HTMLAnchorElement>(selector);
      if (link) {
        w.__firstResult = performance.now();
        w.__firstResultHref = link.getAttribute('href') ?? '';
      }
    }).observe(document, { childList: true, subtree: true, attributes: true });
  }, FIRST_RESULT);
}

/** When the full-text search answered (its first result, or its count), in ms since navigation started. */
export async function firstFullText(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { __firstFullText: number }).__firstFullText > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => Math.round((window as unknown as { __firstFullText: number }).__firstFullText));
}

/** What watchFirstResult recorded, once a result is there. */
export async function firstResult(page: Page): Promise<{ atMs: number; afterInputMs: number; href: string }> {
  await page.waitForFunction(() => (window as unknown as { __firstResult: number }).__firstResult > 0, undefined, { timeout: 60_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __firstResult: number; __firstResultHref: string; __firstInput: number };
    return { atMs: Math.round(w.__firstResult), afterInputMs: Math.round(w.__firstResult - w.__firstInput), href: w.__firstResultHref };
  });
}
