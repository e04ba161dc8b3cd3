import type { APIRoute } from 'astro';
import { mapSvg } from '../data/map-loaders.ts';

/** The pairing map as an SVG that stands alone (title, legend, source, site). */
export const GET: APIRoute = async ({ site }) => new Response(await mapSvg(site), { headers: { 'Content-Type': 'image/svg+xml' } });
