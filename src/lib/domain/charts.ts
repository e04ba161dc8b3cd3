import { UNKNOWN_LOCATION } from './vocabulary.ts';
import { printedNumber, type BarDatum } from '../geometry/bar-chart.ts';
import { cityProvenance } from './locations.ts';
import type { ProgramPair } from './programs.ts';
import type { Statistic } from '../content/schemas.ts';
import type { Chart } from '../content/editorial-schemas.ts';
import { statisticSource, type StatisticSource } from './statistics.ts';
import type { DocumentOutline } from '../content/clause-ids.ts';

/** Where a chart's numbers come from: a document, the clause, and the sentence. */
export type ChartSource = StatisticSource;

/** A chart with its numbers looked up, ready to draw. */
export interface ResolvedChart {
  id: string;
  section: string;
  title: string;
  subtitle: string;
  kind: Chart['kind'];
  panels: { title?: string; data: BarDatum[] }[];
  related: Statistic[];
  sources: ChartSource[];
  note?: string;
  /** Sources that are not documents of the site (the catalogue a count is grouped by), as cited. */
  references?: string[];
}

/** How the site cites the catalogue its 专业大类 come from (a reference, not a document it holds). */
export const CATALOGUE = '教育部《职业教育专业目录（2021年）》（专业大类）';

/** Counts pairs by a key, largest first (ties in pinyin order), with the "unknown" key last. */
function countBy(pairs: ProgramPair[], key: (p: ProgramPair) => string, last?: string): BarDatum[] {
  const counts = new Map<string, number>();
  for (const p of pairs) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => Number(a[0] === last) - Number(b[0] === last) || b[1] - a[1] || a[0].localeCompare(b[0], 'zh-CN'))
    .map(([label, value]) => ({ label, value, unit: '个' }));
}

/**
 * What a count by city must say of its cities: they are not in the notice, and which pairs are
 * counted under a city the reference is less sure of.
 */
export function cityCountNote(pairs: ProgramPair[]): string {
  const doubtful = new Map<string, number>();
  for (const p of pairs) {
    const provenance = cityProvenance(p.school);
    if (!p.city || !provenance.doubtful) continue;
    const key = `${p.school.name}（${p.city.name}，${provenance.full}）`;
    doubtful.set(key, (doubtful.get(key) ?? 0) + 1);
  }
  const doubts = [...doubtful].map(([school, n]) => `${school}的${n}个专业对`).join('；');
  return `城市指中职学校所在的设区市，不是通知内容，依据见所在地说明。${doubts ? `其中${doubts}的所在地可信度中等。` : ''}`;
}

/**
 * For each target among `used` whose year the document states and which had passed by the check
 * date: a sentence that says so, and whether the site holds a later figure for it (a reported
 * statistic that compares itself with the target, of that year or after). Targets whose year the
 * document does not state are left alone: the site does not infer a year.
 */
export function passedTargetNotes(used: readonly Statistic[], all: readonly Statistic[], checked: string): string[] {
  const year = Number(checked.slice(0, 4));
  return used
    .filter((s) => s.kind === 'target' && s.yearStated && s.year < year)
    .map((t) => {
      const later = all.filter((s) => s.compare === t.id && s.kind !== 'target' && s.year >= t.year);
      const held = later.length
        ? `本站收录了之后的数字：${later.map((s) => `${s.label}${s.value}${s.unit}（${s.year}年）`).join('、')}。`
        : '本站没有收录那以后的对应数字。';
      return `“${t.label}”的目标年份是${t.year}年，按本站核对日期已过；${held}`;
    });
}

/**
 * Looks up a chart's statistics (or computes its counts from the list), and finds the clause each
 * number's sentence is in, so the source line can link to it.
 */
