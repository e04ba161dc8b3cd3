import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { url, useSharedPage } from '../helpers/browser.ts';
import { runQuery, type SearchQuery } from '../helpers/search.ts';

// The query set of tests/search-queries.yaml: what people type, each with the page that must be
// among the first three results, typed into the search page as a person would.
const queries = parse(readFileSync('tests/search-queries.yaml', 'utf8')) as SearchQuery[];
const page = useSharedPage();

describe('the query set: what people type finds its page in the first three results', () => {
  it('has at least 40 queries of every kind, each naming a page that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const kind of ['colloquial', 'concept', 'pinyin', 'short name', 'two words'])
      expect(
        queries.some((q) => q.why.startsWith(kind)),
        kind,
      ).toBe(true);
    for (const q of queries) expect(() => readFileSync(`dist/${q.expect}index.html`), q.expect).not.toThrow();
  });

  it.each(queries.map((q) => [q.q, q.expect, q] as const))('“%s” → %s', async (_q, expected, query) => {
    if (!page().url().includes('/search/')) await page().goto(url('/search/'));
    const hrefs = await runQuery(page(), query.q);
    expect(
      hrefs.slice(0, 3).map((h) => new URL(h, 'http://x').pathname),
      `前三：${hrefs.slice(0, 3).join('；')}`,
    ).toContain(`/${expected}`);
  });
});
