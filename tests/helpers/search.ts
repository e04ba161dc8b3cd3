import type { Page } from 'playwright-core';

/**
 * The result links as a reader meets them from the top: the pages the first answers name, then the
 * full-text results (which leave out what the answers already show).
 */
export const RESULT_LINKS = '#search-answers:not([hidden]) h3 a, #search-results h3 a';

/** One entry of tests/search-queries.yaml. */
export interface SearchQuery {
  q: string;
  expect: string;
  why: string;
}

/**
 * Types a query into the open search page's box and returns the result links once the list shows
 * that query's results (the page marks the list with the query it answers), or none: first the
 * pages the answers name, then the full-text results, as a reader sees them from the top.
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
  const questions = await page
    .locator('#search-answers:not([hidden]) [data-question]')
    .evaluateAll((items) => items.map((li) => `question:${(li as HTMLElement).dataset['question'] ?? ''}`));
  const links = await page.locator(RESULT_LINKS).evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...questions, ...links];
}

/** Whether a query's expected answer is among the first three it shows: a site path, or question:<id> (content/questions.yaml). */
export function isHit(found: string[], expected: string): boolean {
  if (expected.startsWith('question:')) return found.includes(expected);
  return found
    .filter((h) => !h.startsWith('question:'))
    .slice(0, 3)
    .some((h) => new URL(h, 'http://x').pathname === `/${expected}`);
}

// Pagefind read directly in the open search page. Written as source text: Vitest would rewrite an
// import() inside a function passed to page.evaluate into its own loader, which the page has not.
const PAGEFIND = "import(location.origin + '/pagefind/pagefind.js')";
const ALL_PAGES = `${PAGEFIND}.then(async (pf) => Promise.all((await pf.search(null)).results.map((r) => r.data())))`;

/** Every indexed page's text, by its path, as Pagefind holds it (lower case). */
export async function indexedTexts(page: Page): Promise<Record<string, string>> {
  const pages = (await page.evaluate(ALL_PAGES)) as { url: string; content: string }[];
  return Object.fromEntries(pages.map((f) => [f.url.replace(/#.*$/, ''), f.content.toLowerCase()]));
}

/**
 * Recall after Pagefind issue #1237's method: for each term, the pages whose indexed text holds it,
 * and how many of them Pagefind's results include.
 */
export async function recall(page: Page, terms: string[]): Promise<{ term: string; holding: number; found: number }[]> {
  // One evaluation: each page's id and text once, then only the ids of each term's results.
  const rows = (await page.evaluate(
    `${PAGEFIND}.then(async (pf) => {
      const all = await pf.search(null);
      const pages = await Promise.all(all.results.map(async (r) => ({ id: r.id, content: (await r.data()).content.toLowerCase() })));
      const out = [];
      for (const term of ${JSON.stringify(terms)}) {
        const found = new Set((await pf.search(term)).results.map((r) => r.id));
        const holding = pages.filter((p) => p.content.includes(term.toLowerCase()));
        out.push({ term, holding: holding.length, found: holding.filter((p) => found.has(p.id)).length });
      }
      return out;
    })`,
  )) as { term: string; holding: number; found: number }[];
  return rows;
}

/**
 * For words of the documents: of the first three results a reader sees (or of the pages holding the
 * word, if fewer), how many hold the word as typed.
 */
export async function exactShare(page: Page, words: string[], texts: Record<string, string>) {
  let good = 0;
  let slots = 0;
  const misses: string[] = [];
  for (const word of words) {
    const holding = Object.values(texts).filter((t) => t.includes(word.toLowerCase())).length;
    const n = Math.min(3, holding);
    const top = (await runQuery(page, word))
      .filter((h) => !h.startsWith('question:'))
      .slice(0, n)
      .map((h) => new URL(h, 'http://x').pathname);
    const held = top.filter((path) => texts[path]?.includes(word.toLowerCase())).length;
    good += held;
    slots += n;
    if (held < n) misses.push(word);
  }
  return { good, slots, misses };
}
