import type { KnownTerm } from './search.ts';
import { syllables } from './pinyin.ts';
import type { SearchTerm } from '../content/editorial-schemas.ts';

/** Parts of institution names that say what kind of school it is, longest first. */
const KIND_SUFFIXES = [
  '职业技术学院',
  '职业技术学校',
  '职业中专学校',
  '中等专业学校',
  '高级职业中学',
  '高级职业学校',
  '职业中学校',
  '工程技术学校',
  '科技职业大学',
  '职业学院',
  '职业中学',
  '职业学校',
  '工程学校',
  '学院',
  '学校',
  '大学',
];

const bare = (place: string) => (place.length > 2 ? place.replace(/[市县区]$/, '') : place);

const formsByPlaces = new WeakMap<readonly string[], Map<string, [number, string][]>>();

/** Each place name and its bare form (without 市/县/区), to the places' positions that have it. */
function placeForms(places: readonly string[]): Map<string, [number, string][]> {
  let map = formsByPlaces.get(places);
  if (!map) {
    map = new Map();
    places.forEach((place, index) => {
      for (const form of new Set([place, bare(place)])) map!.set(form, [...(map!.get(form) ?? []), [index, form]]);
    });
    formsByPlaces.set(places, map);
  }
  return map;
}

const formsOf = new Map<string, string[]>();

/** The pinyin forms of one word: all syllables joined (shuozhou), ü also as u (luliang), and initials (sz). Once per word. */
function forms(word: string): string[] {
  let found = formsOf.get(word);
  if (!found) {
    const s = syllables(word);
    const joined = s.join('');
    found = s.length === 0 ? [] : [joined, joined.replace(/v/g, 'u'), s.map((x) => x[0]).join('')];
    formsOf.set(word, found);
  }
  return found;
}

/**
 * Words in Latin letters that should find a name: the pinyin and initials of the name without
 * 山西省/山西 (the prefix every institution shares), of the name without its kind (学校, 职业技术学院
 * …), and of what follows a place name at its start (`places`: city and county names, with or
 * without 市/县/区: shentou for 朔城区神头职业中学校). A Latin query thus finds the Chinese page:
 * shuozhou and sz find 朔州市, changzhiweisheng and czws 山西省长治卫生学校.
 */
export function pinyinWords(name: string, places: string[] = []): string[] {
  const words = new Set<string>();
  const add = (text: string, initials = true) => {
    const [joined, plain, first] = forms(text);
    for (const form of [joined, plain, initials ? first : undefined]) if (form && form.length >= 2) words.add(form);
  };
  // Not the name with its 山西省/山西 prefix: every institution has it, nobody types it, and its
  // pinyin made a query starting sh… match almost every page (and find its first result slowly).
  const local = name.replace(/^山西省?/, '');
  add(local);
  const suffix = KIND_SUFFIXES.find((k) => local.endsWith(k) && local.length > k.length);
  const core = suffix ? local.slice(0, -suffix.length) : local;
  add(core);
  // The places the name holds, found by looking its substrings up (a page must not scan every place
  // name of the country), in the order of `places`.
  const known = placeForms(places);
  const found = new Map<number, Set<string>>();
  for (let i = 0; i < core.length; i++)
    for (let j = i + 1; j <= core.length; j++)
      for (const [index, form] of known.get(core.slice(i, j)) ?? []) found.set(index, (found.get(index) ?? new Set()).add(form));
  for (const index of [...found.keys()].sort((a, b) => a - b)) {
    const place = places[index]!;
    for (const form of new Set([place, bare(place)])) {
      if (!found.get(index)?.has(form)) continue;
      // The place alone is left to the place's own page (taiyuan finds 太原市 first); a name
      // starting with it still matches a pinyin prefix.
      if (core === form || core === place) add(form);
      // What follows a leading place name (神头 in 朔城区神头) is the name people remember.
      const rest = core.startsWith(form) ? core.slice(form.length).replace(/^[市县区]/, '') : '';
      if (rest.length >= 2) add(rest, false);
    }
  }
  return [...words];
}

