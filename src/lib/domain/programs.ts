import { UNKNOWN_LOCATION } from './vocabulary.ts';
import type { City, FiveYearList, Institution, Major } from '../content/schemas.ts';

/** One program pair of a list, joined with its school, college, majors and city. */
export interface ProgramPair {
  /** Stable id: list year, row number and pair position (`2025-01-2`). */
  id: string;
  year: number;
  /** 序号 of the row in the attachment. */
  row: number;
  /** Position of the pair within its row (1-based). */
  position: number;
  school: Institution;
  /** The school's city, or null when its location is not established. */
  city: City | null;
  schoolProgram: { name: string; direction?: string; major: Major };
  college: Institution;
  collegeProgram: { name: string; direction?: string; major: Major };
  /** The list's further columns for this pair, by printed heading (招生计划: 40), when it prints any. */
  extra?: Record<string, number | string>;
}

/** Lookup tables the join needs. */
export interface Catalogue {
  schools: Institution[];
  colleges: Institution[];
  majors: Major[];
  cities: City[];
}

function lookup<T extends { id: string }>(items: T[], what: string): (id: string) => T {
  const map = new Map(items.map((item) => [item.id, item]));
  return (id) => {
    const found = map.get(id);
    if (!found) throw new Error(`未知的${what} id：${id}`);
    return found;
  };
}

/** Flattens a list into its program pairs, in printed order, joined with the catalogue. */
export function listPairs(list: FiveYearList, catalogue: Catalogue): ProgramPair[] {
  const school = lookup(catalogue.schools, '中职学校');
  const college = lookup(catalogue.colleges, '高职学校');
  const major = lookup(catalogue.majors, '专业');
  const cities = new Map(catalogue.cities.map((c) => [c.id, c]));
  return list.rows.flatMap((row) =>
    row.pairs.map((pair, index) => {
      const s = school(row.school);
      const program = (p: { name: string; code: string; direction?: string | undefined }) => ({
        name: p.name,
        major: major(p.code),
        ...(p.direction ? { direction: p.direction } : {}),
      });
      return {
        id: `${list.year}-${String(row.no).padStart(2, '0')}-${index + 1}`,
        year: list.year,
        row: row.no,
        position: index + 1,
        school: s,
        city: s.city ? (cities.get(s.city) ?? null) : null,
        schoolProgram: program(pair.schoolProgram),
        college: college(pair.college),
        collegeProgram: program(pair.collegeProgram),
        ...(pair.extra ? { extra: pair.extra } : {}),
      };
    }),
  );
}

/** The open-data record of a pair: names exactly as printed, codes and categories from the catalogue. */
export interface OpenDataPair {
  row: number;
  school: string;
  schoolId: string;
  schoolProgram: string;
  schoolProgramCode: string;
  schoolProgramCategory: string;
  college: string;
  collegeId: string;
  collegeProgram: string;
  collegeProgramCode: string;
  collegeProgramCategory: string;
  /** 专业大类 of the college program (the one the student graduates in). */
  category: string;
  /** City of the secondary school, or "" when its location is not established. */
  city: string;
  /** How that city is known: name / moe-list / directory / institution / unknown. */
  cityBasis: string;
  /** The reference's confidence in it: high / medium, or "" when unknown. */
  cityConfidence: string;
}

/**
 * Turns pairs into open-data records; `columns`: the list's further columns (招生计划 …), each a
 * field under its printed heading, null where a pair has no value.
 */
export function openDataPairs(pairs: ProgramPair[], columns: readonly { heading: string }[] = []): OpenDataPair[] {
  return pairs.map((p) => ({
    row: p.row,
    school: p.school.name,
    schoolId: p.school.id,
    schoolProgram: p.schoolProgram.name,
    schoolProgramCode: p.schoolProgram.major.id,
    schoolProgramCategory: p.schoolProgram.major.category,
    college: p.college.name,
    collegeId: p.college.id,
    collegeProgram: p.collegeProgram.name,
    collegeProgramCode: p.collegeProgram.major.id,
    collegeProgramCategory: p.collegeProgram.major.category,
    category: p.collegeProgram.major.category,
    city: p.city?.name ?? '',
    cityBasis: p.school.cityBasis,
    cityConfidence: p.school.confidence ?? '',
    ...Object.fromEntries(columns.map((c) => [c.heading, p.extra?.[c.heading] ?? null])),
  }));
}

/** Rows of the attachment table: each school once, with its pairs (rowspan when several). */
export function attachmentRows(pairs: ProgramPair[]): { row: number; pairs: ProgramPair[] }[] {
  const rows = new Map<number, ProgramPair[]>();
  for (const pair of pairs) rows.set(pair.row, [...(rows.get(pair.row) ?? []), pair]);
  return [...rows].map(([row, list]) => ({ row, pairs: list }));
}

/** A record of the all-years file: the list year first. */
export type OpenDataPairWithYear = { year: number } & OpenDataPair;

/** Records of every list, newest list first, each with its year. */
export function openDataAllYears(pairs: ProgramPair[], columns: readonly { heading: string }[] = []): OpenDataPairWithYear[] {
  return [...pairs].sort((a, b) => b.year - a.year).map((p) => ({ year: p.year, ...openDataPairs([p], columns)[0]! }));
}

/** A group of pairs under one city (or under 所在地待核实 when the school's city is not established). */
export interface PairGroup<T> {
  /** City id, or "unknown". */
  key: string;
  label: string;
  pairs: T[];
}

/** Groups pairs by the school's city, in the order of `cities`, the not-established ones last. */
export function groupByCity(pairs: ProgramPair[], cities: { id: string; name: string }[]): PairGroup<ProgramPair>[] {
  const groups: PairGroup<ProgramPair>[] = cities.map((c) => ({ key: c.id, label: c.name, pairs: [] }));
  const unknown: PairGroup<ProgramPair> = { key: 'unknown', label: UNKNOWN_LOCATION, pairs: [] };
  for (const pair of pairs) (groups.find((g) => g.key === pair.city?.id) ?? unknown).pairs.push(pair);
  return [...groups, unknown].filter((g) => g.pairs.length > 0);
}
