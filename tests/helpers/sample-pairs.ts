// Two cities, four institutions and two pairs: the small world of the map-input and pair-index tests.
import type { ProgramPair } from '../../src/lib/programs.ts';
import type { City, Institution } from '../../src/lib/schemas.ts';

export const cities: City[] = [
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
export const a = inst('a', 'taiyuan', '小店区');
export const b = inst('b', null);
export const c = inst('c', 'taiyuan');
export const d = inst('d', 'linfen');
export const pairs = [pair('p1', a, c, '装备制造大类', '装备制造大类'), pair('p2', b, d, '公共管理与服务大类', '医药卫生大类')];
