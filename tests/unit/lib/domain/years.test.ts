import { describe, expect, it } from 'vitest';
import type { ProgramPair } from '../../../../src/lib/domain/programs.ts';
import * as build from '../../../helpers/builders.ts';
import { followYearParam, listChanges, newestYear, pairsByYear } from '../../../../src/lib/domain/years.ts';

/** A pair of `year`'s list: school `school`'s program `program` into college `college`. */
const pair = (year: number, school: string, program: string, college: string): ProgramPair =>
  build.pair(
    `${year}-${school}-${program}`,
    build.institution(school, null),
    build.institution(college, null),
    { ...build.major('1'), name: program },
    { ...build.major('2', '装备制造大类', '高职专科'), name: `${program}技术` },
    year,
  );

describe('years', () => {
  const before = [pair(2025, 'a', '机电', 'x'), pair(2025, 'b', '园林', 'x'), pair(2025, 'c', '烹饪', 'y')];
  const after = [pair(2026, 'a', '机电', 'x'), pair(2026, 'a', '数控', 'x'), pair(2026, 'b', '园林', 'z'), pair(2026, 'd', '烹饪', 'y')];

  it('names the newest year and groups pairs newest first', () => {
    expect(newestYear([{ year: 2025 }, { year: 2027 }, { year: 2026 }])).toBe(2027);
    expect(newestYear([])).toBeNull();
    expect(pairsByYear([...before, ...after]).map((g) => [g.year, g.pairs.length])).toEqual([
      [2026, 4],
      [2025, 3],
    ]);
  });

  it('lists new and dropped schools and pairs, and changed partner colleges', () => {
    const c = listChanges(before, after);
    expect(c.addedSchools.map((s) => s.id)).toEqual(['d']);
    expect(c.droppedSchools.map((s) => s.id)).toEqual(['c']);
    expect(c.addedPairs.map((p) => `${p.school.id}:${p.schoolProgram.name}:${p.college.id}`)).toEqual(['a:数控:x', 'b:园林:z', 'd:烹饪:y']);
    expect(c.droppedPairs.map((p) => `${p.school.id}:${p.schoolProgram.name}:${p.college.id}`)).toEqual(['b:园林:x', 'c:烹饪:y']);
    expect(c.partnerChanged.map((x) => [x.school.id, x.before.map((k) => k.id), x.after.map((k) => k.id)])).toEqual([['b', ['x'], ['z']]]);
  });

  it("follows ?year= to that year's page keeping the other parameters, and reports a year with no list", () => {
    const path = (y: number) => `/programs/${y}/`;
    expect(followYearParam('?year=2025&city=%E6%9C%94%E5%B7%9E%E5%B8%82', 2026, [2026, 2025], path)).toEqual({
      href: '/programs/2025/?city=%E6%9C%94%E5%B7%9E%E5%B8%82',
    });
    expect(followYearParam('?year=2026', 2026, [2026, 2025], path)).toEqual({});
    expect(followYearParam('?city=x', 2026, [2026, 2025], path)).toEqual({});
    expect(followYearParam('?year=2019', 2026, [2026, 2025], path)).toEqual({ unknown: '2019' });
    expect(followYearParam('?year=20x5', 2026, [2026, 2025], path)).toEqual({ unknown: '20x5' });
  });
});
