// Every id one entry names in another: the table of references and its check.
import type { RawContent, RawEntry } from '../raw.ts';
import { statsIn } from '../explainer-citations.ts';
import { listTablesIn } from '../list-table.ts';
import type { Problem, ValidContent, Valid } from './problem.ts';

/** The ids that exist in the raw content, valid or not (so one bad entry is reported once, not again by every reference to it). */
export interface KnownIds {
  schools: ReadonlySet<string>;
  colleges: ReadonlySet<string>;
  policies: ReadonlySet<string>;
  explainers: ReadonlySet<string>;
  statistics: ReadonlySet<string>;
  seeds: ReadonlySet<string>;
  /** The years of the five-year lists. */
  lists: ReadonlySet<string>;
}

/** Collects the ids present in the raw content. */
export function knownIds(raw: RawContent): KnownIds {
  const ids = (entries: RawEntry[]) =>
    new Set(entries.map((e) => (e.data as { id?: unknown } | null)?.id).filter((id): id is string => typeof id === 'string'));
  return {
    schools: ids(raw.schools),
    colleges: ids(raw.colleges),
    policies: new Set(raw.policies.map((p) => p.label)),
    explainers: new Set(raw.explainers.map((e) => e.label)),
    statistics: ids(raw.statistics),
    seeds: new Set(raw.seeds),
    lists: new Set(raw.lists.map((l) => String((l.data as { year?: unknown } | null)?.year))),
  };
}

/** What a reference may point to, and how a problem names it. */
const TARGETS = {
  cities: '应为 cities.yaml 中的城市 id',
  schools: '应为 schools.yaml 中的学校 id',
  colleges: '应为 colleges.yaml 中的学校 id',
  policies: '应为 content/policies 中的文件 id',
  explainers: '应为 content/explainers 中的解读 id',
  statistics: '应为 statistics.yaml 中的 id',
  seeds: '应为 content/seeds 中的原始文本文件',
  lists: '应为 content/five-year-lists 中已有名单的年份',
  institutions: '应为 schools.yaml 或 colleges.yaml 中的学校 id',
} as const;
type Target = keyof typeof TARGETS;

/** One id a content entry refers to: where (the entry, when not the whole entry, and the field) and what. */
interface Ref {
  at?: string;
  field: string;
  id: string;
}

/** One row per kind of reference: the collection it is in, the collection it points to, and how to find its ids. */
interface ReferenceRule<C extends keyof ValidContent = keyof ValidContent> {
  from: C;
  to: Target;
  refs: (data: ValidContent[C] extends Valid<infer T>[] ? T : never) => Ref[];
}
const rule = <C extends keyof ValidContent>(r: ReferenceRule<C>) => r as unknown as ReferenceRule;

/**
 * Every reference between content files. A new collection or field that names another entry is one
 * row here; the check, its message and its place in the problem list follow from the row.
 */
