import { UNKNOWN_LOCATION } from './vocabulary.ts';
import type { ProgramPair } from './programs.ts';
import { placeOf, seatText } from './distance.ts';

/** How many program pairs a family can keep and compare side by side. */
export const SHORTLIST_MAX = 4;

/** Reads a comma-separated id list (from the URL or storage): known ids only, no repeats, at most four. */
export function parseShortlist(value: string | null | undefined, known: ReadonlySet<string>): string[] {
  const ids = (value ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => known.has(id));
  return [...new Set(ids)].slice(0, SHORTLIST_MAX);
}

/** Adds or removes a pair; a full list does not grow. */
export function toggleShortlist(list: string[], id: string): { list: string[]; added: boolean; full: boolean } {
  if (list.includes(id)) return { list: list.filter((x) => x !== id), added: false, full: false };
  if (list.length >= SHORTLIST_MAX) return { list, added: false, full: true };
  return { list: [...list, id], added: true, full: false };
}

/** The share link of a shortlist: /shortlist/?ids=a,b */
export function shortlistSearch(list: string[]): string {
  return list.length ? `?ids=${list.join(',')}` : '';
}

/** What the shortlist sheet shows for a pair (all from the list and the catalogue). */
export interface ShortlistRecord {
  id: string;
  school: string;
  schoolHref: string;
  schoolProgram: string;
  college: string;
  collegeHref: string;
  collegeProgram: string;
  city: string;
  category: string;
  source: string;
  sourceHref: string;
  /** Where the school is for a distance (county or city seat, `lon,lat`), and its name; null when not established. */
  seat: string | null;
  place: string | null;
}

/**
 * The rows of a comparison in which the chosen pairs differ, and the ones in which they all agree
 * (said once, as a line, instead of repeating a value in every column).
 */
export function splitRows<R, T>(
  rows: readonly (readonly [string, (r: R) => T])[],
  chosen: readonly R[],
  text: (value: T) => string,
): { differ: string[]; same: [string, string][] } {
  const differ: string[] = [];
  const same: [string, string][] = [];
  for (const [label, value] of rows) {
    const values = chosen.map((r) => text(value(r)));
    if (chosen.length > 1 && values.every((v) => v === values[0])) same.push([label, values[0] ?? '']);
    else differ.push(label);
  }
  return { differ, same };
}

/** The shortlist sheet's record of a pair; `url` turns a site path into a link. */
export function shortlistRecord(pair: ProgramPair, list: { title: string; document: string }, url: (path: string) => string): ShortlistRecord {
  const { schoolProgram: from, collegeProgram: to } = pair;
  const place = placeOf(pair.school, pair.city ? [pair.city] : []);
  return {
    id: pair.id,
    school: pair.school.name,
    schoolHref: url(`schools/${pair.school.id}/`),
    schoolProgram: from.name,
    college: pair.college.name,
    collegeHref: url(`colleges/${pair.college.id}/`),
    collegeProgram: to.name,
    city: pair.city?.name ?? UNKNOWN_LOCATION,
    category: from.major.category === to.major.category ? to.major.category : `${from.major.category} → ${to.major.category}`,
    source: `${list.title}（第${pair.row}行）`,
    sourceHref: url(`policies/${list.document}/#row-${pair.row}`),
    seat: place ? seatText(place.seat) : null,
    place: place?.name ?? null,
  };
}
