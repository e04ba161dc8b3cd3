// View model of a major's page.
import type { PairIndex } from '../domain/pair-index.ts';
import { pairsOf } from '../domain/pair-index.ts';
import type { Major } from '../content/schemas.ts';

/** The pairs a major takes part in on its own side (as the school's or the college's major), and what they print. */
export function majorView(major: Major, index: PairIndex) {
  const secondary = major.level === '中职';
  const pairs = pairsOf(index.byMajor, major.id).filter((p) => (secondary ? p.schoolProgram.major.id : p.collegeProgram.major.id) === major.id);
  const printedNames = [...new Set(pairs.map((p) => (secondary ? p.schoolProgram.name : p.collegeProgram.name)))];
  return {
    secondary,
    pairs,
    /** Names the notice printed for it other than the catalogue's (a school's added 方向). */
    variants: printedNames.filter((n) => n !== major.name),
    cities: [...new Set(pairs.flatMap((p) => (p.city ? [p.city.name] : [])))],
    levelLabel: secondary ? '中等职业教育专业' : '高等职业教育专科专业',
    /** What a search result calls it, and what it is. */
    searchTitle: `${major.name}（${secondary ? '中职' : '高职专科'}）`,
    searchKind: `${secondary ? '中职专业' : '高职专科专业'} · ${major.category}`,
    /** Its pairs, one line each, for the search result. */
    searchLines: pairs.map((p) =>
      secondary ? `${p.school.name} → ${p.college.name} · ${p.collegeProgram.name}` : `${p.school.name} · ${p.schoolProgram.name} → ${p.college.name}`,
    ),
    description: `${major.name}（专业代码${major.id}，${major.category}·${major.subcategory}）：${secondary ? '从该中职专业升入' : '由中职升入该高职专业的'}五年制贯通培养专业对共${pairs.length}个。`,
  };
}
