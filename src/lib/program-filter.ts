import { UNKNOWN_LOCATION } from './vocabulary.ts';
import type { ProgramPair } from './programs.ts';

/** What a pair is filtered on, in the shape the page embeds for its script. */
export interface FilterablePair {
  id: string;
  /** City name of the secondary school (朔州市), or "" when not established. */
  city: string;
  /** The 专业大类 of both programs (one entry when they are the same). */
  fields: string[];
  /** College name as printed. */
  college: string;
  /** Everything a keyword may match: names, programs, directions, city, categories. */
  text: string;
}

/** The filters of /programs/ and /map/, as in the URL (?city=朔州市&field=…&college=…&q=…). */
export interface ProgramFilter {
  city?: string;
  field?: string;
  college?: string;
  q?: string;
}

export const FILTER_KEYS = ['city', 'field', 'college', 'q'] as const;

/** The searchable shape of a pair. */
export function toFilterable(pair: ProgramPair): FilterablePair {
  const fields = [...new Set([pair.schoolProgram.major.category, pair.collegeProgram.major.category])];
  const city = pair.city?.name ?? '';
  return {
    id: pair.id,
    city,
    fields,
    college: pair.college.name,
    text: [
      pair.school.name,
      pair.schoolProgram.name,
      pair.schoolProgram.major.name,
      pair.collegeProgram.name,
      pair.collegeProgram.major.name,
      pair.college.name,
      city,
      pair.school.county ?? '',
      ...fields,
      pair.schoolProgram.major.subcategory,
      pair.collegeProgram.major.subcategory,
    ].join(' '),
  };
}

/** Reads the filter from a query string; empty values are dropped. */
export function parseFilter(search: string | URLSearchParams): ProgramFilter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filter: ProgramFilter = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

/** Writes the filter as a query string ("" when nothing is set), keys in a fixed order. */
export function filterToSearch(filter: ProgramFilter): string {
  const params = new URLSearchParams();
  for (const key of FILTER_KEYS) if (filter[key]) params.set(key, filter[key] ?? '');
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** City names match with or without the trailing 市 (“朔州” finds 朔州市). */
function sameCity(a: string, b: string): boolean {
  return a.replace(/市$/, '') === b.replace(/市$/, '');
}

/** Keyword match: every space-separated term must occur (case-insensitive; 市 optional on city names). */
function matchesText(text: string, q: string): boolean {
  const haystack = text.toLowerCase();
  return q
    .toLowerCase()
    .split(/[\s,，、]+/)
    .filter(Boolean)
    .every((term) => haystack.includes(term) || haystack.includes(term.replace(/市$/, '')));
}

/**
 * Whether a pair passes the filter. A pair matches a 专业大类 when either of its programs is in it.
 * `ignore` leaves one filter out (for counting the options of that filter).
 */
export function matchesPair(pair: FilterablePair, filter: ProgramFilter, ignore?: keyof ProgramFilter): boolean {
  if (filter.city && ignore !== 'city' && !sameCity(pair.city, filter.city)) return false;
  if (filter.field && ignore !== 'field' && !pair.fields.includes(filter.field)) return false;
  if (filter.college && ignore !== 'college' && pair.college !== filter.college) return false;
  if (filter.q && ignore !== 'q' && !matchesText(pair.text, filter.q)) return false;
  return true;
}

/** The pairs that pass the filter, in their given order. */
export function filterPairs<T extends FilterablePair>(pairs: T[], filter: ProgramFilter): T[] {
  return pairs.filter((pair) => matchesPair(pair, filter));
}

/**
 * Live counts for the options of one filter: how many pairs each option would show, given the
 * other filters that are set. Options keep the order given.
 */
export function optionCounts(pairs: FilterablePair[], filter: ProgramFilter, key: 'city' | 'field' | 'college', options: string[]): Map<string, number> {
  const counts = new Map(options.map((option) => [option, 0]));
  for (const pair of pairs) {
    if (!matchesPair(pair, filter, key)) continue;
    const values = key === 'field' ? pair.fields : [key === 'city' ? pair.city : pair.college];
    for (const value of values) if (counts.has(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
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

/** A filter value from the URL that none of the page's options has (a typo, or a stale link). */
export interface UnknownFilterValue {
  key: 'city' | 'field' | 'college';
  value: string;
}

/**
 * Splits a filter read from the URL into the part the page can apply and the values it has no
 * option for, so that `?city=北京` says "no such city here" instead of showing 0 results under
 * 全部城市. City names are accepted with or without 市.
 */
export function checkFilter(
  filter: ProgramFilter,
  options: Partial<Record<UnknownFilterValue['key'], string[]>>,
): { filter: ProgramFilter; unknown: UnknownFilterValue[] } {
  const kept: ProgramFilter = { ...filter };
  const unknown: UnknownFilterValue[] = [];
  for (const key of ['city', 'field', 'college'] as const) {
    const value = filter[key];
    const allowed = options[key];
    if (!value || !allowed) continue;
    const match = allowed.find((o) => (key === 'city' ? sameCity(o, value) : o === value));
    if (match) kept[key] = match;
    else {
      delete kept[key];
      unknown.push({ key, value });
    }
  }
  return { filter: kept, unknown };
}

const FILTER_LABEL: Record<UnknownFilterValue['key'], string> = { city: '城市', field: '专业大类', college: '高职学校' };

/** The sentence that says which values of the link were not applied. */
export function unknownFilterMessage(unknown: UnknownFilterValue[]): string {
  if (unknown.length === 0) return '';
  return `链接里的${unknown.map((u) => `${FILTER_LABEL[u.key]}“${u.value}”`).join('、')}在这份名单里没有，已忽略，下面按其余条件显示。`;
}
