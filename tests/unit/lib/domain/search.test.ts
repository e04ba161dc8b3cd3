import { describe, expect, it } from 'vitest';
import {
  excerptParts,
  nearestAnchor,
  pagefindFilters,
  parseSearch,
  resultTarget,
  searchable,
  searchFilters,
  searchToQuery,
} from '../../../../src/lib/domain/search.ts';

describe('search URL state', () => {
  it('round-trips the query and filters through the URL', () => {
    const state = parseSearch('?q=%E6%9C%BA%E7%94%B5&type=%E5%AD%A6%E6%A0%A1&city=');
    expect(state).toEqual({ q: '机电', type: '学校' });
    expect(searchToQuery(state)).toBe(`?q=${encodeURIComponent('机电')}&type=${encodeURIComponent('学校')}`);
    expect(searchToQuery({ q: '' })).toBe('');
    expect(searchFilters({ q: 'x', city: '朔州市', field: '医药卫生大类' })).toEqual({ city: '朔州市', field: '医药卫生大类' });
  });
});

describe('searchable', () => {
  it('searches one Chinese character or two letters, never one letter or digit alone', () => {
    expect(['电', 'sz', '3+2', ' 护理 ', '46'].map(searchable)).toEqual([true, true, true, true, true]);
    expect(['s', 'S', '4', ' z ', '', '  '].map(searchable)).toEqual([false, false, false, false, false, false]);
  });
});

describe('pagefindFilters', () => {
  it('gives one key:value pair per value', () => {
    expect(pagefindFilters({ type: '学校', city: '朔州市', field: ['装备制造大类', '医药卫生大类'] })).toEqual([
      'type:学校',
      'city:朔州市',
      'field:装备制造大类',
      'field:医药卫生大类',
    ]);
    expect(pagefindFilters({ type: '专业', city: [] })).toEqual(['type:专业']);
  });
});

describe('nearestAnchor', () => {
  const anchors = [
    { id: 'part-1', location: 10 },
    { id: 'clause-1', location: 20 },
    { id: 'clause-2', location: 40 },
  ];
  it('returns the last anchor at or before the match, or null before the first', () => {
    expect(nearestAnchor(anchors, 25)?.id).toBe('clause-1');
    expect(nearestAnchor(anchors, 40)?.id).toBe('clause-2');
    expect(nearestAnchor(anchors, 5)).toBeNull();
  });
});

describe('resultTarget', () => {
  const anchors = [
    { id: 'intro', location: 10 },
    { id: 'part-2-item-4', location: 50 },
  ];
  it('links to the part with the most match weight', () => {
    const target = resultTarget({
      url: '/policies/x/',
      anchors,
      weighted_locations: [{ location: 12, weight: 1 }, ...[55, 56, 60].map((location) => ({ location, weight: 1 }))],
    });
    expect(target.url).toBe('/policies/x/#part-2-item-4');
  });
  it('links to the page itself when the title holds the strongest match', () => {
    const target = resultTarget({
      url: '/schools/a/',
      anchors,
      weighted_locations: [
        { location: 1, weight: 10 },
        { location: 55, weight: 1 },
      ],
    });
    expect(target).toEqual({ url: '/schools/a/', anchor: null });
  });
});

describe('excerptParts', () => {
  it('keeps marks and decodes text without ever treating it as markup', () => {
    expect(excerptParts('学校 <mark>机电</mark> &lt;script&gt;x')).toEqual([
      { text: '学校 ', mark: false },
      { text: '机电', mark: true },
      { text: ' <script>x', mark: false },
    ]);
  });
});
