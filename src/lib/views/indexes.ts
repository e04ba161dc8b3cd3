// View models of the A–Z and by-category indexes: one line per school, college or major, with the
// counts the index prints beside it.
import { categoryAnchor } from '../domain/alphabet.ts';
import { appendTo } from '../domain/by-id.ts';
import { BASIS_LABEL, byCity, byPinyin, cityProvenance } from '../domain/locations.ts';
import { pairsOf, type PairIndex } from '../domain/pair-index.ts';
import type { City, Institution, Major } from '../content/schemas.ts';
import { UNKNOWN_LOCATION } from '../domain/vocabulary.ts';
import { route, sitePath } from '../web/urls.ts';

/** An entry of an A–Z index (src/components/AzIndex.astro); `href` is site-relative. */
export interface IndexItem {
  id: string;
  name: string;
  href: string;
  note?: string;
}

const cityNames = (cities: City[]) => new Map(cities.map((c) => [c.id, c.name]));
/** The city with how it is known when that is not the name itself (据公开名录·可信度中等), or 所在地待核实. */
const cityOf = (institution: Institution, names: Map<string, string>) => {
  const name = institution.city && names.get(institution.city);
  if (!name) return UNKNOWN_LOCATION;
  return institution.cityBasis === 'name' && !cityProvenance(institution).doubtful ? name : `${name}（${cityProvenance(institution).mark}）`;
};

/** /schools/: each school with its city and its number of pairs. */
export function schoolIndexItems(schools: Institution[], cities: City[], index: PairIndex): IndexItem[] {
  const names = cityNames(cities);
  return schools.map((s) => ({
    id: s.id,
    name: s.name,
    href: sitePath.school(s.id),
    note: `${cityOf(s, names)}，${pairsOf(index.bySchool, s.id).length}个专业对`,
  }));
}

/** /colleges/: each college with its city and the number of schools it works with. */
export function collegeIndexItems(colleges: Institution[], cities: City[], index: PairIndex): IndexItem[] {
  const names = cityNames(cities);
  return colleges.map((c) => ({
    id: c.id,
    name: c.name,
    href: sitePath.college(c.id),
    note: `${cityOf(c, names)}，合作${new Set(pairsOf(index.byCollege, c.id).map((p) => p.school.id)).size}所中职学校`,
  }));
}

/** /majors/: 专业大类 in pinyin order, each with its secondary and higher majors (in pinyin order) and their pair counts. */
export function majorIndexSections(majors: Major[], index: PairIndex) {
  const byCategory = new Map<string, Major[]>();
  for (const m of majors) appendTo(byCategory, m.category, m);
  return [...byCategory.keys()].sort(byPinyin).map((category) => ({
    category,
    /** The section's id on /majors/, which the home page and the guide link to. */
    anchor: categoryAnchor(category),
    levels: (['中职', '高职专科'] as const)
      .map((level) => ({
        level,
        heading: level === '中职' ? '中职专业' : '高职专业',
        majors: byCategory
          .get(category)!
          .filter((m) => m.level === level)
          .sort((a, b) => byPinyin(a.name, b.name))
          .map((major) => ({ major, pairs: pairsOf(index.byMajor, major.id).length })),
      }))
      .filter((l) => l.majors.length > 0),
  }));
}

/**
 * /cities/: each city with its schools, pairs and colleges counted; the schools and colleges whose
 * location is not established, listed apart (they are in no city); and the words for each way a
 * location is known.
 */
export function cityIndexView(cities: City[], schools: Institution[], colleges: Institution[], index: PairIndex) {
  const schoolsIn = byCity(schools);
  const collegesIn = byCity(colleges);
  return {
    cities: cities.map((c) => ({
      name: c.name,
      href: route.city(c.id),
      schools: schoolsIn.get(c.id)?.length ?? 0,
      pairs: pairsOf(index.bySchoolCity, c.id).length,
      colleges: collegesIn.get(c.id)?.length ?? 0,
    })),
    unknownHeading: UNKNOWN_LOCATION,
    unknown: [
      ...schools.filter((s) => s.city === null).map((s) => ({ name: s.name, href: route.school(s.id), kind: '中职学校' })),
      ...colleges.filter((c) => c.city === null).map((c) => ({ name: c.name, href: route.college(c.id), kind: '高职学校' })),
    ],
    basis: BASIS_LABEL,
  };
}
