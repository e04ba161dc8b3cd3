import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { url, useSharedPage } from '../helpers/browser.ts';
import { exactShare, indexedTexts, recall } from '../helpers/search.ts';

// Whether search finds every page that holds what was typed (recall), and whether the pages that hold
// the words as typed come first (exact words before scattered characters). The names come from the
// content, the words of the documents from tests/search-words.yaml.
const page = useSharedPage();
const words = parse(readFileSync('tests/search-words.yaml', 'utf8')) as string[];
const names = ['schools', 'colleges', 'cities', 'majors'].flatMap((file) =>
  (parse(readFileSync(`content/${file}.yaml`, 'utf8')) as { name: string }[]).map((e) => e.name),
);
let texts: Record<string, string> = {};

beforeAll(async () => {
  await page().goto(url('/search/'));
  texts = await indexedTexts(page());
});

describe('search recall and ranking', () => {
  it('measures words each held by at least one page', () => {
    expect(Object.keys(texts).length).toBeGreaterThan(80);
    expect(words.length).toBeGreaterThanOrEqual(60);
    expect(words.filter((w) => !Object.values(texts).some((t) => t.includes(w)))).toEqual([]);
  });

  it('finds at least 99% of the pages holding a name or a word of the documents, and at least 90% for every term', async () => {
    const rows = await recall(page(), [...new Set([...names, ...words])]);
    const holding = rows.reduce((n, r) => n + r.holding, 0);
    const found = rows.reduce((n, r) => n + r.found, 0);
    console.log(`搜索召回率：${found}/${holding}（${((100 * found) / holding).toFixed(1)}%），${rows.length} 个词`);
    expect(found / holding).toBeGreaterThanOrEqual(0.99);
    expect(rows.filter((r) => r.holding > 0 && r.found / r.holding < 0.9).map((r) => `${r.term} ${r.found}/${r.holding}`)).toEqual([]);
  });

  it('puts pages holding the word as typed in at least 95% of the first three places', async () => {
    const { good, slots, misses } = await exactShare(page(), words, texts);
    console.log(`前三条含完整词：${good}/${slots}（${((100 * good) / slots).toFixed(1)}%）${misses.length ? `；未满：${misses.join('、')}` : ''}`);
    expect(good / slots).toBeGreaterThanOrEqual(0.95);
  });
});
