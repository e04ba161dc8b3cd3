import { describe, expect, it } from 'vitest';
import {
  checkFilter,
  facetAttributes,
  facetsFromDataset,
  filterToSearch,
  matches,
  optionCounts,
  pairFacets,
  parseFilter,
  pickFacets,
  policyFacets,
  unknownFilterMessage,
  type Facets,
} from '../../../../src/lib/domain/facets.ts';
import { city, institution, major, pair } from '../../../helpers/builders.ts';

const KEYS = ['city', 'field', 'college', 'q'];
const f = (cityName: string | null, fields: string[], college: string, text: string): Facets => ({
  city: cityName ? [cityName] : [],
  field: fields,
  college: [college],
  q: text.split(' '),
});
const things: Record<string, Facets> = {
  a: f('朔州市', ['装备制造大类'], '朔州职业技术学院', '朔城区神头职业中学校 机电技术应用 机电一体化技术'),
  b: f('临汾市', ['公共管理与服务大类', '医药卫生大类'], '临汾职业技术学院', '河津市职业中学 老年人服务与管理 康复治疗技术'),
  c: f('临汾市', ['电子与信息大类'], '临汾职业技术学院', '乡宁县职业中学 计算机平面设计（紫砂陶艺） 计算机应用技术'),
  d: f(null, ['土木建筑大类'], '山西工程科技职业大学', '山西省城乡建设学校 建筑工程施工'),
};
const shown = (filter: Record<string, string>) =>
  Object.entries(things)
    .filter(([, facets]) => matches(facets, filter))
    .map(([id]) => id);

describe('parseFilter / filterToSearch', () => {
  it('reads the keys it is given and drops empty values and other parameters', () => {
    expect(parseFilter('?city=%E6%9C%94%E5%B7%9E%E5%B8%82&field=&q=+%E6%9C%BA%E7%94%B5+&utm=x', KEYS)).toEqual({ city: '朔州市', q: '机电' });
    expect(parseFilter('?level=省级&city=朔州市', ['level'])).toEqual({ level: '省级' });
  });
  it('writes them back in the order of the keys, and nothing when no filter is set', () => {
    expect(filterToSearch({ q: '护理', city: '长治市' }, KEYS)).toBe(`?city=${encodeURIComponent('长治市')}&q=${encodeURIComponent('护理')}`);
    expect(filterToSearch({}, KEYS)).toBe('');
  });
});

