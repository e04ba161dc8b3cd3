import type { APIRoute } from 'astro';
import { programsFile } from '../../data/open-data.ts';

/** The same records as the all-years JSON, for spreadsheets (名单年份 first). */
export const GET: APIRoute = async () => new Response(await programsFile('all', 'csv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
