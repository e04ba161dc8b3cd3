import { describe, expect, it } from 'vitest';
import { attachmentRows, groupByCity, listPairs, openDataPairs } from '../../../../src/lib/domain/programs.ts';
import * as build from '../../../helpers/builders.ts';
import type { City, FiveYearList, Institution, Major } from '../../../../src/lib/content/schemas.ts';

const inst = (id: string, name: string, city: string | null): Institution => build.institution(id, city, { name });
const major = (id: string, name: string, level: Major['level'], category: string): Major => ({ id, name, level, category, subcategory: '某类' });
const catalogue = {
  schools: [inst('a-school', '甲中职学校', 'taiyuan'), inst('b-school', '乙中职学校', null)],
  colleges: [inst('c-college', '丙职业技术学院', 'datong')],
  majors: [
    major('660301', '机电技术应用', '中职', '装备制造大类'),
    major('460301', '机电一体化技术', '高职专科', '装备制造大类'),
    major('790303', '老年人服务与管理', '中职', '公共管理与服务大类'),
    major('520601', '康复治疗技术', '高职专科', '医药卫生大类'),
  ],
  cities: [{ id: 'taiyuan', name: '太原市', seat: { lon: 112.54, lat: 37.86 }, counties: [] } satisfies City],
};
const list: FiveYearList = {
  year: 2025,
  document: 'notice',
  title: '名单',
  stated: { schools: 2, pairs: 3 },
  rows: [
    {
      no: 1,
      school: 'a-school',
      pairs: [
        {
          schoolProgram: { name: '机电技术应用', code: '660301' },
          college: 'c-college',
          collegeProgram: { name: '机电一体化技术（煤矿机电方向）', code: '460301', direction: '煤矿机电方向' },
        },
        { schoolProgram: { name: '老年人服务与管理', code: '790303' }, college: 'c-college', collegeProgram: { name: '康复治疗技术', code: '520601' } },
      ],
    },
    {
      no: 2,
      school: 'b-school',
      pairs: [{ schoolProgram: { name: '机电技术应用', code: '660301' }, college: 'c-college', collegeProgram: { name: '机电一体化技术', code: '460301' } }],
    },
  ],
};

describe('listPairs', () => {
  const pairs = listPairs(list, catalogue);
  it('flattens rows into pairs in printed order with stable ids', () => {
    expect(pairs.map((p) => p.id)).toEqual(['2025-01-1', '2025-01-2', '2025-02-1']);
  });
  it('joins school, city, college and catalogue majors, keeping names and directions as printed', () => {
    expect(pairs[0]?.school.name).toBe('甲中职学校');
    expect(pairs[0]?.city?.name).toBe('太原市');
    expect(pairs[0]?.collegeProgram).toMatchObject({ name: '机电一体化技术（煤矿机电方向）', direction: '煤矿机电方向', major: { id: '460301' } });
    expect(pairs[2]?.city).toBeNull();
  });
  it('throws on an id the catalogue does not have', () => {
    expect(() => listPairs({ ...list, rows: [{ no: 1, school: 'nope', pairs: list.rows[0]!.pairs }] }, catalogue)).toThrow(/nope/);
  });
});

describe('openDataPairs', () => {
  it('gives names as printed, codes, categories and the school city ("" when unknown)', () => {
    const [first, second, third] = openDataPairs(listPairs(list, catalogue));
    expect(first).toMatchObject({
      row: 1,
      school: '甲中职学校',
      schoolProgramCode: '660301',
      collegeProgram: '机电一体化技术（煤矿机电方向）',
      category: '装备制造大类',
      city: '太原市',
    });
    expect(second).toMatchObject({ schoolProgramCategory: '公共管理与服务大类', collegeProgramCategory: '医药卫生大类', category: '医药卫生大类' });
    expect(third?.city).toBe('');
  });
});

describe('attachmentRows', () => {
  it('groups pairs back into the printed rows', () => {
    expect(attachmentRows(listPairs(list, catalogue)).map((r) => [r.row, r.pairs.length])).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });
});

describe('groupByCity', () => {
  it('groups in city order with the not-established ones last, and leaves out empty cities', () => {
    const cities = [build.city('taiyuan', '太原市'), build.city('linfen', '临汾市')];
    const into = (id: string, cityId: string | null) =>
      build.pair(id, build.institution(`s${id}`, cityId), build.institution('c', null), build.major('1'), build.major('2'), 2025, cities);
    const groups = groupByCity([into('1', null), into('2', 'linfen'), into('3', 'linfen')], cities);
    expect(groups.map((g) => [g.key, g.label, g.pairs.map((x) => x.id)])).toEqual([
      ['linfen', '临汾市', ['2', '3']],
      ['unknown', '所在地待核实', ['1']],
    ]);
  });
});
