import type { APIRoute } from 'astro';
import { programsFile } from '../../data/open-data.ts';

/** Open data: the pairs of every published list, newest list first, with a `year` field. */
export const GET: APIRoute = async () => new Response(await programsFile('all', 'json'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
