import { describe, expect, it } from 'vitest';
import {
  checkFilter,
  unknownFilterMessage,
  filterPairs,
  filterToSearch,
  groupByCity,
  matchesPair,
  optionCounts,
  parseFilter,
  toFilterable,
  type FilterablePair,
} from '../../../src/lib/program-filter.ts';
import type { ProgramPair } from '../../../src/lib/programs.ts';

const p = (id: string, city: string, fields: string[], college: string, text: string): FilterablePair => ({ id, city, fields, college, text });
const pairs = [
  p('a', '朔州市', ['装备制造大类'], '朔州职业技术学院', '朔城区神头职业中学校 机电技术应用 机电一体化技术'),
  p('b', '临汾市', ['公共管理与服务大类', '医药卫生大类'], '临汾职业技术学院', '河津市职业中学 老年人服务与管理 康复治疗技术'),
  p('c', '临汾市', ['电子与信息大类'], '临汾职业技术学院', '乡宁县职业中学 计算机平面设计（紫砂陶艺） 计算机应用技术'),
  p('d', '', ['土木建筑大类'], '山西工程科技职业大学', '山西省城乡建设学校 建筑工程施工'),
];

describe('parseFilter / filterToSearch', () => {
  it('reads the four URL parameters and drops empty ones', () => {
    expect(parseFilter('?city=%E6%9C%94%E5%B7%9E%E5%B8%82&field=&q=+%E6%9C%BA%E7%94%B5+')).toEqual({ city: '朔州市', q: '机电' });
  });
  it('writes them back in a fixed order, and nothing when no filter is set', () => {
    expect(filterToSearch({ q: '护理', city: '长治市' })).toBe(`?city=${encodeURIComponent('长治市')}&q=${encodeURIComponent('护理')}`);
    expect(filterToSearch({})).toBe('');
  });
});

describe('matchesPair / filterPairs', () => {
  it('filters by city, with or without 市', () => {
    expect(filterPairs(pairs, { city: '临汾市' }).map((x) => x.id)).toEqual(['b', 'c']);
    expect(filterPairs(pairs, { city: '朔州' }).map((x) => x.id)).toEqual(['a']);
  });
  it('matches a 专业大类 when either program is in it', () => {
    expect(filterPairs(pairs, { field: '医药卫生大类' }).map((x) => x.id)).toEqual(['b']);
    expect(filterPairs(pairs, { field: '公共管理与服务大类' }).map((x) => x.id)).toEqual(['b']);
  });
  it('combines college and keyword; every keyword term must match', () => {
    expect(filterPairs(pairs, { college: '临汾职业技术学院', q: '紫砂' }).map((x) => x.id)).toEqual(['c']);
    expect(filterPairs(pairs, { q: '机电 朔州' }).map((x) => x.id)).toEqual([]);
    expect(filterPairs(pairs, { q: '机电 神头' }).map((x) => x.id)).toEqual(['a']);
  });
  it('can leave one filter out', () => {
    expect(matchesPair(pairs[0]!, { city: '临汾市', q: '机电' }, 'city')).toBe(true);
  });
});

describe('optionCounts', () => {
  it('counts each option under the other filters that are set', () => {
    const counts = optionCounts(pairs, { city: '临汾市', field: '医药卫生大类' }, 'city', ['朔州市', '临汾市']);
    expect([...counts]).toEqual([
      ['朔州市', 0],
      ['临汾市', 1],
    ]);
  });
  it('counts a pair under both categories when its programs differ', () => {
    const counts = optionCounts(pairs, {}, 'field', ['医药卫生大类', '公共管理与服务大类', '装备制造大类']);
    expect([...counts]).toEqual([
      ['医药卫生大类', 1],
      ['公共管理与服务大类', 1],
      ['装备制造大类', 1],
    ]);
  });
});

describe('toFilterable and groupByCity', () => {
  const major = (id: string, name: string, category: string) => ({ id, name, level: '中职' as const, category, subcategory: '某类' });
  const inst = (id: string, name: string, city: string | null) => ({
    id,
    name,
    city,
    cityBasis: 'name' as const,
    confidence: 'high' as const,
    county: null,
    countyBasis: null,
    note: null,
  });
  const pair = (id: string, city: { id: string; name: string } | null): ProgramPair => ({
    id,
    year: 2025,
    row: 1,
    position: 1,
    school: inst('s', '某中职学校', city?.id ?? null),
    city: city ? { ...city, seat: { lon: 112, lat: 37 }, counties: [] } : null,
    schoolProgram: { name: '老年人服务与管理', major: major('790303', '老年人服务与管理', '公共管理与服务大类') },
    college: inst('c', '某职业技术学院', null),
    collegeProgram: { name: '康复治疗技术', major: major('520601', '康复治疗技术', '医药卫生大类') },
  });
  it('makes a searchable record with both categories', () => {
    const f = toFilterable(pair('x', { id: 'linfen', name: '临汾市' }));
    expect(f).toMatchObject({ id: 'x', city: '临汾市', fields: ['公共管理与服务大类', '医药卫生大类'], college: '某职业技术学院' });
    expect(f.text).toContain('康复治疗技术');
  });
  it('groups in city order with the not-established ones last', () => {
    const cities = [
      { id: 'taiyuan', name: '太原市' },
      { id: 'linfen', name: '临汾市' },
    ];
    const groups = groupByCity([pair('1', null), pair('2', cities[1]!), pair('3', cities[1]!)], cities);
    expect(groups.map((g) => [g.label, g.pairs.map((x) => x.id)])).toEqual([
      ['临汾市', ['2', '3']],
      ['所在地待核实', ['1']],
    ]);
  });
});

describe('checkFilter', () => {
  const options = { city: ['朔州市', '太原市'], field: ['医药卫生大类'], college: ['山西职业技术学院'] };
  it('keeps known values (a city with or without 市) and reports the others instead of filtering to nothing', () => {
    expect(checkFilter({ city: '朔州', field: '医药卫生大类', q: '护理' }, options)).toEqual({
      filter: { city: '朔州市', field: '医药卫生大类', q: '护理' },
      unknown: [],
    });
    const checked = checkFilter({ city: '北京市', college: '不存在学院' }, options);
    expect(checked.filter).toEqual({});
    expect(checked.unknown).toEqual([
      { key: 'city', value: '北京市' },
      { key: 'college', value: '不存在学院' },
    ]);
    expect(unknownFilterMessage(checked.unknown)).toBe('链接里的城市“北京市”、高职学校“不存在学院”在这份名单里没有，已忽略，下面按其余条件显示。');
    expect(unknownFilterMessage([])).toBe('');
  });
});
