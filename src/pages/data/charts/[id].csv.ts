import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetFields } from '../../../data/collections.ts';
import { loadCharts } from '../../../data/chart-loaders.ts';
import { chartRows } from '../../../lib/domain/charts.ts';
import { toChineseCsv } from '../../../lib/domain/open-data.ts';

export const getStaticPaths = (async () => (await loadCharts()).charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

/** Exactly the numbers a chart draws, with their sources, for spreadsheets. */
export const GET: APIRoute = async ({ params }) => {
  const { charts, statistics } = await loadCharts();
  const chart = charts.find((c) => c.id === params['id']);
  if (!chart) return new Response('not found', { status: 404 });
  return new Response(toChineseCsv(chartRows(chart, statistics), await loadDatasetFields('chart-data')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
