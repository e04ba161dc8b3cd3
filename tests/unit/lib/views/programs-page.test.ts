import { describe, expect, it } from 'vitest';
import type { FiveYearList } from '../../../../src/lib/content/schemas.ts';
import { programsPageView } from '../../../../src/lib/views/programs-page.ts';
import { cities, pairs } from '../../../helpers/sample-list.ts';

const list = (year: number): FiveYearList => ({ year, document: `notice-${year}`, title: `${year}年通知`, stated: { schools: 2, pairs: 3 }, rows: [] });
const lead = { text: '某文件说。', sources: [], own: false };
const view = (year: number, fixed = false) =>
  programsPageView({
    lists: [list(2026), list(2025)],
    year,
    fixed,
    pairs,
    cities,
    terms: [{ words: ['护士'], majors: [pairs[0]!.schoolProgram.major.name] }],
    lead,
  });

describe('programsPageView', () => {
  it('shows the year asked for, says whether it is the newest, and keeps /programs/<year>/ on its year', () => {
    expect(view(2026)).toMatchObject({ isNewest: true, here: 'programs/', fixed: false, lead });
    expect(view(2025, true)).toMatchObject({ isNewest: false, here: 'programs/2025/', fixed: true });
    expect(() => view(2030)).toThrow('没有 2030 年的五年制名单');
  });

  it('counts schools once, groups the pairs by city and gives each city its seat for ordering by distance', () => {
    const v = view(2025);
    expect(v.schoolCount).toBe(2);
    expect(v.groups.flatMap((g) => g.pairs.map((p) => p.id)).sort()).toEqual(['p1', 'p2', 'p3']);
    expect(v.origins.map((o) => o.name)).toEqual(['太原市', '大同市']);
    expect(v.seats.get('taiyuan')).toBe(v.origins[0]!.seat);
  });

  it('offers each filter’s options with how many pairs each keeps, and each pair’s search words', () => {
    const [city, field, college] = view(2025).selects;
    expect([city!.key, field!.key, college!.key]).toEqual(['city', 'field', 'college']);
    expect(city!.counts.get('太原市')).toBe(2);
    expect(city!.counts.get('大同市')).toBe(0);
    expect(field!.options).toEqual(['医药卫生大类', '装备制造大类'].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare));
    expect(college!.options).toEqual(['c1学校']);
    expect(view(2025).words.get('p1')).toContain('护士');
  });
});
