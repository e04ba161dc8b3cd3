// View model of a city's page: its schools and colleges by where they are (reference sources, not
// the notice), the pairs that start there, those that arrive from other cities, and those from
// schools whose location is not established.
import { byCity, describeLocation } from '../domain/locations.ts';
import { listFields, nearestCitiesFor, pairFields, pairsInCity, type NearbyCity } from '../domain/distance.ts';
import { categoryAnchor } from '../domain/alphabet.ts';
import { byPinyin } from '../domain/locations.ts';
import type { ProgramPair } from '../domain/programs.ts';
import { pairsOf, type PairIndex } from '../domain/pair-index.ts';
import type { City, Institution } from '../content/schemas.ts';
import { route, sitePath } from '../web/urls.ts';
import { UNKNOWN_LOCATION } from '../domain/vocabulary.ts';
import { UNLOCATED_SHOWN } from './guide.ts';

/** How many of the nearest cities with a field a city's page names, for a field it has none of. */
const NEAREST_CITIES = 3;

/** A 专业大类 the city has no program in, and where the nearest are. */
export interface MissingField {
  field: string;
  /** Other cities with programs in it, nearest first (at most NEAREST_CITIES). */
  nearest: NearbyCity[];
  /** Programs in it whose school's location is not established. */
  unlocated: number;
  /** The guide's section for this field, from this city. */
  href: string;
}

/**
 * For each 专业大类 of the newest list that has no program in the city, the nearest cities that have
 * one: a family in a city without nursing is shown where nursing is, never a dead end.
 */
export function missingFields(city: City, newest: readonly ProgramPair[], cities: readonly City[]): MissingField[] {
  const here = new Set(pairsInCity(newest, city.id).flatMap(pairFields));
  return listFields(newest, cities)
    .filter((field) => !here.has(field))
    .sort(byPinyin)
    .map((field) => {
      const near = nearestCitiesFor(field, city, newest, cities, NEAREST_CITIES);
      return { field, nearest: near.cities, unlocated: near.unlocated, href: sitePath.guide(city.id, 'five-year', categoryAnchor(field)) };
    });
}

/** What a city's page shows. */
export function cityView(city: City, catalogue: { schools: Institution[]; colleges: Institution[]; cities: City[] }, index: PairIndex) {
  const { schools, colleges, cities } = catalogue;
  // Each line: the institution's name, its page (site-relative) and where it is.
  const located = (list: Institution[], kind: 'schools' | 'colleges') =>
    (byCity(list).get(city.id) ?? []).map((i) => ({ id: i.id, name: i.name, href: sitePath.page(kind, i.id), where: describeLocation(i, cities).text }));
  const localSchools = located(schools, 'schools');
  const localColleges = located(colleges, 'colleges');
  const starting = pairsOf(index.bySchoolCity, city.id);
  const intoCity = pairsOf(index.byCollegeCity, city.id);
  // A school whose location is not established is not said to be from another city: it may be here.
  const arriving = intoCity.filter((p) => p.city !== null && p.city.id !== city.id);
  const unlocated = intoCity.filter((p) => p.city === null);
  return {
    localSchools,
    localColleges,
    starting,
    /** Pairs into the city's colleges from schools located in another city. */
    arriving,
    /** Pairs into the city's colleges from schools whose location is not established. */
    unlocated,
    /** The name without 市, as people type it (朔州). */
    short: city.name.replace(/市$/, ''),
    /** The search result's kind line. */
    kind: `城市 · ${localSchools.length}所试点中职学校，${starting.length}个专业对`,
    description: `${city.name}的五年制贯通培养：${localSchools.length}所试点中职学校、${starting.length}个专业对，本市的${localColleges.length}所合作高职学校；以及综合高中班试点在各市的规则。`,
  };
}

/**
 * What a city's page says from the newest list: the 专业大类 the city has none of and where the
 * nearest are (missingFields), what the documents say of applying in another city (the question
 * `other-cities`, when content has it), and the pairs of schools whose location is not
 * established, the first UNLOCATED_SHOWN of them (they may be in this city).
 */
export function cityListView(city: City, newest: readonly ProgramPair[], cities: readonly City[], questions: readonly { id: string; note: string }[]) {
  const unlocated = pairsInCity(newest, null);
  return {
    missing: missingFields(city, newest, cities),
    crossCityNote: questions.find((q) => q.id === 'other-cities')?.note ?? null,
    unlocatedLabel: UNKNOWN_LOCATION,
    unlocatedCount: unlocated.length,
    unlocatedShown: unlocated.slice(0, UNLOCATED_SHOWN),
    /** Where all of them are listed, when more than are shown. */
    unlocatedAll: unlocated.length > UNLOCATED_SHOWN ? { shown: UNLOCATED_SHOWN, href: route.unplaced() } : null,
  };
}
