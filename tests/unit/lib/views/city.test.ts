import { describe, expect, it } from 'vitest';
import { indexPairs } from '../../../../src/lib/domain/pair-index.ts';
import { cityListView, cityView, missingFields } from '../../../../src/lib/views/city.ts';
import { city, institution, major, pair } from '../../../helpers/builders.ts';

const cities = [city('taiyuan', '太原市'), city('linfen', '临汾市')];
const local = institution('a', 'taiyuan');
const elsewhere = institution('b', 'linfen');
const unknown = institution('u', null);
const collegeHere = institution('c', 'taiyuan');
const from = major('720201');
const to = major('520201', '医药卫生大类', '高职专科');
const pairs = [
  pair('p1', local, collegeHere, from, to, 2025, cities),
  pair('p2', elsewhere, collegeHere, from, to, 2025, cities),
  pair('p3', unknown, collegeHere, from, to, 2025, cities),
];
const view = cityView(cities[0]!, { schools: [local, elsewhere, unknown], colleges: [collegeHere], cities }, indexPairs(pairs));

describe('cityView', () => {
  it('lists the schools and colleges located in the city, each with where it is', () => {
    expect(view.localSchools.map((s) => s.id)).toEqual(['a']);
    expect(view.localColleges.map((c) => c.id)).toEqual(['c']);
    expect(view.localColleges[0]!.href).toBe('colleges/c/');
    expect(view.localSchools[0]!.where).toContain('太原');
  });

  it('separates the pairs that start in the city, those arriving from another city, and those from a school of unknown location', () => {
    expect(view.starting.map((p) => p.id)).toEqual(['p1']);
    expect(view.arriving.map((p) => p.id)).toEqual(['p2']);
    expect(view.unlocated.map((p) => p.id)).toEqual(['p3']);
  });

  it('says the counts in its description and search line, and gives the short name people type', () => {
    expect(view.short).toBe('太原');
    expect(view.kind).toBe('城市 · 1所试点中职学校，1个专业对');
    expect(view.description).toContain('1所试点中职学校、1个专业对，本市的1所合作高职学校');
  });
});

describe('missingFields', () => {
  const far = { ...city('far', '远市'), seat: { lon: 112.5, lat: 35.8 } };
  const near = { ...city('near', '近市'), seat: { lon: 112.5, lat: 36.8 } };
  const all = [cities[0]!, near, far];
  const machines = major('660301', '装备制造大类');
  const nursing = major('720201', '医药卫生大类');
  const newest = [
    pair('m', institution('home', 'taiyuan'), collegeHere, machines, machines, 2025, all),
    pair('n1', institution('f', 'far'), collegeHere, nursing, nursing, 2025, all),
    pair('n2', institution('n', 'near'), collegeHere, nursing, nursing, 2025, all),
    pair('n3', institution('n2', 'near'), collegeHere, nursing, nursing, 2025, all),
    pair('n4', institution('x', null), collegeHere, nursing, nursing, 2025, all),
  ];
  it('names each field the city lacks, the nearest cities with how many and how far, and the unlocated', () => {
    expect(missingFields(cities[0]!, newest, all)).toEqual([
      {
        field: '医药卫生大类',
        nearest: [
          { city: near, km: 110, count: 2 },
          { city: far, km: 220, count: 1 },
        ],
        unlocated: 1,
        href: 'guide/taiyuan/five-year/#yi-yao-wei-sheng-da-lei',
      },
    ]);
  });
});

describe('cityListView', () => {
  const questions = [{ id: 'other-cities', note: '文件没有说能不能报外市的学校。' }];
  it('lists the pairs of schools of unknown location (they may be here), and what the documents say of other cities', () => {
    const view = cityListView(cities[0]!, pairs, cities, questions);
    expect([view.unlocatedCount, view.unlocatedShown.map((p) => p.id), view.unlocatedAll]).toEqual([1, ['p3'], null]);
    expect(view.crossCityNote).toBe('文件没有说能不能报外市的学校。');
    expect(cityListView(cities[0]!, pairs, cities, []).crossCityNote).toBeNull();
  });
  it('shows the first ten of many, and links where all are', () => {
    const many = Array.from({ length: 12 }, (_, i) => pair(`u${i}`, institution(`u${i}`, null), collegeHere, from, to, 2025, cities));
    const view = cityListView(cities[0]!, many, cities, questions);
    expect(view.unlocatedShown).toHaveLength(10);
    expect(view.unlocatedAll).toEqual({ shown: 10, href: '/cities/#unknown' });
  });
});
