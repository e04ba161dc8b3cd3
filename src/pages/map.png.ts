import type { APIRoute } from 'astro';
import { loadMapPng } from '../data/map-loaders.ts';

/** The pairing map as a 1200-pixel-wide PNG (also /map/'s share picture). */
export const GET: APIRoute = async ({ site }) => new Response(await loadMapPng(String(site)), { headers: { 'Content-Type': 'image/png' } });
