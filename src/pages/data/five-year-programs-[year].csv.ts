import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetFields, loadLists, loadPairs } from '../../data/collections.ts';
import { toChineseCsv } from '../../lib/domain/open-data.ts';
import { openDataPairs } from '../../lib/domain/programs.ts';

export const getStaticPaths = (async () => (await loadLists()).map((list) => ({ params: { year: String(list.year) } }))) satisfies GetStaticPaths;

/** The same records as the JSON, for spreadsheets: Chinese headings and values, a byte-order mark. */
export const GET: APIRoute = async ({ params }) =>
  new Response(toChineseCsv(openDataPairs(await loadPairs(Number(params['year']))), await loadDatasetFields('five-year-programs')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
