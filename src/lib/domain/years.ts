import type { ProgramPair } from './programs.ts';

/**
 * The one rule for "which year": pages about the program (home, /programs/, /map/, charts counted
 * from a list, the default open data) take the newest list; pages about an institution, a major or
 * a city show every year it appears in, newest first.
 */
export function newestYear(lists: { year: number }[]): number | null {
  return lists.reduce<number | null>((max, l) => (max === null || l.year > max ? l.year : max), null);
}

/** Pairs grouped by list year, newest first. */
export function pairsByYear(pairs: ProgramPair[]): { year: number; pairs: ProgramPair[] }[] {
  const groups = new Map<number, ProgramPair[]>();
  for (const p of pairs) groups.set(p.year, [...(groups.get(p.year) ?? []), p]);
  return [...groups].sort((a, b) => b[0] - a[0]).map(([year, list]) => ({ year, pairs: list }));
}

/** What identifies a pair across years: the school, both programs as printed, and the college. */
const pairKey = (p: ProgramPair) => `${p.school.id}|${p.schoolProgram.name}|${p.college.id}|${p.collegeProgram.name}`;

/** What changed from one list to the next. */
export interface ListChanges {
  addedSchools: ProgramPair['school'][];
  droppedSchools: ProgramPair['school'][];
  addedPairs: ProgramPair[];
  droppedPairs: ProgramPair[];
  /** Schools in both lists whose partner colleges differ. */
  partnerChanged: { school: ProgramPair['school']; before: ProgramPair['college'][]; after: ProgramPair['college'][] }[];
}

/** Compares a list with the one before it. */
export function listChanges(previous: ProgramPair[], current: ProgramPair[]): ListChanges {
  const schoolsOf = (pairs: ProgramPair[]) => new Map(pairs.map((p) => [p.school.id, p.school]));
  const before = schoolsOf(previous);
  const after = schoolsOf(current);
  const beforeKeys = new Set(previous.map(pairKey));
  const afterKeys = new Set(current.map(pairKey));
  const colleges = (pairs: ProgramPair[], school: string) => [
    ...new Map(pairs.filter((p) => p.school.id === school).map((p) => [p.college.id, p.college])).values(),
  ];
  const ids = (list: { id: string }[]) =>
    list
      .map((c) => c.id)
      .sort()
      .join('|');
  return {
    addedSchools: [...after.values()].filter((s) => !before.has(s.id)),
    droppedSchools: [...before.values()].filter((s) => !after.has(s.id)),
    addedPairs: current.filter((p) => !beforeKeys.has(pairKey(p))),
    droppedPairs: previous.filter((p) => !afterKeys.has(pairKey(p))),
    partnerChanged: [...after.values()]
      .filter((s) => before.has(s.id))
      .map((school) => ({ school, before: colleges(previous, school.id), after: colleges(current, school.id) }))
      .filter((c) => ids(c.before) !== ids(c.after)),
  };
}

/** Where a `?year=` in the URL of a page showing one list's year should lead. */
export interface YearParam {
  /** The page of the asked year, with the other parameters kept (when it is not this page). */
  href?: string;
  /** The asked value when no list has that year (the page says so and shows its own year). */
  unknown?: string;
}

/**
 * Reads `?year=` on /programs/ and /map/ (and their per-year pages). A year that has a list leads
 * to that year's page (`pathOf(year)`), keeping the other parameters; this page's own year, or no
 * parameter, leads nowhere; anything else is reported back, never silently replaced.
 */
export function followYearParam(search: string, current: number, years: number[], pathOf: (year: number) => string): YearParam {
  const params = new URLSearchParams(search);
  const asked = params.get('year')?.trim();
  if (!asked) return {};
  const year = /^\d{4}$/.test(asked) ? Number(asked) : NaN;
  if (!years.includes(year)) return { unknown: asked };
  if (year === current) return {};
  params.delete('year');
  const rest = params.toString();
  return { href: `${pathOf(year)}${rest ? `?${rest}` : ''}` };
}