/** Pair lines a search result shows under a page: a handful, then how many there are. */
export const PAIRS_SHOWN = 4;
export const resultPairLines = (pairs: readonly string[]): string[] =>
  pairs.length > PAIRS_SHOWN ? [...pairs.slice(0, PAIRS_SHOWN), `……共${pairs.length}个专业对`] : [...pairs];

/** The search words of content/search-terms.yaml that lead to a page, by its site path or its major's name. */
export function termsForPage(terms: SearchTerm[], page: { path: string; majorName?: string }): string[] {
  const words = terms
    .filter((t) => t.pages?.includes(page.path) || (page.majorName !== undefined && t.majors?.includes(page.majorName)))
    .flatMap((t) => t.words);
  return [...new Set(words)];
}

/** The words only the search index sees for one page (src/components/SearchAids.astro). */
export interface PageSearchWords {
  /** Words people type for it (search-terms.yaml and the page's own short names). */
  terms: string[];
  /** Pinyin and initials of its names. */
  latin: string[];
}

/**
 * The search words of the page at `page.path`. A document's or explainer's page shows excerpts in
 * results, and words hidden in it would show in them ("3+2 三二分段 五年一贯…"): the words that lead
 * to those pages are answered above the results instead (src/lib/views/answers.ts), and only the
 * data pages, whose results show no excerpt, carry terms.
 */
export function pageSearchWords(
  page: { path: string; names?: string[]; searchNames?: string[]; majorName?: string },
  terms: SearchTerm[],
  places: string[],
): PageSearchWords {
  const prose = /^(policies|explainers)\//.test(page.path);
  return {
    terms: prose ? [] : [...termsForPage(terms, { path: page.path, ...(page.majorName ? { majorName: page.majorName } : {}) }), ...(page.searchNames ?? [])],
    latin: [...new Set((page.names ?? []).flatMap((n) => pinyinWords(n, places)))],
  };
}

/**
 * The words of the site's one search vocabulary that should find a program pair on /programs/ and
 * /map/ as they find its pages in site search: the colloquial words of both majors
 * (content/search-terms.yaml), the school's and college's short names, and the pinyin of the city.
 */
export function pairWords(
  terms: SearchTerm[],
  pair: {
    schoolProgram: { major: { name: string } };
    collegeProgram: { major: { name: string } };
    school: { searchNames?: string[] | undefined };
    college: { searchNames?: string[] | undefined };
    city: { name: string } | null;
  },
): string[] {
  return [
    ...new Set([
      ...termsForPage(terms, { path: '', majorName: pair.schoolProgram.major.name }),
      ...termsForPage(terms, { path: '', majorName: pair.collegeProgram.major.name }),
      ...(pair.school.searchNames ?? []),
      ...(pair.college.searchNames ?? []),
      ...(pair.city ? pinyinWords(pair.city.name) : []),
    ]),
  ];
}

/**
 * The words the site knows, for "did you mean" when a search finds nothing: names of cities
 * (without 市), majors, schools and colleges with their pinyin (forms of more than three letters),
 * then the words of content/search-terms.yaml; each word once, the first time it comes.
 */
export function knownTerms(
  names: { cities: { name: string }[]; majors: { name: string }[]; institutions: { name: string }[] },
  terms: SearchTerm[],
  places: string[],
): KnownTerm[] {
  const known = new Map<string, KnownTerm>();
  const add = (text: string, latin = true) => {
    if (!known.has(text)) known.set(text, latin ? { text, latin: pinyinWords(text, places).filter((w) => w.length > 3) } : { text });
  };
  for (const c of names.cities) add(c.name.replace(/市$/, ''));
  for (const m of names.majors) add(m.name);
  for (const i of names.institutions) add(i.name);
  for (const t of terms) for (const w of t.words) add(w, false);
  return [...known.values()];
}
