// Two cities, four institutions and two pairs: the small world of the map-input, pair-index and
// charts tests, made with the shared builders.
import type { ProgramPair } from '../../src/lib/domain/programs.ts';
import type { City } from '../../src/lib/content/schemas.ts';
import { institution, major, pair } from './builders.ts';

export const cities: City[] = [
  { id: 'taiyuan', name: '太原市', seat: { lon: 112.54, lat: 37.86 }, counties: [{ name: '小店区', lon: 112.56, lat: 37.82 }] },
  { id: 'linfen', name: '临汾市', seat: { lon: 111.51, lat: 36.08 }, counties: [] },
];
export const a = institution('a', 'taiyuan', { county: '小店区', countyBasis: 'directory' });
export const b = institution('b', null);
export const c = institution('c', 'taiyuan');
export const d = institution('d', 'linfen');

/** A pair whose programs the notice printed as 甲 (school) and 乙 (college). */
const printed = (p: ProgramPair): ProgramPair => ({
  ...p,
  schoolProgram: { ...p.schoolProgram, name: '甲' },
  collegeProgram: { ...p.collegeProgram, name: '乙' },
});
export const pairs = [
  printed(pair('p1', a, c, major('660301', '装备制造大类'), major('460301', '装备制造大类'), 2025, cities)),
  printed(pair('p2', b, d, major('660301', '公共管理与服务大类'), major('460301', '医药卫生大类'), 2025, cities)),
];
