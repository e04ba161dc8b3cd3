import { UNKNOWN_LOCATION } from './vocabulary.ts';
import { byId } from './by-id.ts';
import type { City, Institution } from '../content/schemas.ts';

/** How a location fact is known, in words for the page. */
export const BASIS_LABEL: Record<Institution['cityBasis'], string> = {
  name: '据校名',
  'moe-list': '据公开资料（教育部全国高等学校名单）',
  directory: '据公开资料（学校名录或新闻报道）',
  institution: '据公开资料（学校自己发布的新生指南等）',
  unknown: UNKNOWN_LOCATION,
};

/** The same, short enough to stand beside a city name as a marker. */
export const BASIS_MARK: Record<Institution['cityBasis'], string> = {
  name: '据校名',
  'moe-list': '据教育部名单',
  directory: '据公开名录',
  institution: '据学校资料',
  unknown: '待核实',
};

/** How sure the site is of an institution's city: a marker, and in full for a title or a note. */
export function cityProvenance(institution: Institution): { mark: string; full: string; doubtful: boolean } {
  const doubtful = institution.confidence === 'medium' || Boolean(institution.caveat);
  const mark = `${BASIS_MARK[institution.cityBasis]}${doubtful ? '·可信度中等' : ''}`;
  const full = [BASIS_LABEL[institution.cityBasis], institution.confidence === 'medium' ? '可信度中等' : '', institution.caveat ?? '']
    .filter(Boolean)
    .join('；');
  return { mark, full, doubtful };
}

/** An institution's location as a sentence part: city, county and how each is known. */
export function describeLocation(institution: Institution, cities: City[]): { known: boolean; text: string; cityId: string | null } {
  const city = institution.city ? byId(cities).get(institution.city) : undefined;
  if (!city) return { known: false, text: `${UNKNOWN_LOCATION}：通知未写明，本站也未查到可靠来源`, cityId: null };
  const county = institution.county && institution.countyBasis ? `，${institution.county}（${BASIS_LABEL[institution.countyBasis]}）` : '';
  return { known: true, text: `${city.name}（${cityProvenance(institution).full}）${county}`, cityId: city.id };
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
