// The figures a page states about one year's list (home, /programs/, /map/), computed once here so
// the pages cannot count differently.
import { byPinyin } from '../domain/locations.ts';
import type { ProgramPair } from '../domain/programs.ts';
import type { City, ListColumn } from '../content/schemas.ts';
import { UNKNOWN_LOCATION } from '../domain/vocabulary.ts';
import { formatDate } from '../web/format.ts';
import { listChanges } from '../domain/years.ts';
import type { FiveYearList } from '../content/schemas.ts';
import { route } from '../web/urls.ts';
import type { NamedDocument } from './site-context.ts';

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

/** A further column's value for a pair, as a page prints it (40人; text as printed), or '' when the pair has none. */
export function extraText(pair: ProgramPair, column: ListColumn): string {
  const value = pair.extra?.[column.heading];
  if (value === undefined) return '';
  return column.kind === 'students' && typeof value === 'number' ? `${value}人` : String(value);
}

/** One total of a column of students: by school, by city or by 专业大类. */
export interface PlanTotal {
  label: string;
  students: number;
}

/**
 * Totals of each column of students (招生计划) per school, city and 专业大类 of the college major,
 * for a list where every pair has a number in it; none for a list without one (never a zero), and
 * none where some pair has no number (a total would claim more than the list prints).
 */
export function planTotals(pairs: ProgramPair[], columns: readonly ListColumn[] = []) {
  return columns
    .filter((c) => c.kind === 'students' && pairs.length > 0 && pairs.every((p) => typeof p.extra?.[c.heading] === 'number'))
    .map((column) => {
      const sum = (key: (p: ProgramPair) => string) => {
        const totals = new Map<string, number>();
        for (const p of pairs) totals.set(key(p), (totals.get(key(p)) ?? 0) + (p.extra?.[column.heading] as number));
        return [...totals].map(([label, students]): PlanTotal => ({ label, students }));
      };
      return {
        heading: column.heading,
        total: pairs.reduce((n, p) => n + (p.extra?.[column.heading] as number), 0),
        bySchool: sum((p) => p.school.name),
        byCity: sum((p) => p.city?.name ?? UNKNOWN_LOCATION),
        byField: sum((p) => p.collegeProgram.major.category).sort((a, b) => byPinyin(a.label, b.label)),
      };
    });
}

/** A pair's further cells as lines (招生计划：40人), in the list's column order; a number is a count of students. */
export function extraLines(pair: ProgramPair): { heading: string; text: string }[] {
  return Object.entries(pair.extra ?? {}).map(([heading, value]) => ({ heading, text: typeof value === 'number' ? `${value}人` : value }));
}

/** A list's notice, as far as its pages name it. */
export type Notice = Pick<NamedDocument, 'title' | 'shortTitle' | 'docNumber' | 'issuers' | 'date'>;

/** Where a list comes from, as its pages say it; a notice the site does not hold is named by its id, and nothing is made up for it. */
export function listSource(list: FiveYearList, notice: Notice | undefined) {
  return {
    href: route.policy(list.document),
    attachmentHref: route.policy(list.document, 'attachment'),
    title: notice?.title ?? list.document,
    shortTitle: notice?.shortTitle ?? list.document,
    /** The notice's facts in brackets (文号, issuers, date), or null when the site does not hold it. */
    notice: notice ? { docNumber: notice.docNumber ?? '原文未印文号', issuers: notice.issuers.join('、'), date: formatDate(notice.date) } : null,
  };
}

/** /lists/: every list, newest first, with its counts and its notice. */
export function listIndexView(lists: FiveYearList[], notices: ReadonlyMap<string, Notice>) {
  return lists.map((list) => ({
    year: list.year,
    href: route.list(list.year),
    schools: list.rows.length,
    pairs: list.rows.reduce((n, r) => n + r.pairs.length, 0),
    source: listSource(list, notices.get(list.document)),
  }));
}

/** A pair in one line: 学校：中职专业 → 高职学校 · 高职专业. */
const pairText = (p: ProgramPair) => `${p.school.name}：${p.schoolProgram.name} → ${p.college.name} · ${p.collegeProgram.name}`;
const linked = (s: { id: string; name: string }) => ({ name: s.name, href: route.school(s.id) });

/**
 * /lists/<year>/: the list's source, what changed from the list before it (null for the first list
 * the site holds), and its plan totals when it has a plan column.
 */
export function listYearView(input: {
  list: FiveYearList;
  pairs: ProgramPair[];
  previous: { year: number; pairs: ProgramPair[] } | null;
  notice: Notice | undefined;
}) {
  const { list, pairs, previous, notice } = input;
  const changes = previous ? listChanges(previous.pairs, pairs) : null;
  return {
    source: listSource(list, notice),
    previousYear: previous?.year ?? null,
    changes: changes && {
      addedSchools: changes.addedSchools.map(linked),
      droppedSchools: changes.droppedSchools.map(linked),
      addedPairs: changes.addedPairs.map(pairText),
      droppedPairs: changes.droppedPairs.map(pairText),
      partnerChanged: changes.partnerChanged.map((c) => ({
        ...linked(c.school),
        before: c.before.map((x) => x.name).join('、'),
        after: c.after.map((x) => x.name).join('、'),
      })),
    },
    plans: planTotals(pairs, list.columns),
  };
}
