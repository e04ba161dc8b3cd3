import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLists } from '../../data/collections.ts';
import { programsFile } from '../../data/open-data.ts';

export const getStaticPaths = (async () => (await loadLists()).map((list) => ({ params: { year: String(list.year) } }))) satisfies GetStaticPaths;

/** The same records as the JSON, for spreadsheets: Chinese headings and values, a byte-order mark. */
export const GET: APIRoute = async ({ params }) =>
  new Response(await programsFile(Number(params['year']), 'csv'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
