import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLists } from '../../data/collections.ts';
import { programsFile } from '../../data/open-data.ts';

export const getStaticPaths = (async () => (await loadLists()).map((list) => ({ params: { year: String(list.year) } }))) satisfies GetStaticPaths;

/** Open data: the list's program pairs, names exactly as printed. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await programsFile(Number(params['year']), 'json'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
