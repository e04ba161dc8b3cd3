import type { ProgramPair } from './programs.ts';

/** Pairs grouped by every key a page looks them up by, built once so each page is a lookup, not a scan. */
export interface PairIndex {
  bySchool: Map<string, ProgramPair[]>;
  byCollege: Map<string, ProgramPair[]>;
  /** By catalogue code of either program. */
  byMajor: Map<string, ProgramPair[]>;
  /** By the school's city id. */
  bySchoolCity: Map<string, ProgramPair[]>;
  /** By the college's city id. */
  byCollegeCity: Map<string, ProgramPair[]>;
}

function push(map: Map<string, ProgramPair[]>, key: string | null, pair: ProgramPair) {
  if (key === null) return;
  const list = map.get(key);
  if (list) {
    if (list[list.length - 1] !== pair) list.push(pair);
  } else map.set(key, [pair]);
}

/** Indexes pairs (keeping their order within each group). */
export function indexPairs(pairs: ProgramPair[]): PairIndex {
  const index: PairIndex = { bySchool: new Map(), byCollege: new Map(), byMajor: new Map(), bySchoolCity: new Map(), byCollegeCity: new Map() };
  for (const pair of pairs) {
    push(index.bySchool, pair.school.id, pair);
    push(index.byCollege, pair.college.id, pair);
    push(index.byMajor, pair.schoolProgram.major.id, pair);
    push(index.byMajor, pair.collegeProgram.major.id, pair);
    push(index.bySchoolCity, pair.school.city, pair);
    push(index.byCollegeCity, pair.college.city, pair);
  }
  return index;
}

/** The pairs under a key, or none. */
export const pairsOf = (map: Map<string, ProgramPair[]>, key: string | null | undefined): ProgramPair[] => (key ? (map.get(key) ?? []) : []);
