// The figures a page states about one year's list (home, /programs/, /map/), computed once here so
// the pages cannot count differently.
import { byPinyin } from '../domain/locations.ts';
import type { ProgramPair } from '../domain/programs.ts';
import type { City } from '../content/schemas.ts';

/** How many schools, colleges and cities a list's pairs involve, its fields, and the pairs that cross fields. */
export function listSummary(pairs: ProgramPair[], cities: City[]) {
  return {
    pairs: pairs.length,
    schools: new Set(pairs.map((p) => p.school.id)).size,
    colleges: new Set(pairs.map((p) => p.college.id)).size,
    /** Cities with a school on the list, by the locations the site can establish, in the cities' order. */
    citiesWithSchools: cities.filter((c) => pairs.some((p) => p.city?.id === c.id)),
    /** Every 专业大类 on either side, in pinyin order. */
    fields: [...new Set(pairs.flatMap((p) => [p.schoolProgram.major.category, p.collegeProgram.major.category]))].sort(byPinyin),
    /** Pairs whose college major is in another 专业大类 than the school major. */
    crossing: pairs.filter((p) => p.schoolProgram.major.category !== p.collegeProgram.major.category),
  };
}