export const REFERENCES: ReferenceRule[] = [
  rule({ from: 'schools', to: 'cities', refs: (d) => (d.city === null ? [] : [{ field: 'city', id: d.city }]) }),
  rule({ from: 'colleges', to: 'cities', refs: (d) => (d.city === null ? [] : [{ field: 'city', id: d.city }]) }),
  rule({ from: 'lists', to: 'policies', refs: (d) => [{ field: 'document', id: d.document }] }),
  rule({ from: 'lists', to: 'schools', refs: (d) => d.rows.map((row) => ({ at: `序号 ${row.no}`, field: 'school', id: row.school })) }),
  rule({
    from: 'lists',
    to: 'colleges',
    refs: (d) => d.rows.flatMap((row) => row.pairs.map((pair, p) => ({ at: `序号 ${row.no}`, field: `pairs.${p}.college`, id: pair.college }))),
  }),
  rule({
    from: 'charts',
    to: 'statistics',
    refs: (d) => (d.panels ?? []).flatMap((panel, p) => panel.items.map((item, i) => ({ field: `panels.${p}.items.${i}.stat`, id: item.stat }))),
  }),
  rule({ from: 'charts', to: 'statistics', refs: (d) => (d.related ?? []).map((id, i) => ({ field: `related.${i}`, id })) }),
  rule({ from: 'facts', to: 'policies', refs: (d) => [{ field: 'source.document', id: d.source.document }] }),
  rule({ from: 'statistics', to: 'policies', refs: (d) => [{ field: 'source.document', id: d.source.document }] }),
  rule({ from: 'statistics', to: 'statistics', refs: (d) => (d.derivedFrom ?? []).map((id) => ({ field: 'derivedFrom', id })) }),
  rule({ from: 'statistics', to: 'statistics', refs: (d) => (d.compare ? [{ field: 'compare', id: d.compare }] : []) }),
  rule({ from: 'policies', to: 'seeds', refs: (d) => [{ field: 'seed', id: d.seed }] }),
  rule({
    from: 'policies',
    to: 'policies',
    refs: (d) => d.relations.flatMap((relation, r) => (relation.document ? [{ field: `relations.${r}.document`, id: relation.document }] : [])),
  }),
  rule({
    from: 'policies',
    to: 'lists',
    refs: (d) => listTablesIn(d.body).map((year, i) => ({ field: `正文 名单表第${i + 1}处（data-five-year-list）`, id: String(year) })),
  }),
  rule({ from: 'explainers', to: 'statistics', refs: (d) => statsIn(d.body).map((id, i) => ({ field: `正文 <Stat> 第${i + 1}处`, id })) }),
  rule({ from: 'explainers', to: 'policies', refs: (d) => d.sources.map((id, s) => ({ field: `sources.${s}`, id })) }),
  rule({ from: 'questions', to: 'policies', refs: (d) => [{ field: 'document', id: d.document }] }),
  rule({ from: 'questions', to: 'explainers', refs: (d) => (d.near ?? []).map((id, i) => ({ field: `near.${i}`, id })) }),
  rule({ from: 'officialChannels', to: 'institutions', refs: (d) => [{ field: 'institution', id: d.institution }] }),
];

/**
 * Every reference (the table above), and what the table cannot say: a county must be one of its
 * city's, and a catalogue code must exist, be of the right level and match the printed name.
 */
export function checkReferences(content: ValidContent, known: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const cities = new Map(content.cities.map((c) => [c.data.id, c.data]));
  const majors = new Map(content.majors.map((m) => [m.data.id, m.data]));
  const targets: Record<Target, ReadonlySet<string>> = { ...known, cities: new Set(cities.keys()), institutions: new Set([...known.schools, ...known.colleges]) };
  const add = (entry: RawEntry, label: string, field: string, expected: string) => problems.push({ file: entry.file, entry: label, field, expected });

  for (const { from, to, refs } of REFERENCES)
    for (const { entry, data } of content[from] as Valid<never>[])
      for (const ref of refs(data)) if (!targets[to].has(ref.id)) add(entry, ref.at ?? entry.label, ref.field, `${TARGETS[to]}，实际为“${ref.id}”`);

  for (const { entry, data } of [...content.schools, ...content.colleges]) {
    const city = data.city === null ? undefined : cities.get(data.city);
    if (city && data.county && !city.counties.some((c) => c.name === data.county))
      add(entry, entry.label, 'county', `“${data.county}”不在 cities.yaml 中${city.name}的 counties 列表里`);
  }
  for (const { entry, data } of content.lists)
    for (const row of data.rows)
      row.pairs.forEach((pair, p) => {
        for (const [side, level] of [
          ['schoolProgram', '中职'],
          ['collegeProgram', '高职专科'],
        ] as const) {
          const program = pair[side];
          const major = majors.get(program.code);
          const at = `序号 ${row.no}`;
          const field = `pairs.${p}.${side}`;
          if (!major) add(entry, at, `${field}.code`, `应为 majors.yaml 中的专业代码，实际为“${program.code}”`);
          else if (major.level !== level) add(entry, at, `${field}.code`, `应为${level}专业代码，“${program.code}”是${major.level}专业“${major.name}”`);
          else {
            const printed = program.direction ? `${major.name}（${program.direction}）` : major.name;
            if (program.name !== printed)
              add(
                entry,
                at,
                `${field}.name`,
                `名称应为目录名称“${major.name}”${program.direction ? `加方向“（${program.direction}）”` : ''}，实际为“${program.name}”`,
              );
          }
        }
      });
  return problems;
}
