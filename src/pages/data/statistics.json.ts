import type { APIRoute } from 'astro';
import { statisticsFile } from '../../data/open-data.ts';

/** Open data: every figure with its document and verbatim sentence. */
export const GET: APIRoute = async () => new Response(await statisticsFile('json'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
