import { describe, expect, it } from 'vitest';
import { chartRows, resolveChart } from '../../../src/lib/charts.ts';
import { citationIndex, citationsIn, statsIn } from '../../../src/lib/explainer-citations.ts';
import { feedDate, feedItems, inSitemap } from '../../../src/lib/feeds.ts';
import { mapInput, mapLinkData, mostCrowdedCity, seatOf } from '../../../src/lib/map-input.ts';
import { indexPairs, pairsOf } from '../../../src/lib/pair-index.ts';
import type { ProgramPair } from '../../../src/lib/programs.ts';
import type { City, Institution, Statistic } from '../../../src/lib/schemas.ts';
import { cspHeader, cspMeta, BOOT_HASH, headersFile, SECURITY_HEADERS } from '../../../src/lib/security.ts';

const cities: City[] = [
  { id: 'taiyuan', name: '太原市', seat: { lon: 112.54, lat: 37.86 }, counties: [{ name: '小店区', lon: 112.56, lat: 37.82 }] },
  { id: 'linfen', name: '临汾市', seat: { lon: 111.51, lat: 36.08 }, counties: [] },
];
const inst = (id: string, city: string | null, county: string | null = null): Institution => ({
  id,
  name: `${id}学校`,
  city,
  cityBasis: city ? 'name' : 'unknown',
  confidence: city ? 'high' : null,
  county,
  countyBasis: county ? 'directory' : null,
  note: null,
});
const major = (id: string, category: string) => ({ id, name: `专业${id}`, level: '中职' as const, category, subcategory: '某类' });
const pair = (id: string, school: Institution, college: Institution, from: string, to: string): ProgramPair => ({
  id,
  year: 2025,
  row: 1,
  position: 1,
  school,
  college,
  city: cities.find((c) => c.id === school.city) ?? null,
  schoolProgram: { name: '甲', major: major('660301', from) },
  collegeProgram: { name: '乙', major: major('460301', to) },
});
const a = inst('a', 'taiyuan', '小店区');
const b = inst('b', null);
const c = inst('c', 'taiyuan');
const d = inst('d', 'linfen');
const pairs = [pair('p1', a, c, '装备制造大类', '装备制造大类'), pair('p2', b, d, '公共管理与服务大类', '医药卫生大类')];

describe('map-input', () => {
  it('places an institution at its county seat, else its city seat, else nowhere', () => {
    expect(seatOf(a, cities)).toEqual({ lon: 112.56, lat: 37.82 });
    expect(seatOf(c, cities)).toEqual({ lon: 112.54, lat: 37.86 });
    expect(seatOf(b, cities)).toBeNull();
  });
  it('makes one institution entry each and one link per pair, with the magnified city', () => {
    const input = mapInput(pairs, cities, 'taiyuan');
    expect(input.institutions.map((i) => [i.id, i.kind, i.lon])).toEqual([
      ['a', 'school', 112.56],
      ['c', 'college', 112.54],
      ['b', 'school', null],
      ['d', 'college', 111.51],
    ]);
    expect(input.links).toEqual([
      { id: 'p1', school: 'a', college: 'c', category: '装备制造大类' },
      { id: 'p2', school: 'b', college: 'd', category: '医药卫生大类' },
    ]);
    expect(input.lens).toMatchObject({ lon: 112.54, lat: 37.86 });
    expect(mostCrowdedCity(pairs)).toBe('taiyuan');
  });
  it('gives the script each link’s city, both categories and a tooltip', () => {
    expect(mapLinkData(pairs).get('p2')).toEqual({ city: '', fields: ['公共管理与服务大类', '医药卫生大类'], label: 'b学校（甲）→ d学校（乙），医药卫生大类' });
  });
});

