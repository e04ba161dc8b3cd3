// A small list for the view-model tests: two cities, a school in 太原, one of unknown location,
// a college in 大同, and three pairs (one crossing 专业大类).
import { city, institution, major, pair } from './builders.ts';

export const cities = [city('taiyuan', '太原市'), city('datong', '大同市')];
export const nursingSchool = major('720201', '医药卫生大类');
export const nursing = major('520201', '医药卫生大类', '高职专科');
export const mechatronics = major('460301', '装备制造大类', '高职专科');
export const a = institution('a', 'taiyuan');
export const b = institution('b', null);
export const c1 = institution('c1', 'datong');
export const pairs = [
  pair('p1', a, c1, nursingSchool, nursing, 2025, cities),
  pair('p2', a, c1, nursingSchool, mechatronics, 2025, cities),
  pair('p3', b, c1, nursingSchool, nursing),
];
