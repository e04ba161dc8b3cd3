import type { APIRoute, GetStaticPaths } from 'astro';
import { chartSvg, loadCharts } from '../../data/chart-loaders.ts';
import { renderPng } from '../../data/png.ts';

export const getStaticPaths = (async () => (await loadCharts()).charts.map((c) => ({ params: { chart: c.id } }))) satisfies GetStaticPaths;

/** The same picture as the SVG, as a 1200-pixel-wide PNG (also the chart page's share picture). */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(await renderPng(await chartSvg(params['chart'] ?? '', site), 1200, `data/${params['chart']}.png`), { headers: { 'Content-Type': 'image/png' } });
