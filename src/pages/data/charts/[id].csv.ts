import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../../data/chart-loaders.ts';
import { chartTableFile } from '../../../data/open-data.ts';

export const getStaticPaths = (async () => (await loadCharts()).charts.map((c) => ({ params: { id: c.id } }))) satisfies GetStaticPaths;

/** Exactly the numbers a chart draws, with their sources, for spreadsheets. */
export const GET: APIRoute = async ({ params }) => {
  const text = await chartTableFile(params['id'] ?? '');
  return text === null ? new Response('not found', { status: 404 }) : new Response(text, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
