// The published lists as the content holds them, so the stories count from the data and keep
// working when next year's list arrives (architecture review, seam 5).
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ListFile {
  year: number;
  rows: { school: string; pairs: unknown[] }[];
}

const lists = readdirSync('content/five-year-lists')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(`content/five-year-lists/${f}`, 'utf8')) as ListFile)
  .sort((a, b) => b.year - a.year);

/** A list's counts: its pairs and its schools. */
export function listCounts(year: number): { pairs: number; schools: number } {
  const list = lists.find((l) => l.year === year);
  if (!list) throw new Error(`content/five-year-lists has no ${year} list`);
  return { pairs: list.rows.reduce((n, r) => n + r.pairs.length, 0), schools: new Set(list.rows.map((r) => r.school)).size };
}

/** The newest list's year and counts (what /programs/, /map/ and the home page show). */
export const NEWEST = { year: lists[0]!.year, ...listCounts(lists[0]!.year) };

/** The ids of the schools on the newest list, in the order printed. */
export const NEWEST_SCHOOLS = [...new Set(lists[0]!.rows.map((r) => r.school))];