export function resolveChart(
  chart: Chart,
  statistics: Map<string, Statistic>,
  outlines: Map<string, DocumentOutline>,
  list: { document: string; title: string; pairs: ProgramPair[] },
  /** The content's check date (content/site.yaml), for targets whose year has passed. */
  checked?: string,
): ResolvedChart {
  const stat = (id: string) => {
    const found = statistics.get(id);
    if (!found) throw new Error(`图表 ${chart.id} 引用了不存在的统计数字 ${id}`);
    return found;
  };
  const sourceOf = (s: Statistic): ChartSource => statisticSource(s, outlines.get(s.source.document));
  let panels: ResolvedChart['panels'];
  let sources: ChartSource[];
  if (chart.computed) {
    const data =
      chart.computed === 'five-year-by-city'
        ? countBy(list.pairs, (p) => p.city?.name ?? UNKNOWN_LOCATION, UNKNOWN_LOCATION)
        : countBy(list.pairs, (p) => p.collegeProgram.major.category);
    panels = [{ data }];
    sources = [{ document: list.document, anchor: 'attachment', quote: list.title }];
  } else {
    panels = (chart.panels ?? []).map((panel) => ({
      ...(panel.title ? { title: panel.title } : {}),
      data: panel.items.map((item) => {
        const s = stat(item.stat);
        return {
          label: item.label ?? s.label,
          value: s.value,
          unit: s.unit,
          stat: s.id,
          ...((printed) => (printed ? { printed } : {}))(printedNumber(s.value, s.source.quote)),
          ...(s.kind === 'derived' ? { derived: true } : {}),
          ...(s.bound ? { bound: s.bound } : {}),
          ...(chart.kind === 'statements' ? { source: sourceOf(s) } : {}),
        };
      }),
    }));
    const used = (chart.panels ?? []).flatMap((p) => p.items.map((i) => stat(i.stat)));
    const seen = new Set<string>();
    sources = [...used, ...(chart.related ?? []).map(stat)].map(sourceOf).filter((s) => {
      const key = `${s.document}#${s.anchor}|${s.quote}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  return {
    id: chart.id,
    section: chart.section,
    title: chart.title,
    subtitle: chart.subtitle,
    kind: chart.kind,
    panels,
    related: (chart.related ?? []).map(stat),
    sources,
    ...((note) => (note ? { note } : {}))(
      [
        chart.computed === 'five-year-by-city' ? cityCountNote(list.pairs) : '',
        chart.computed === 'five-year-by-category' ? '专业大类按教育部《职业教育专业目录（2021年）》确定，不是通知内容。' : '',
        chart.note ?? '',
        ...(checked
          ? passedTargetNotes(
              (chart.panels ?? []).flatMap((p) => p.items.map((i) => stat(i.stat))),
              [...statistics.values()],
              checked,
            )
          : []),
      ]
        .filter(Boolean)
        .join(' '),
    ),
    // The 专业大类 a count is grouped by come from the catalogue, not from the notice (G8).
    ...(chart.computed === 'five-year-by-category' ? { references: [CATALOGUE] } : {}),
  };
}

/** The rows of a chart's CSV: exactly the numbers drawn (and the related ones), with their sources. */
export function chartRows(chart: ResolvedChart, statistics: Map<string, Statistic>) {
  const rows = chart.panels.flatMap((panel) =>
    panel.data.map((d) => ({
      panel: panel.title ?? '',
      label: d.label,
      value: d.value,
      unit: d.unit,
      bound: d.bound ?? '',
      derived: Boolean(d.derived),
      statistic: d.stat ?? '',
      sourceDocument: d.stat ? (statistics.get(d.stat)?.source.document ?? '') : (chart.sources[0]?.document ?? ''),
      sourceQuote: d.stat ? (statistics.get(d.stat)?.source.quote ?? '') : (chart.sources[0]?.quote ?? ''),
    })),
  );
  const related = chart.related.map((s) => ({
    panel: '相关数字',
    label: s.label,
    value: s.value,
    unit: s.unit,
    bound: s.bound ?? '',
    derived: s.kind === 'derived',
    statistic: s.id,
    sourceDocument: s.source.document,
    sourceQuote: s.source.quote,
  }));
  return [...rows, ...related];
}
