// View models of the school and college pages: every join, count and cap those pages show, as pure
// functions of the pair index and the catalogue (the pages only lay them out).
import { byId } from '../domain/by-id.ts';
import { describeLocation } from '../domain/locations.ts';
import { pairsOf, type PairIndex } from '../domain/pair-index.ts';
import type { ProgramPair } from '../domain/programs.ts';
import type { City, Institution } from '../content/schemas.ts';
import { UNKNOWN_LOCATION } from '../domain/vocabulary.ts';
import { seatDistanceKm, seatOf } from '../geometry/map-input.ts';

/**
 * Other schools leading into the same majors, shown on a school page: a handful, the full list on
 * each major's page (at national scale a common major has hundreds, and every school page listing
 * them all would make the site grow with the square of its size).
 */
export const SAME_MAJOR_SHOWN = 8;

/** Distinct by id, in first-seen order. */
const distinct = <T extends { id: string }>(items: T[]): T[] => [...new Map(items.map((i) => [i.id, i])).values()];

/** Where an institution is, for its page: the sentence, the city's name (or that it is not established). */
function place(institution: Institution, cities: City[]) {
  const location = describeLocation(institution, cities);
  const cityName = byId(cities).get(location.cityId ?? '')?.name;
  return { location, cityName, cityLabel: cityName ?? UNKNOWN_LOCATION };
}

/** A pair in one line, as a search result shows it under a school. */
export const schoolPairLine = (p: ProgramPair) => `${p.schoolProgram.name} → ${p.college.name} · ${p.collegeProgram.name}`;

/** What a secondary school's page shows. */
export function schoolView(school: Institution, index: PairIndex, cities: City[]) {
  const own = pairsOf(index.bySchool, school.id);
  const years = [...new Set(own.map((p) => p.year))].sort((a, b) => b - a);
  const colleges = distinct(own.map((p) => p.college));
  const collegeMajors = new Set(own.map((p) => p.collegeProgram.major.id));
  const sameCollege = [...new Set(colleges.flatMap((c) => pairsOf(index.byCollege, c.id)))].filter((p) => p.school.id !== school.id);
  const inSameCollege = new Set(sameCollege);
  const sameMajor = [...new Set([...collegeMajors].flatMap((m) => pairsOf(index.byMajor, m)))].filter(
    (p) => p.school.id !== school.id && collegeMajors.has(p.collegeProgram.major.id) && !inSameCollege.has(p),
  );
  return {
    ...place(school, cities),
    own,
    years,
    colleges,
    sameCollege,
    sameMajor,
    sameMajorShown: sameMajor.slice(0, SAME_MAJOR_SHOWN),
    /** The college majors this school leads into (their pages list every school that does). */
    collegeMajors: distinct(own.map((p) => p.collegeProgram.major)),
    fields: [...new Set(own.flatMap((p) => [p.schoolProgram.major.category, p.collegeProgram.major.category]))],
    /** The newest year's pairs, one line each, for the search result. */
    searchLines: own.filter((p) => p.year === years[0]).map(schoolPairLine),
    description: `${school.name}的五年制贯通培养专业：${own.map((p) => `${p.schoolProgram.name}→${p.college.name}${p.collegeProgram.name}`).join('；')}。`,
  };
}

/** What a college's page shows. */
export function collegeView(college: Institution, index: PairIndex, cities: City[]) {
  const feeding = pairsOf(index.byCollege, college.id);
  const newest = Math.max(...feeding.map((p) => p.year));
  const schools = distinct(feeding.map((p) => p.school));
  return {
    ...place(college, cities),
    feeding,
    schools,
    fields: [...new Set(feeding.map((p) => p.collegeProgram.major.category))],
    searchLines: feeding.filter((p) => p.year === newest).map((p) => `${p.school.name} · ${p.schoolProgram.name} → ${p.collegeProgram.name}`),
    description: `${college.name}与${schools.length}所中职学校合作开展五年制贯通培养：${feeding.map((p) => `${p.school.name}${p.schoolProgram.name}→${p.collegeProgram.name}`).join('；')}。`,
  };
}

/**
 * Where each pairing of a school or college leads (its page's "从哪里到哪里"): one line per school
 * and college pair of the list year, with both cities, how many programs, the straight-line
 * distance between the two government seats in words (not a route), and the pairing map on the
 * school's city. `newest` is the newest list's year: an older year's pairs are said to be that year's.
 */
export function routesView(institution: { id: string }, year: number, newest: number | undefined, index: PairIndex, cities: City[]) {
  const cityOf = byId(cities);
  const own = [...new Set([...pairsOf(index.bySchool, institution.id), ...pairsOf(index.byCollege, institution.id)])].filter((p) => p.year === year);
  const routes = [...new Map(own.map((p) => [`${p.school.id}|${p.college.id}`, p])).values()].map((p) => {
    const from = seatOf(p.school, cities);
    const to = seatOf(p.college, cities);
    const schoolCity = cityOf.get(p.school.city ?? '') ?? null;
    const collegeCity = cityOf.get(p.college.city ?? '') ?? null;
    const km = from && to ? seatDistanceKm(from, to) : null;
    const programs = own.filter((q) => q.school.id === p.school.id && q.college.id === p.college.id).length;
    const distance =
      km === null
        ? '一方所在地待核实，无法估算距离。'
        : schoolCity && collegeCity && schoolCity.id === collegeCity.id && km < 5
          ? `同在${schoolCity.name}。`
          : `两地政府驻地直线距离约${km}公里（估算，不是路程）。`;
    return {
      pair: p,
      schoolCity,
      collegeCity,
      note: `${programs}个专业对。${distance}`,
      mapLink: { href: schoolCity ? `map/?city=${encodeURIComponent(schoolCity.name)}` : 'map/', text: `在配对地图上看${schoolCity ? schoolCity.name : ''}` },
    };
  });
  return { routes, yearNote: year === newest ? '' : `${year}年名单的配对。` };
}
