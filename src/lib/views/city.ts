// View model of a city's page: its schools and colleges by where they are (reference sources, not
// the notice), the pairs that start there, those that arrive from other cities, and those from
// schools whose location is not established.
import { byCity, describeLocation } from '../domain/locations.ts';
import { pairsOf, type PairIndex } from '../domain/pair-index.ts';
import type { City, Institution } from '../content/schemas.ts';

/** What a city's page shows. */
export function cityView(city: City, catalogue: { schools: Institution[]; colleges: Institution[]; cities: City[] }, index: PairIndex) {
  const { schools, colleges, cities } = catalogue;
  // Each line: the institution's name, its page (site-relative) and where it is.
  const located = (list: Institution[], kind: 'schools' | 'colleges') =>
    (byCity(list).get(city.id) ?? []).map((i) => ({ id: i.id, name: i.name, href: `${kind}/${i.id}/`, where: describeLocation(i, cities).text }));
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
