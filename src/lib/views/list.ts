// The figures a page states about one year's list (home, /programs/, /map/), computed once here so
// the pages cannot count differently.
import { byPinyin } from '../domain/locations.ts';
import type { ProgramPair } from '../domain/programs.ts';
import type { City, ListColumn } from '../content/schemas.ts';
import { UNKNOWN_LOCATION } from '../domain/vocabulary.ts';

/** How many schools, colleges and cities a list's pairs involve, its fields, and the pairs that cross fields. */
export function listSummary(pairs: ProgramPair[], cities: City[]) {
  return {
    pairs: pairs.length,
    schools: new Set(pairs.map((p) => p.school.id)).size,
    colleges: new Set(pairs.map((p) => p.college.id)).size,
    /** Cities with a school on the list, by the locations the site can establish, in the cities' order. */
    citiesWithSchools: cities.filter((c) => pairs.some((p) => p.city?.id === c.id)),
    /** Every 专业大类 on either side, in pinyin order. */
    fields: [...new Set(pairs.flatMap((p) => [p.schoolProgram.major.category, p.collegeProgram.major.category]))].sort(byPinyin),
    /** Pairs whose college major is in another 专业大类 than the school major. */
    crossing: pairs.filter((p) => p.schoolProgram.major.category !== p.collegeProgram.major.category),
  };
}

/** A further column's value for a pair, as a page prints it (40人; text as printed), or '' when the pair has none. */
export function extraText(pair: ProgramPair, column: ListColumn): string {
  const value = pair.extra?.[column.heading];
  if (value === undefined) return '';
  return column.kind === 'students' && typeof value === 'number' ? `${value}人` : String(value);
}

/** One total of a column of students: by school, by city or by 专业大类. */
export interface PlanTotal {
  label: string;
  students: number;
}

/**
 * Totals of each column of students (招生计划) per school, city and 专业大类 of the college major,
 * for a list where every pair has a number in it; none for a list without one (never a zero), and
 * none where some pair has no number (a total would claim more than the list prints).
 */
export function planTotals(pairs: ProgramPair[], columns: readonly ListColumn[] = []) {
  return columns
    .filter((c) => c.kind === 'students' && pairs.length > 0 && pairs.every((p) => typeof p.extra?.[c.heading] === 'number'))
    .map((column) => {
      const sum = (key: (p: ProgramPair) => string) => {
        const totals = new Map<string, number>();
        for (const p of pairs) totals.set(key(p), (totals.get(key(p)) ?? 0) + (p.extra?.[column.heading] as number));
        return [...totals].map(([label, students]): PlanTotal => ({ label, students }));
      };
      return {
        heading: column.heading,
        total: pairs.reduce((n, p) => n + (p.extra?.[column.heading] as number), 0),
        bySchool: sum((p) => p.school.name),
        byCity: sum((p) => p.city?.name ?? UNKNOWN_LOCATION),
        byField: sum((p) => p.collegeProgram.major.category).sort((a, b) => byPinyin(a.label, b.label)),
      };
    });
}

/** A pair's further cells as lines (招生计划：40人), in the list's column order; a number is a count of students. */
export function extraLines(pair: ProgramPair): { heading: string; text: string }[] {
  return Object.entries(pair.extra ?? {}).map(([heading, value]) => ({ heading, text: typeof value === 'number' ? `${value}人` : value }));
}
