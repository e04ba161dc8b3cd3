import { getCollection } from 'astro:content';
import { contentOf } from '../content/read.ts';
import { resolveChart, type ResolvedChart } from '../lib/domain/charts.ts';
import { chartPicture } from '../lib/geometry/picture.ts';
import { chartPageView, chartSourceLine, dataIndexView } from '../lib/views/chart.ts';
import type { SourceLookup } from '../lib/views/site-context.ts';
import { chartEmbedView } from '../lib/views/embed.ts';
import { periodSentences } from '../lib/views/period.ts';
import { route } from '../lib/web/urls.ts';
import { embedText, site as strings } from '../strings.ts';
import {
  loadClauseNamer,
  loadLists,
  loadNewestList,
  loadNamedDocuments,
  loadOutlines,
  loadPairs,
  loadPolicyPeriods,
  loadPolicyTitles,
  loadSite,
  loadStatistics,
  once,
} from './collections.ts';

/** Every chart of /data/, resolved, in file order of sections. */
export const loadCharts = once(async () => {
  const statistics = new Map((await loadStatistics()).map((s) => [s.id, s]));
  const outlines = await loadOutlines();
  const list = await loadNewestList();
  if (!list) throw new Error('没有五年制名单');
  const pairs = await loadPairs(list.year);
  const { checked } = await loadSite();
  // Collections do not promise file order; the order of charts.yaml is the order of the page.
  const order = (await contentOf()).charts.map((c) => (c.data as { id?: string } | null)?.id);
  const charts = (await getCollection('charts')).map((e) => e.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return {
    statistics,
    charts: charts.map((c) => resolveChart(c, statistics, outlines, { document: list.document, title: list.title, pairs }, checked)),
  };
});

/** The source line of a chart in words: each document once per clause (实施意见（十二）…), from its source line. */
export const loadChartSourceNames = once(async (id: string) => {
  const chart = (await loadCharts()).charts.find((c) => c.id === id);
  if (!chart) throw new Error(`没有图表 ${id}`);
  const { parts, references } = chartSourceLine(chart, await loadPolicyTitles(), await loadClauseNamer());
  return [...parts.flatMap((p) => p.clauses.map((c) => (c.anchor ? `${p.title}${c.name}` : p.title))), ...references];
});

/** A chart as a picture that stands alone (SVG text), for its .svg and .png files. */
export async function chartSvg(id: string, site: URL | undefined): Promise<string> {
  const chart = (await loadCharts()).charts.find((c) => c.id === id);
  if (!chart) throw new Error(`没有图表 ${id}`);
  return chartPicture(chart, (await loadChartSourceNames(id)).join('；'), { name: strings.name, url: new URL(route.chart(id), site).href });
}

/** A chart's compact embed (src/lib/views/embed.ts) with its source line: the embed page draws it, the chart page suggests its heights. */
export const loadChartEmbed = once(async (id: string) => {
  const chart = (await loadCharts()).charts.find((c) => c.id === id);
  if (!chart) throw new Error(`没有图表 ${id}`);
  const titles = await loadPolicyTitles();
  const source = chartSourceLine(chart, titles, await loadClauseNamer());
  const periods = periodSentences(
    chart.sources.map((s) => s.document),
    titles,
    await loadPolicyPeriods(),
  );
  return { chart, source, ...chartEmbedView(chart, source.text, `图：${strings.name}${embedText.chartCreditTail}`, periods) };
});

/**
 * A chart's own page (/data/<chart>/): chartPageView with its full addresses on `site`, its source
 * names and line, and the embed's heights; `lookup` names and dates clauses (the site context).
 */
export async function loadChartPageView(chart: ResolvedChart, site: URL | undefined, lookup: SourceLookup) {
  const notices = await loadNamedDocuments();
  const embed = await loadChartEmbed(chart.id);
  const sourceNames = await loadChartSourceNames(chart.id);
  return {
    sourceNames,
    source: embed.source,
    ...chartPageView(chart, {
      siteName: strings.name,
      pageUrl: new URL(route.chart(chart.id), site).href,
      embedUrl: new URL(route.embed(chart.id), site).href,
      sourceNames,
      documentDate: (id) => notices.get(id)?.date,
      lookup,
      heights: embed.heights,
    }),
  };
}

/** /data/: every chart by section with its source line, the lists' downloads and the statistics' count (dataIndexView). */
export async function loadDataIndexView() {
  return dataIndexView({
    charts: (await loadCharts()).charts,
    lists: await loadLists(),
    statistics: await loadStatistics(),
    documents: await loadPolicyTitles(),
    clause: await loadClauseNamer(),
    notices: await loadNamedDocuments(),
  });
}
