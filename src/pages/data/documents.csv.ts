import type { APIRoute } from 'astro';
import { documentsFile } from '../../data/open-data.ts';

/** The same documents as the JSON, for spreadsheets. */
export const GET: APIRoute = async () => new Response(await documentsFile('csv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
