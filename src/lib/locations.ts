import type { City, Institution } from './schemas.ts';

/** How a location fact is known, in words for the page. */
export const BASIS_LABEL: Record<Institution['cityBasis'], string> = {
  name: '据校名',
  'moe-list': '据公开资料（教育部全国高等学校名单）',
  directory: '据公开资料（学校名录或新闻报道）',
  unknown: '所在地待核实',
};

/** An institution's location as a sentence part: city, county and how each is known. */
export function describeLocation(institution: Institution, cities: City[]): { known: boolean; text: string; cityId: string | null } {
  const city = cities.find((c) => c.id === institution.city);
  if (!city) return { known: false, text: '所在地待核实：通知未写明，本站也未查到可靠来源', cityId: null };
  const county =
    institution.county && institution.countyBasis
      ? `${institution.county}（${BASIS_LABEL[institution.countyBasis]}）`
      : '';
  return { known: true, text: `${city.name}（${BASIS_LABEL[institution.cityBasis]}）${county ? `，${county}` : ''}`, cityId: city.id };
}

/** Sorts by Chinese pinyin order. */
export const byPinyin = new Intl.Collator('zh-CN').compare;

const cityGroups = new WeakMap<Institution[], Map<string, Institution[]>>();

/** Institutions grouped by city id (computed once per list). */
export function byCity(institutions: Institution[]): Map<string, Institution[]> {
  let groups = cityGroups.get(institutions);
  if (!groups) {
    groups = new Map();
    for (const inst of institutions) if (inst.city) groups.set(inst.city, [...(groups.get(inst.city) ?? []), inst]);
    cityGroups.set(institutions, groups);
  }
  return groups;
}
