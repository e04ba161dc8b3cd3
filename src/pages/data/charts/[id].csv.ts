import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../../data/charts.ts';
import { CHART_COLUMNS, chartRows } from '../../../lib/charts.ts';
import { toCsv } from '../../../lib/csv.ts';

export const getStaticPaths = (async () => (await loadCharts()).charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

/** Exactly the numbers a chart draws, with their sources. */
export const GET: APIRoute = async ({ params }) => {
  const { charts, statistics } = await loadCharts();
  const chart = charts.find((c) => c.id === params['id']);
  if (!chart) return new Response('not found', { status: 404 });
  return new Response(toCsv(chartRows(chart, statistics), [...CHART_COLUMNS]), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
