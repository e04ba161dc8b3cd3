import { describe, expect, it } from 'vitest';
import { indexPairs } from '../../../../src/lib/domain/pair-index.ts';
import { collegeView, routesView, SAME_MAJOR_SHOWN, schoolView } from '../../../../src/lib/views/institution.ts';
import { city, institution, major, pair } from '../../../helpers/builders.ts';

const cities = [city('taiyuan', '太原市')];
const nursing = major('520201', '医药卫生大类', '高职专科');
const mechatronics = major('460301', '装备制造大类', '高职专科');
const schoolMajor = major('720201', '医药卫生大类');
const a = institution('a', 'taiyuan');
const b = institution('b', null);
const college1 = institution('c1', 'taiyuan');
const college2 = institution('c2', null);

describe('schoolView', () => {
  it('joins the school to its colleges, its years (newest first) and the other schools of the same college', () => {
    const pairs = [
      pair('p1', a, college1, schoolMajor, nursing, 2025, cities),
      pair('p2', a, college1, schoolMajor, nursing, 2026, cities),
      pair('p3', b, college1, schoolMajor, mechatronics),
    ];
    const view = schoolView(a, indexPairs(pairs), cities);
    expect(view.years).toEqual([2026, 2025]);
    expect(view.colleges.map((c) => c.id)).toEqual(['c1']);
    expect(view.sameCollege.map((p) => p.id)).toEqual(['p3']);
    expect(view.sameMajor).toEqual([]);
    expect(view.searchLines).toEqual(['专业720201 → c1学校 · 专业520201']);
    expect(view.cityLabel).toBe('太原市');
    expect(view.fields).toEqual(['医药卫生大类']);
  });

  it(`lists other schools into the same college major (another college), at most ${SAME_MAJOR_SHOWN}, and counts them all`, () => {
    const others = Array.from({ length: SAME_MAJOR_SHOWN + 3 }, (_, i) => pair(`o${i}`, institution(`s${i}`, null), college2, schoolMajor, nursing));
    const view = schoolView(a, indexPairs([pair('p1', a, college1, schoolMajor, nursing), ...others]), cities);
    expect(view.sameMajor).toHaveLength(SAME_MAJOR_SHOWN + 3);
    expect(view.sameMajorShown.map((p) => p.id)).toEqual(others.slice(0, SAME_MAJOR_SHOWN).map((p) => p.id));
    expect(view.collegeMajors.map((m) => m.id)).toEqual(['520201']);
  });

  it('says the location is not established rather than guess', () => {
    const view = schoolView(b, indexPairs([pair('p3', b, college1, schoolMajor, mechatronics)]), cities);
    expect(view.cityName).toBeUndefined();
    expect(view.cityLabel).toBe('所在地待核实');
    expect(view.location.known).toBe(false);
  });
});

describe('collegeView', () => {
  it('counts each feeding school once and lines up the newest year for search', () => {
    const pairs = [
      pair('p1', a, college1, schoolMajor, nursing, 2025),
      pair('p2', a, college1, schoolMajor, mechatronics, 2026),
      pair('p3', b, college1, schoolMajor, nursing, 2026),
    ];
    const view = collegeView(college1, indexPairs(pairs), cities);
    expect(view.schools.map((s) => s.id)).toEqual(['a', 'b']);
    expect(view.searchLines).toEqual(['a学校 · 专业720201 → 专业460301', 'b学校 · 专业720201 → 专业520201']);
    expect(view.description).toMatch(/^c1学校与2所中职学校合作开展五年制贯通培养：/);
    expect(view.fields).toEqual(['医药卫生大类', '装备制造大类']);
  });
});

describe('routesView', () => {
  const pairs = [
    pair('p1', a, college1, schoolMajor, nursing, 2025, cities),
    pair('p2', a, college1, schoolMajor, mechatronics, 2025, cities),
    pair('p3', b, college1, schoolMajor, nursing, 2025, cities),
    pair('p4', a, college1, schoolMajor, nursing, 2024, cities),
  ];
  const index = indexPairs(pairs);

  it('gives one line per school and college of the year, with how many programs and where both are', () => {
    const { routes, yearNote } = routesView(a, 2025, 2025, index, cities);
    expect(routes).toHaveLength(1);
    expect(routes[0]!.note).toBe('2个专业对。同在太原市。');
    expect(routes[0]!.mapLink).toEqual({ href: `map/?city=${encodeURIComponent('太原市')}`, text: '在配对地图上看太原市' });
    expect(yearNote).toBe('');
  });

  it('says a distance cannot be estimated when a school is not located, and names an older year', () => {
    const { routes, yearNote } = routesView(college1, 2025, 2026, index, cities);
    expect(routes.map((r) => r.note)).toEqual(['2个专业对。同在太原市。', '1个专业对。一方所在地待核实，无法估算距离。']);
    expect(routes[1]!.mapLink.href).toBe('map/');
    expect(yearNote).toBe('2025年名单的配对。');
  });
});
