import { describe, expect, it } from 'vitest';
import { normaliseBase, route, sitePath, siteUrl } from '../../../../src/lib/web/urls.ts';

describe('siteUrl', () => {
  it('joins paths to the base, at the root and under a sub-path', () => {
    expect(siteUrl('policies/opinion-2023/', '/')).toBe('/policies/opinion-2023/');
    expect(siteUrl('/policies/opinion-2023/#clause-6', '/zhijiao')).toBe('/zhijiao/policies/opinion-2023/#clause-6');
    expect(siteUrl('', '/zhijiao/')).toBe('/zhijiao/');
  });
  it('normalises the base to leading and trailing slashes', () => {
    expect(normaliseBase('zhijiao')).toBe('/zhijiao/');
    expect(normaliseBase('//')).toBe('/');
  });
});

describe('route', () => {
  it('writes each page’s address once, under the base', () => {
    expect(route.policy('opinion-2023')).toBe('/policies/opinion-2023/');
    expect(route.policy('opinion-2023', 'clause-6')).toBe('/policies/opinion-2023/#clause-6');
    expect(route.policy('opinion-2023', null)).toBe('/policies/opinion-2023/');
    expect(route.policy('notice-2025', 'attachment')).toBe('/policies/notice-2025/#attachment');
    expect([route.school('a'), route.college('b'), route.major('720201'), route.city('linfen'), route.explainer('e')]).toEqual([
      '/schools/a/',
      '/colleges/b/',
      '/majors/720201/',
      '/cities/linfen/',
      '/explainers/e/',
    ]);
    expect([route.institution('school', 'a'), route.institution('college', 'b')]).toEqual(['/schools/a/', '/colleges/b/']);
    expect(route.category('field-1')).toBe('/majors/#field-1');
  });
  it('names the list pages of a year, of the newest list, and the year switch’s placeholder', () => {
    expect([route.list(2025), route.yearPage('programs', 2025), route.yearPage('map'), route.yearPage('map', 'YEAR')]).toEqual([
      '/lists/2025/',
      '/programs/2025/',
      '/map/',
      '/map/YEAR/',
    ]);
    expect([route.guide('shuozhou'), route.guide('shuozhou', 'five-year')]).toEqual(['/guide/shuozhou/', '/guide/shuozhou/five-year/']);
  });
  it('names a chart’s page, pictures, table and embed, the open data and the QR codes', () => {
    expect([route.chart('c'), route.chartFile('c', 'png'), route.chartTable('c'), route.embed('c')]).toEqual([
      '/data/c/',
      '/data/c.png',
      '/data/charts/c.csv',
      '/embed/c/',
    ]);
    expect(route.listData(2025, 'csv')).toBe('/data/five-year-programs-2025.csv');
    expect([route.qr('schools/a/'), route.page('schools', 'a'), route.pagefind('pagefind.js')]).toEqual([
      '/qr/schools/a.svg',
      '/schools/a/',
      '/pagefind/pagefind.js',
    ]);
  });
});

describe('sitePath', () => {
  it('gives the same addresses site-relative, as content and the search index name pages', () => {
    expect([sitePath.school('a'), sitePath.policy('d', 'row-3'), sitePath.guide('linfen', 'five-year', 'field-1'), sitePath.poster('schools', 'a')]).toEqual([
      'schools/a/',
      'policies/d/#row-3',
      'guide/linfen/five-year/#field-1',
      'posters/schools/a.png',
    ]);
    expect(sitePath.yearPage('programs', undefined)).toBe('programs/');
    expect(sitePath.shareCard('schools', 'a')).toBe('og/schools/a.png');
    for (const name of Object.keys(sitePath) as (keyof typeof sitePath)[]) expect(typeof route[name]).toBe('function');
  });
});