describe('pair-index', () => {
  it('indexes pairs by school, college, either major and both cities', () => {
    const index = indexPairs(pairs);
    expect(pairsOf(index.bySchool, 'a').map((p) => p.id)).toEqual(['p1']);
    expect(pairsOf(index.byMajor, '460301').map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(pairsOf(index.bySchoolCity, 'taiyuan').map((p) => p.id)).toEqual(['p1']);
    expect(pairsOf(index.byCollegeCity, 'linfen').map((p) => p.id)).toEqual(['p2']);
    expect(pairsOf(index.bySchool, null)).toEqual([]);
  });
});

describe('charts', () => {
  const stat = (id: string, value: number, extra: Partial<Statistic> = {}): Statistic => ({
    id,
    label: `标签${id}`,
    value,
    unit: '%',
    year: 2024,
    yearStated: true,
    measures: '测量',
    kind: 'reported',
    scope: '山西省',
    source: { document: 'report', quote: `比例为${value}%` },
    ...extra,
  });
  const statistics = new Map([
    ['s1', stat('s1', 61.48, { kind: 'derived', note: '推算' })],
    ['s2', stat('s2', 70.1, { source: { document: 'report', quote: '比例为70.10%' } })],
    ['s3', stat('s3', 8.7)],
  ]);
  const bodies = new Map([['report', '<h3 id="admissions">招生</h3>\n\n比例为70.10%。']]);
  const list = { document: 'notice', title: '名单', pairs };
  it('looks up statistics, keeps printed digits, marks derived values and links sources to their clause', () => {
    const chart = resolveChart(
      {
        id: 'x',
        section: '甲',
        title: '标题写结论',
        subtitle: '单位',
        kind: 'bars',
        panels: [{ items: [{ stat: 's1', label: '2023年' }, { stat: 's2' }] }],
        related: ['s3'],
      },
      statistics,
      bodies,
      list,
    );
    expect(chart.panels[0]?.data).toEqual([
      { label: '2023年', value: 61.48, unit: '%', stat: 's1', derived: true },
      { label: '标签s2', value: 70.1, unit: '%', stat: 's2', printed: '70.10' },
    ]);
    expect(chart.sources.find((s) => s.quote === '比例为70.10%')?.anchor).toBe('admissions');
    expect(chartRows(chart, statistics).map((r) => [r.panel, r.statistic, r.value, r.derived])).toEqual([
      ['', 's1', 61.48, true],
      ['', 's2', 70.1, false],
      ['相关数字', 's3', 8.7, false],
    ]);
  });
  it('counts a list by city (unknown last) or by category', () => {
    const byCity = resolveChart(
      { id: 'y', section: '甲', title: '标题写结论', subtitle: '单位', kind: 'bars', computed: 'five-year-by-city' },
      statistics,
      bodies,
      list,
    );
    expect(byCity.panels[0]?.data.map((d) => [d.label, d.value])).toEqual([
      ['太原市', 1],
      ['所在地待核实', 1],
    ]);
    expect(byCity.sources).toEqual([{ document: 'notice', anchor: 'attachment', quote: '名单' }]);
  });
  it('refuses a statistic that does not exist', () => {
    expect(() =>
      resolveChart(
        { id: 'z', section: '甲', title: '标题写结论', subtitle: '单位', kind: 'tiles', panels: [{ items: [{ stat: 'nope' }] }] },
        statistics,
        bodies,
        list,
      ),
    ).toThrow(/nope/);
  });
});

describe('explainer citations', () => {
  const body = '<Cite doc="opinion-2023" at="clause-6">（六）</Cite> 和 <Cite doc="opinion-2023" at="clause-6">再次</Cite>，<Stat id="a-b" />';
  it('finds citations and statistics in an explainer body', () => {
    expect(citationsIn(body)).toEqual([
      { doc: 'opinion-2023', at: 'clause-6' },
      { doc: 'opinion-2023', at: 'clause-6' },
    ]);
    expect(statsIn(body)).toEqual(['a-b']);
  });
  it('indexes, per clause, the explainers that cite it, each once', () => {
    expect(
      citationIndex([{ id: 'e1', title: '解读', body }])
        .get('opinion-2023')
        ?.get('clause-6'),
    ).toEqual([{ id: 'e1', title: '解读' }]);
  });
});

describe('feeds', () => {
  it('dates an item at noon China time (a year alone as 1 January)', () => {
    expect(feedDate('2025-02-13').toUTCString()).toBe('Thu, 13 Feb 2025 04:00:00 GMT');
    expect(feedDate('2023').toUTCString()).toBe('Sun, 01 Jan 2023 04:00:00 GMT');
  });
  it('lists items newest first, each with its category', () => {
    const items = feedItems([
      { title: '旧', link: 'https://x/a/', description: 'a', date: '2023-03-14', category: '政策文件' },
      { title: '新', link: 'https://x/b/', description: 'b', date: '2025-02-13', category: '解读' },
    ]);
    expect(items.map((i) => i.title)).toEqual(['新', '旧']);
    expect(items[0]?.categories).toEqual(['解读']);
  });
  it('leaves the 404 and the embed frames out of the sitemap', () => {
    expect(inSitemap('https://x/zhijiao/404/')).toBe(false);
    expect(inSitemap('https://x/embed/map/')).toBe(false);
    expect(inSitemap('https://x/data/five-year-by-city/')).toBe(true);
  });
});

describe('security', () => {
  it('has no inline-script allowance and lets Pagefind run', () => {
    expect(cspHeader()).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(cspHeader()).not.toContain('unsafe-inline');
    expect(cspHeader()).toContain("frame-ancestors 'self'");
  });
  it('gives the <meta> tag the policy of the header less frame-ancestors, with the hash of the one inline script', () => {
    expect(cspMeta()).not.toContain('frame-ancestors');
    expect(cspMeta().match(/sha256-/g)).toEqual(['sha256-']);
    expect(cspMeta()).toContain(`'${BOOT_HASH}'`);
    expect(`${cspMeta()}; frame-ancestors 'self'`).toBe(cspHeader());
  });
  it('writes _headers for the base path with long caching for hashed assets', () => {
    const file = headersFile('/zhijiao/');
    expect(file.startsWith('/zhijiao/*\n')).toBe(true);
    expect(file).toContain(`  X-Content-Type-Options: ${SECURITY_HEADERS['X-Content-Type-Options']}`);
    expect(file).toContain('/zhijiao/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
  });
});
