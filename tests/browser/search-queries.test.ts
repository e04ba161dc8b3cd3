import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { url, useSharedPage } from '../helpers/browser.ts';
import { isHit, runQuery, type SearchQuery } from '../helpers/search.ts';

// The query set of tests/search-queries.yaml: what people type, each with the page that must be
// among the first three results, typed into the search page as a person would.
const queries = parse(readFileSync('tests/search-queries.yaml', 'utf8')) as SearchQuery[];
const page = useSharedPage();

describe('the query set: what people type finds its page in the first three results', () => {
  it('has at least 80 queries of every kind, each naming a page or a question that exists', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    for (const kind of ['colloquial', 'concept', 'pinyin', 'short name', 'two words', 'document number', 'question', 'out of scope'])
      expect(
        queries.some((q) => q.why.startsWith(kind)),
        kind,
      ).toBe(true);
    const asked = new Set(
      (parse(readFileSync('content/questions.yaml', 'utf8')) as { id: string; search?: string[] }[]).filter((q) => q.search).map((q) => `question:${q.id}`),
    );
    for (const q of queries)
      if (q.expect.startsWith('question:')) expect(asked, q.expect).toContain(q.expect);
      else expect(() => readFileSync(`dist/${q.expect}index.html`), q.expect).not.toThrow();
  });

  it.each(queries.map((q) => [q.q, q.expect, q] as const))('“%s” → %s', async (_q, expected, query) => {
    if (!page().url().includes('/search/')) await page().goto(url('/search/'));
    const found = await runQuery(page(), query.q);
    expect(isHit(found, expected), `找到：${found.slice(0, 5).join('；')}`).toBe(true);
  });
});
