import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLists, loadPairs } from '../../data/collections.ts';
import { toCsv } from '../../lib/csv.ts';
import { OPEN_DATA_PAIR_COLUMNS, openDataPairs } from '../../lib/programs.ts';

export const getStaticPaths = (async () =>
  (await loadLists()).map((list) => ({ params: { year: String(list.year) } }))) satisfies GetStaticPaths;

/** The same records as the JSON, as CSV with a byte-order mark for spreadsheet programs. */
export const GET: APIRoute = async ({ params }) => {
  const rows = openDataPairs(await loadPairs(Number(params['year'])));
  return new Response(toCsv(rows, OPEN_DATA_PAIR_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
