import type { APIRoute } from 'astro';
import { documentsFile } from '../../data/open-data.ts';

/** Open data: every document the site holds, with its period in its own words and the check date. */
export const GET: APIRoute = async () => new Response(await documentsFile('json'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
