import type { Page } from 'playwright-core';

/** One entry of tests/search-queries.yaml. */
export interface SearchQuery {
  q: string;
  expect: string;
  why: string;
}

/**
 * Types a query into the open search page's box and returns the result links once the list shows
 * that query's results (the page marks the list with the query it answers), or none.
 */
export async function runQuery(page: Page, q: string): Promise<string[]> {
  const box = page.locator('#search-q');
  await box.fill('');
  await box.fill(q);
  await page.waitForFunction(
    (query) => {
      const list = document.getElementById('search-results');
      const status = document.getElementById('search-status')?.textContent ?? '';
      return list?.dataset['query'] === query && !status.includes('正在');
    },
    q,
    { timeout: 10_000 },
  );
  return page.locator('#search-results h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}
