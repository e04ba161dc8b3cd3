import type { ProgramPair } from './programs.ts';

/**
 * The one filter model of the site's lists: /programs/ (cards), /map/ (lines and the city-by-city
 * view) and /policies/ (documents). Each listed thing carries its facets, the values it can be
 * filtered on, as `data-facet-*` attributes written by `facetAttributes`. A filter picks at most one
 * value per facet, named as in the address (?city=朔州市&field=…), and `q` is a keyword that must be
 * found in the thing's `q` facet (its searchable text). Page scripts read the facets back
 * (`facetsFromDataset`) and ask `matches`; nothing else decides what is shown.
 */

/** A thing's values per facet: a pair's 专业大类 may be two, a document's issuers several. */
export type Facets = Readonly<Record<string, readonly string[]>>;

/** What a filter asks for: one value per facet, keys as in the address. */
export type Filter = Readonly<Record<string, string>>;

/** The keyword facet: words that must all occur in the thing's text. */
export const KEYWORD = 'q';

const PREFIX = 'data-facet-';
const SEPARATOR = '|';

/** The facets as `data-facet-<key>` attributes ('|' between values), for a page to spread on an element. */
export function facetAttributes(facets: Facets): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const [key, values] of Object.entries(facets)) {
    if (!/^[a-z]+$/.test(key)) throw new Error(`筛选维度名应为小写字母：“${key}”`);
    const bad = values.find((v) => v.includes(SEPARATOR));
    if (bad !== undefined) throw new Error(`筛选维度 ${key} 的值不能含“${SEPARATOR}”：“${bad}”`);
    attributes[`${PREFIX}${key}`] = values.join(SEPARATOR);
  }
  return attributes;
}

/** Reads back what `facetAttributes` wrote, from an element's `dataset` (data-facet-city is `facetCity`). */
export function facetsFromDataset(dataset: Readonly<Record<string, string | undefined>>): Facets {
  const facets: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(dataset)) {
    const key = /^facet([A-Z][a-z]*)$/.exec(name)?.[1]?.toLowerCase();
    if (key && value !== undefined) facets[key] = value === '' ? [] : value.split(SEPARATOR);
  }
  return facets;
}

/** City names match with or without the trailing 市 (“朔州” finds 朔州市); other facets match exactly. */
function sameValue(key: string, a: string, b: string): boolean {
  return key === 'city' ? a.replace(/市$/, '') === b.replace(/市$/, '') : a === b;
}

/** Keyword match: every term (split on spaces and 、，,) must occur, case-insensitive, 市 optional. */
function matchesText(text: string, q: string): boolean {
  const haystack = text.toLowerCase();
  return q
    .toLowerCase()
    .split(/[\s,，、]+/)
    .filter(Boolean)
    .every((term) => haystack.includes(term) || haystack.includes(term.replace(/市$/, '')));
}

/**
 * Whether a thing passes the filter: for every facet the filter sets, the thing has that value (or,
 * for `q`, its text has every term). A thing without the facet does not match a filter on it.
 * `ignore` leaves one facet out (to count that facet's options).
 */
export function matches(facets: Facets, filter: Filter, ignore?: string): boolean {
  for (const [key, wanted] of Object.entries(filter)) {
    if (!wanted || key === ignore) continue;
    const values = facets[key] ?? [];
    const ok = key === KEYWORD ? matchesText(values.join(' '), wanted) : values.some((v) => sameValue(key, v, wanted));
    if (!ok) return false;
  }
  return true;
}

/**
 * How many things each option of one facet would show, given the rest of the filter. Options keep
 * their order; a thing with two values counts under both.
 */
