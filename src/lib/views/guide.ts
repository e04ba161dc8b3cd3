// View model of the guide (/guide/): a family answers which city it is in and what the child wants,
// and reaches an outcome page with its own address (/guide/<city>/<goal>/) that works without
// script. The five-year outcome lists, for each 专业大类, the programs nearest the family's city
// (src/lib/domain/distance.ts); every other statement of an outcome comes from content (facts,
// questions), checked at build like every claim.
import { categoryAnchor } from '../domain/alphabet.ts';
import { distanceText, fieldsNear, pairsInCity, type PairDistance } from '../domain/distance.ts';
import type { ProgramPair } from '../domain/programs.ts';
import type { City } from '../content/schemas.ts';
import type { Fact, Question } from '../content/editorial-schemas.ts';
import { byPinyin } from '../domain/locations.ts';
import { sitePath } from '../web/urls.ts';

/** What a child may want after 中考, as the guide asks it; each leads to one path, with the facts and questions (by topic) its outcome shows. */
export const GOALS = [
  {
    id: 'five-year',
    // The program's kind (初中后五年制高等职业教育, into 高职专科 majors), not a promised diploma: the
    // notice says nothing of the certificate (content/questions.yaml, certificate).
    label: '读五年制高职（大专）',
    hint: '五年制贯通培养：初中毕业后先读中职段，经转段考核再读合作高职学校的高职段',
    path: '五年制贯通培养',
    facts: 'five-year-scheme',
    questions: 'five-year',
  },
  { id: 'high-school', label: '读普通高中', hint: '中考后上普通高中，以后考大学', path: '普通高中', facts: 'general-high', questions: null },
  {
    id: 'both-doors',
    label: '两条路都想留着',
    hint: '综合高中班：在试点中职学校读，注册普通高中学籍，可申请转中职专业一次',
    path: '综合高中班',
    facts: 'pilot-per-city',
    questions: 'pilot',
  },
  { id: 'trade', label: '早点学一门手艺', hint: '读中等职业学校（中职）', path: '中职', facts: 'vocational-admissions', questions: 'vocational' },
] as const satisfies readonly { id: string; label: string; hint: string; path: string; facts: Fact['topic']; questions: Question['topic'] | null }[];
export type GoalId = (typeof GOALS)[number]['id'];

/** The goals of the guide's second step, each with its outcome's address. */
export const goalChoices = (city: City) => GOALS.map((g) => ({ ...g, href: sitePath.guide(city.id, g.id) }));

/** One program line of an outcome: the pair, and how far its school is from the family's city. */
export interface NearLine {
  pair: ProgramPair;
  distance: string;
  km: number | null;
}

/** One 专业大类 of the five-year outcome: the programs in the family's city, then the nearest elsewhere. */
export interface FieldSection {
  field: string;
  anchor: string;
  /** Pairs whose school is in the family's city. */
  home: NearLine[];
  /** Pairs in other cities, nearest first, at most `NEAREST` (all when fewer). */
  nearest: NearLine[];
  /** Pairs whose school's location is not established: shown last, the first UNLOCATED_SHOWN. */
  unlocated: NearLine[];
  /** How many more such pairs there are (counted and linked, never left unsaid). */
  unlocatedMore: number;
  /** How many pairs in other cities the section leaves out (see /programs/?field=…&from=…). */
  more: number;
}

/** How many programs of other cities a field section shows before pointing to the full list. */
export const NEAREST = 4;

/**
 * How many pairs whose school is not located a page lists before giving their number and a link to
 * all of them: every city's pages list them (they may be in that city), and a national list has
 * hundreds, which made every city page carry the same long list.
 */
export const UNLOCATED_SHOWN = 10;

/**
 * The five-year outcome for a family in `city`: one section per 专业大类 (in pinyin order, those
 * with a program in the city first), each with the city's own programs, the nearest elsewhere with
 * their distance, and those whose school is not located.
 */
export function fiveYearOutcome(city: City, pairs: readonly ProgramPair[], cities: readonly City[]): FieldSection[] {
  // A distance is put in words only for the lines shown (a national list has thousands of pairs on every city's page).
  const line = (d: PairDistance): NearLine => ({ pair: d.pair, km: d.km, distance: distanceText(city, d, cities) });
  const sections = fieldsNear(city, pairs, cities, NEAREST)
    .sort((a, b) => byPinyin(a.field, b.field))
    .map((f) => ({
      field: f.field,
      anchor: categoryAnchor(f.field),
      home: f.home.map(line),
      nearest: f.nearest.map(line),
      unlocated: f.unlocated.slice(0, UNLOCATED_SHOWN).map((pair) => line({ pair, km: null, to: null })),
      unlocatedMore: Math.max(0, f.unlocated.length - UNLOCATED_SHOWN),
      more: Math.max(0, f.elsewhere - NEAREST),
    }));
  return [...sections.filter((s) => s.home.length > 0), ...sections.filter((s) => s.home.length === 0)];
}

/** The sentence at the top of a field section. */
export function fieldSummary(city: City, section: FieldSection): string {
  if (section.home.length > 0) return `${city.name}有${section.home.length}个${section.field}的五年制专业对。`;
  const first = section.nearest[0];
  return first
    ? `${city.name}没有${section.field}的五年制专业对（按本站掌握的学校所在地）。最近的在${first.pair.city?.name ?? ''}，${first.distance}。`
    : `名单上${section.field}的专业对，学校所在地都待核实。`;
}

/** How many of the list's pairs have their school in the family's city. */
export const homePairCount = (city: City, pairs: readonly ProgramPair[]): number => pairsInCity(pairs, city.id).length;

/** The schools of the list in the family's city, once each, in the list's order. */
export function schoolsIn(city: City, pairs: readonly ProgramPair[]): ProgramPair['school'][] {
  return [...new Map(pairsInCity(pairs, city.id).map((p) => [p.school.id, p.school])).values()];
}

/** The address of the full list of a field, ordered from the family's city. */
export const programsFrom = (city: City, field: string) => `programs/?field=${encodeURIComponent(field)}&from=${encodeURIComponent(city.name)}`;
