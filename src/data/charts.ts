import { getCollection } from 'astro:content';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { resolveChart } from '../lib/charts.ts';
import { loadNewestList, loadPairs, loadPolicies, loadStatistics, once } from './collections.ts';

/** Every chart of /data/, resolved, in file order of sections. */
export const loadCharts = once(async () => {
  const statistics = new Map((await loadStatistics()).map((s) => [s.id, s]));
  const bodies = new Map((await loadPolicies()).map((p) => [p.id, p.body ?? '']));
  const list = await loadNewestList();
  if (!list) throw new Error('没有五年制名单');
  const pairs = await loadPairs(list.year);
  // Collections do not keep file order; the order of charts.yaml is the order of the page.
  const order = (parse(readFileSync(resolve(process.env['CONTENT_DIR'] || 'content', 'charts.yaml'), 'utf8')) as { id: string }[]).map((c) => c.id);
  const charts = (await getCollection('charts')).map((e) => e.data).sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return {
    statistics,
    charts: charts.map((c) => resolveChart(c, statistics, bodies, { document: list.document, title: list.title, pairs })),
  };
});