describe('matches', () => {
  it('filters by city, with or without 市; a thing with no city matches no city', () => {
    expect(shown({ city: '临汾市' })).toEqual(['b', 'c']);
    expect(shown({ city: '朔州' })).toEqual(['a']);
  });
  it('matches a facet with two values on either (a pair in two 专业大类)', () => {
    expect(shown({ field: '医药卫生大类' })).toEqual(['b']);
    expect(shown({ field: '公共管理与服务大类' })).toEqual(['b']);
  });
  it('combines facets and keyword; every keyword term must match', () => {
    expect(shown({ college: '临汾职业技术学院', q: '紫砂' })).toEqual(['c']);
    expect(shown({ q: '机电 朔州' })).toEqual([]);
    expect(shown({ q: '机电、神头' })).toEqual(['a']);
  });
  it('matches other facets exactly (no 市 rule outside the city)', () => {
    expect(matches({ issuer: ['忻州市教育局'] }, { issuer: '忻州教育局' })).toBe(false);
    expect(matches({ issuer: ['忻州市教育局', '忻州市人社局'] }, { issuer: '忻州市人社局' })).toBe(true);
  });
  it('can leave one facet out, and an empty filter shows everything', () => {
    expect(matches(things['a']!, { city: '临汾市', q: '机电' }, 'city')).toBe(true);
    expect(shown({})).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('optionCounts', () => {
  it('counts each option under the other facets that are set', () => {
    const counts = optionCounts(Object.values(things), { city: '临汾市', field: '医药卫生大类' }, 'city', ['朔州市', '临汾市']);
    expect([...counts]).toEqual([
      ['朔州市', 0],
      ['临汾市', 1],
    ]);
  });
  it('counts a thing under both of its values', () => {
    const counts = optionCounts(Object.values(things), {}, 'field', ['医药卫生大类', '公共管理与服务大类', '装备制造大类']);
    expect([...counts]).toEqual([
      ['医药卫生大类', 1],
      ['公共管理与服务大类', 1],
      ['装备制造大类', 1],
    ]);
  });
});

/** What a browser's `dataset` holds for the attributes (data-facet-city is `facetCity`). */
const asDataset = (attributes: Record<string, string>) =>
  Object.fromEntries(Object.entries(attributes).map(([name, value]) => [name.slice(5).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()), value]));

describe('facetAttributes / facetsFromDataset', () => {
  it('writes data-facet-* attributes that read back as the same facets, other data attributes aside', () => {
    const attributes = facetAttributes(things['b']!);
    expect(attributes['data-facet-field']).toBe('公共管理与服务大类|医药卫生大类');
    expect(facetsFromDataset({ ...asDataset(attributes), pair: 'b' })).toEqual(things['b']);
    expect(facetsFromDataset(asDataset(facetAttributes({ city: [] })))).toEqual({ city: [] });
  });
  it('refuses a value that holds the separator, and a key that is not lower-case letters, naming them', () => {
    expect(() => facetAttributes({ college: ['甲|乙'] })).toThrow('筛选维度 college 的值不能含“|”：“甲|乙”');
    expect(() => facetAttributes({ 'data-x': ['甲'] })).toThrow('筛选维度名应为小写字母：“data-x”');
  });
});

describe('checkFilter / unknownFilterMessage', () => {
  const choices = [
    { key: 'city', label: '城市', options: ['朔州市', '太原市'] },
    { key: 'field', label: '专业大类', options: ['医药卫生大类'] },
    { key: 'college', label: '合作高职学校', options: ['山西职业技术学院'] },
  ];
  it('keeps known values (a city with or without 市, spelt as the option) and the keyword', () => {
    expect(checkFilter({ city: '朔州', field: '医药卫生大类', q: '护理' }, choices)).toEqual({
      filter: { city: '朔州市', field: '医药卫生大类', q: '护理' },
      unknown: [],
    });
  });
  it('reports the values the form has no option for instead of filtering to nothing', () => {
    const checked = checkFilter({ city: '北京市', college: '不存在学院' }, choices);
    expect(checked.filter).toEqual({});
    expect(checked.unknown.map((u) => u.key)).toEqual(['city', 'college']);
    expect(unknownFilterMessage(checked.unknown, '这份名单里')).toBe(
      '链接里的城市“北京市”、合作高职学校“不存在学院”在这份名单里没有，已忽略，下面按其余条件显示。',
    );
    expect(unknownFilterMessage([], '这份名单里')).toBe('');
  });
});

describe('pairFacets / pickFacets / policyFacets', () => {
  const linfen = city('linfen', '临汾市');
  const school = institution('s', 'linfen', { name: '河津市职业中学', county: '河津市' });
  const college = institution('c', null, { name: '某职业技术学院' });
  const p = pair('x', school, college, major('790303', '公共管理与服务大类'), major('520601', '医药卫生大类', '高职专科'), 2025, [linfen]);
  it('gives a pair its city, both categories, college and the words a family might type', () => {
    const facets = pairFacets(p);
    expect(facets).toMatchObject({ city: ['临汾市'], field: ['公共管理与服务大类', '医药卫生大类'], college: ['某职业技术学院'] });
    expect(facets['q']).toEqual(expect.arrayContaining(['河津市职业中学', '专业520601', '河津市', '某类']));
    expect(matches(facets, { q: '河津 康复' })).toBe(false);
    expect(matches(facets, { q: '河津 520601' })).toBe(true);
  });
  it('gives a pair whose school has no established city no city', () => {
    expect(pairFacets({ ...p, city: null })['city']).toEqual([]);
  });
  it('picks the map’s facets, and a document’s level, kind, year and issuers', () => {
    expect(pickFacets(pairFacets(p), ['city', 'field'])).toEqual({ city: ['临汾市'], field: ['公共管理与服务大类', '医药卫生大类'] });
    expect(policyFacets({ level: '省级', kind: '通知', date: '2025-02-13', issuers: ['山西省教育厅', '山西省财政厅'] })).toEqual({
      level: ['省级'],
      kind: ['通知'],
      year: ['2025'],
      issuer: ['山西省教育厅', '山西省财政厅'],
    });
  });
});
