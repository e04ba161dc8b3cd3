import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../helpers/dist.ts';

const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);

describe('stable anchors on the document pages', () => {
  it('gives the 2023 opinion parts 一–六 and clauses （一）–（二十二） as #part-N and #clause-N', () => {
    const html = readPage('/policies/opinion-2023/');
    const found = ids(html);
    for (let n = 1; n <= 6; n++) expect(found).toContain(`part-${n}`);
    for (let n = 1; n <= 22; n++) expect(found).toContain(`clause-${n}`);
    expect(html).toMatch(/id="clause-6"[^>]*><a class="clause-label" href="#clause-6">（六）<\/a>推动不同层次职业教育纵向贯通/);
  });

  it('makes the printed number of every clause its link, and ships no script-only control in the HTML', () => {
    let linked = 0;
    for (const path of builtPages().filter((p) => /^\/policies\/[^/]+\/$/.test(p))) {
      const html = readPage(path);
      const clauses = [...html.matchAll(/<(h\d|p) id="([^"]+)" data-cite="[^"]*" class="clause"><a class="clause-label" href="#([^"]+)">/g)];
      const all = [...html.matchAll(/class="clause"/g)];
      expect(clauses.length, path).toBe(all.length);
      linked += clauses.length;
      for (const [, , id, href] of clauses) expect(href, path).toBe(id);
      expect(html.match(/<article[\s\S]*<\/article>/)?.[0] ?? '', path).not.toMatch(/<button|本条链接/);
    }
    expect(linked).toBeGreaterThan(60);
  });

  it('nests numbering that restarts in each part (忻州 notice, 2024 guideline, 2025 notice)', () => {
    expect(ids(readPage('/policies/xinzhou-admissions-2023/'))).toEqual(expect.arrayContaining(['part-2-clause-3', 'part-5-clause-2']));
    expect(ids(readPage('/policies/pilot-guideline-2024/'))).toEqual(expect.arrayContaining(['part-5-item-2', 'part-3-item-2']));
    expect(ids(readPage('/policies/five-year-notice-2025/'))).toEqual(expect.arrayContaining(['part-2-item-4', 'part-3-item-3', 'attachment']));
  });

  it('never repeats an id on a page', () => {
    for (const path of builtPages()) {
      const found = ids(readPage(path));
      expect(found.length - new Set(found).size, path).toBe(0);
    }
  });
});
