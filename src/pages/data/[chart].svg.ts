import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSvg, loadCharts } from '../../data/chart-loaders.ts';

export const getStaticPaths = (async () => (await loadCharts()).charts.map((c) => ({ params: { chart: c.id } }))) satisfies GetStaticPaths;

/** A chart as an SVG that stands alone: title, what is measured, the figures, the source and the site. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(await chartSvg(params['chart'] ?? '', site), { headers: { 'Content-Type': 'image/svg+xml' } });
