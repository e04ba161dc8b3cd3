import type { APIRoute } from 'astro';
import { mapSvg } from '../data/map-loaders.ts';
import { renderPng } from '../data/png.ts';

/** The pairing map as a 1200-pixel-wide PNG (also /map/'s share picture). */
export const GET: APIRoute = async ({ site }) =>
  new Response(await renderPng(await mapSvg(site), 1200, 'map.png'), { headers: { 'Content-Type': 'image/png' } });
