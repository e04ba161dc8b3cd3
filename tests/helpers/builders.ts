// Small builders for the domain types, for unit tests of joins and view models.
import type { ProgramPair } from '../../src/lib/domain/programs.ts';
import type { City, Institution, Major, Statistic } from '../../src/lib/content/schemas.ts';

export const city = (id: string, name: string): City => ({ id, name, seat: { lon: 112.5, lat: 37.8 }, counties: [] });

export const institution = (id: string, cityId: string | null, extra: Partial<Institution> = {}): Institution => ({
  id,
  name: `${id}学校`,
  city: cityId,
  cityBasis: cityId ? 'name' : 'unknown',
  confidence: cityId ? 'high' : null,
  county: null,
  countyBasis: null,
  note: null,
  ...extra,
});

export const major = (id: string, category = '装备制造大类', level: Major['level'] = '中职'): Major => ({
  id,
  name: `专业${id}`,
  level,
  category,
  subcategory: '某类',
});

/** A pair of `school` into `college`, from school major `from` to college major `to`. */
export function pair(id: string, school: Institution, college: Institution, from: Major, to: Major, year = 2025, cities: City[] = []): ProgramPair {
  return {
    id,
    year,
    row: 1,
    position: 1,
    school,
    college,
    city: cities.find((c) => c.id === school.city) ?? null,
    schoolProgram: { name: from.name, major: from },
    collegeProgram: { name: to.name, major: to },
  };
}

/** A statistic: a figure of 1300人 from document `d`, with what a test changes. */
export const statistic = (extra: Partial<Statistic> = {}): Statistic => ({
  id: 'x',
  label: '某数',
  value: 1300,
  unit: '人',
  year: 2023,
  yearStated: false,
  measures: '某',
  kind: 'target',
  scope: '某',
  source: { document: 'd', quote: '原则上达到1300人以上' },
  ...extra,
});
