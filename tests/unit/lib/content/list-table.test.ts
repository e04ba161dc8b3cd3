import { describe, expect, it } from 'vitest';
import { componentTagsIn, listTableMarker, listTablesIn, splitAtListTables, withoutListTables } from '../../../../src/lib/content/list-table.ts';

describe('list tables in a document', () => {
  const html = `<p>附件</p>${listTableMarker(2025)}<p>（此件主动公开）</p>`;

  it('finds the years the marker names, in order', () => {
    expect(listTablesIn(`${listTableMarker(2026)}\n\n${listTableMarker(2025)}`)).toEqual([2026, 2025]);
    expect(listTablesIn('<div data-five-year-list="next"></div>')).toEqual([]);
  });

  it('cuts the HTML at each table and keeps every other byte', () => {
    const parts = splitAtListTables(html);
    expect(parts).toEqual([{ html: '<p>附件</p>' }, { listYear: 2025 }, { html: '<p>（此件主动公开）</p>' }]);
    expect(splitAtListTables('<p>无表</p>')).toEqual([{ html: '<p>无表</p>' }]);
    expect(splitAtListTables(listTableMarker(2025))).toEqual([{ listYear: 2025 }]);
  });

  it('finds component tags, but not HTML elements', () => {
    expect(componentTagsIn('<p class="x">甲</p>\n<FiveYearListTable year={2025} />\n<Stat id="a">')).toEqual(['<FiveYearListTable year={2025} />', '<Stat id="a">']);
  });

  it('takes the tables out of a text, with the lines they stand on, and nothing else', () => {
    expect(withoutListTables(`<section>\n${listTableMarker(2025)}\n</section>\n`)).toBe('<section>\n</section>\n');
    expect(withoutListTables('<p>无表</p>')).toBe('<p>无表</p>');
  });
});
