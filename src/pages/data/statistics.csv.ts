import type { APIRoute } from 'astro';
import { statisticsFile } from '../../data/open-data.ts';

/** The same figures as the JSON, for spreadsheets (the source as two columns). */
export const GET: APIRoute = async () => new Response(await statisticsFile('csv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
