import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readPage } from '../helpers/dist.ts';
import { PAGEFIND_FIRST_FILES } from '../../src/lib/web/pagefind-files.ts';

describe('what the search index is given', () => {
  it('has every file the search page preloads and the header prefetches when its box gets focus', () => {
    const files = [...PAGEFIND_FIRST_FILES];
    expect(files.length).toBeGreaterThanOrEqual(2);
    const page = readPage('/search/');
    for (const file of files) expect(page, file).toContain(`/pagefind/${file}"`);
    for (const file of files) expect(existsSync(join(DIST, 'pagefind', file)), file).toBe(true);
  });

  it('gives a city its pinyin and initials, a school its short name and pairs, a major its colloquial words', () => {
    expect(readPage('/cities/changzhi/')).toMatch(/<p hidden data-pagefind-weight="10">[^<]*\bchangzhi\b[^<]*\bcz\b/);
    const school = readPage('/schools/shanxi-changzhi-weisheng-xuexiao/');
    expect(school).toContain('长治卫校');
    expect(school).toContain('data-pagefind-meta="kind:中职学校 · 长治市"');
    expect(school).toMatch(/data-pagefind-meta="pairs:护理 → 长治职业技术学院 · 护理/);
    expect(readPage('/majors/720201/')).toMatch(/<p hidden data-pagefind-weight="7">[^<]*护士/);
  });

  it('publishes the words it knows for "did you mean", with pinyin', () => {
    const terms = JSON.parse(readFileSync(join(DIST, 'search/terms.json'), 'utf8')) as { text: string; latin?: string[] }[];
    expect(terms.find((t) => t.text === '朔州')?.latin).toContain('shuozhou');
    expect(terms.map((t) => t.text)).toEqual(expect.arrayContaining(['护士', '山西省长治卫生学校', '计算机平面设计']));
  });
});