export function optionCounts(things: readonly Facets[], filter: Filter, key: string, options: readonly string[]): Map<string, number> {
  const counts = new Map(options.map((option) => [option, 0]));
  for (const facets of things) {
    if (!matches(facets, filter, key)) continue;
    for (const value of new Set(facets[key] ?? [])) if (counts.has(value)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

/** The filter in a query string, for the given keys only; empty values are dropped. */
export function parseFilter(search: string | URLSearchParams, keys: readonly string[]): Filter {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const filter: Record<string, string> = {};
  for (const key of keys) {
    const value = params.get(key)?.trim();
    if (value) filter[key] = value;
  }
  return filter;
}

/** The filter as a query string, keys in the given order ('' when nothing is set). */
export function filterToSearch(filter: Filter, keys: readonly string[]): string {
  const params = new URLSearchParams();
  for (const key of keys) if (filter[key]) params.set(key, filter[key]);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** One choice a filter form offers: its key, the label a reader sees and its options. */
export interface FilterChoice {
  key: string;
  label: string;
  options: readonly string[];
}

/** A value from the address that the form has no option for (a typo, or a link to an older list). */
export interface UnknownFilterValue {
  key: string;
  label: string;
  value: string;
}

/**
 * Splits a filter read from the address into what the page can apply and the values it has no option
 * for, so that `?city=北京` says so instead of showing nothing. A city is accepted with or without
 * 市 and kept as the option spells it. Keys without a choice (the keyword) pass as they are.
 */
export function checkFilter(filter: Filter, choices: readonly FilterChoice[]): { filter: Filter; unknown: UnknownFilterValue[] } {
  const kept: Record<string, string> = { ...filter };
  const unknown: UnknownFilterValue[] = [];
  for (const { key, label, options } of choices) {
    const value = filter[key];
    if (!value) continue;
    const match = options.find((o) => sameValue(key, o, value));
    if (match) kept[key] = match;
    else {
      delete kept[key];
      unknown.push({ key, label, value });
    }
  }
  return { filter: kept, unknown };
}

/** The sentence that names the values of a link that were not applied; `where` is what the page lists (这份名单里). */
export function unknownFilterMessage(unknown: readonly UnknownFilterValue[], where: string): string {
  if (unknown.length === 0) return '';
  return `链接里的${unknown.map((u) => `${u.label}“${u.value}”`).join('、')}在${where}没有，已忽略，下面按其余条件显示。`;
}

/**
 * A program pair's facets: the school's city (none when not established), the 专业大类 of both
 * programs (one when the same), the college, and as keyword text every name a family might type:
 * school, programs and their catalogue majors, college, city, county and categories, and `words`:
 * the site's search vocabulary for them (colloquial words, short names, pinyin: `pairWords`).
 */
export function pairFacets(pair: ProgramPair, words: readonly string[] = []): Facets {
  const fields = [...new Set([pair.schoolProgram.major.category, pair.collegeProgram.major.category])];
  const city = pair.city?.name;
  return {
    city: city ? [city] : [],
    field: fields,
    college: [pair.college.name],
    [KEYWORD]: unique([
      pair.school.name,
      pair.schoolProgram.name,
      pair.schoolProgram.major.name,
      pair.collegeProgram.name,
      pair.collegeProgram.major.name,
      pair.college.name,
      city ?? '',
      pair.school.county ?? '',
      ...fields,
      pair.schoolProgram.major.subcategory,
      pair.collegeProgram.major.subcategory,
      ...words,
    ]),
  };
}

/**
 * Lenient on one facet: a thing that has no value for `key` (a school whose city is not
 * established) passes a filter on it, as long as it passes the rest. Such things are shown last,
 * marked, so a family filtering by its city never loses a school that may be there.
 */
export function matchesOrUnknown(facets: Facets, filter: Filter, key: string): boolean {
  return (facets[key] ?? []).length === 0 ? matches(facets, filter, key) : matches(facets, filter);
}

/** Each non-empty word once, in order, without the separator. */
const unique = (words: string[]) => [...new Set(words.filter(Boolean).map((word) => word.replaceAll(SEPARATOR, ' ')))];

/** Only the named facets (the map filters its lines by city and 专业大类 only). */
export function pickFacets(facets: Facets, keys: readonly string[]): Facets {
  return Object.fromEntries(keys.map((key) => [key, facets[key] ?? []]));
}

/** A document's facets on /policies/: 层级, 文种, the year of its date, its issuers. */
export function policyFacets(policy: { level: string; kind: string; date: string; issuers: readonly string[] }): Facets {
  return { level: [policy.level], kind: [policy.kind], year: [policy.date.slice(0, 4)], issuer: [...policy.issuers] };
}
