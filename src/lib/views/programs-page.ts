// /programs/ and /programs/<year>/: one year's pairs, grouped by city, with the filters' options and
// counts and each pair's search words, assembled once here for the page (src/components/ProgramsPage.astro).
import type { City, Claim, FiveYearList } from '../content/schemas.ts';
import type { SearchTerm } from '../content/editorial-schemas.ts';
import { seatText } from '../domain/distance.ts';
import { optionCounts, pairFacets } from '../domain/facets.ts';
import { byPinyin } from '../domain/locations.ts';
import { groupByCity, type ProgramPair } from '../domain/programs.ts';
import { pairWords } from '../domain/search-aids.ts';
import { newestYear } from '../domain/years.ts';
import { listSummary } from './list.ts';
import { sitePath } from '../web/urls.ts';

/** The filters of the list, in the order shown: what each is called, its "all" option and its options. */
const FILTERS = [
  { key: 'city', label: '城市', all: '全部城市' },
  { key: 'field', label: '专业大类', all: '全部专业大类' },
  { key: 'college', label: '合作高职学校', all: '全部高职学校' },
] as const;

/**
 * Everything the list page of `year` shows. `fixed` is the /programs/<year>/ address, which keeps
 * showing that year after a newer list. Throws, naming the year, when no list has it.
 */
export function programsPageView(input: {
  lists: FiveYearList[];
  year: number;
  fixed: boolean;
  pairs: ProgramPair[];
  cities: City[];
  terms: SearchTerm[];
  /** The lead sentence above the list, with the clauses it rests on (content/site.yaml). */
  lead: Claim;
}) {
  const { lists, year, fixed, pairs, cities, terms, lead } = input;
  const list = lists.find((l) => l.year === year);
  if (!list) throw new Error(`没有 ${year} 年的五年制名单`);
  const words = new Map(pairs.map((p) => [p.id, pairWords(terms, p)]));
  const facets = pairs.map((p) => pairFacets(p, words.get(p.id)));
  const options = {
    city: cities.map((c) => c.name),
    field: [...new Set(facets.flatMap((f) => f['field'] ?? []))].sort(byPinyin),
    college: [...new Set(facets.flatMap((f) => f['college'] ?? []))].sort(byPinyin),
  };
  return {
    list,
    lists,
    fixed,
    lead,
    isNewest: list.year === newestYear(lists),
    /** The page's own site path, where the filter form sends its query. */
    here: sitePath.yearPage('programs', fixed ? list.year : undefined),
    pairs,
    schoolCount: listSummary(pairs, []).schools,
    groups: groupByCity(pairs, cities),
    /** Each city's seat, for ordering the groups by distance from a family's city (src/client/programs-page.ts). */
    origins: cities.map((c) => ({ name: c.name, seat: seatText(c.seat) })),
    seats: new Map(cities.map((c) => [c.id, seatText(c.seat)])),
    words,
    selects: FILTERS.map((f) => ({ ...f, options: options[f.key], counts: optionCounts(facets, {}, f.key, options[f.key]) })),
  };
}
