import type { APIRoute, GetStaticPaths } from 'astro';
import { loadDatasetFields, loadLists, loadPairs } from '../../data/collections.ts';
import { columnFields, toChineseCsv } from '../../lib/domain/open-data.ts';
import { openDataPairs } from '../../lib/domain/programs.ts';

export const getStaticPaths = (async () => (await loadLists()).map((list) => ({ params: { year: String(list.year) } }))) satisfies GetStaticPaths;

/** The same records as the JSON, for spreadsheets: Chinese headings and values, a byte-order mark. */
export const GET: APIRoute = async ({ params }) => {
  const year = Number(params['year']);
  // The list's further columns (招生计划 …) follow the fixed fields, under their printed headings.
  const columns = (await loadLists()).find((l) => l.year === year)?.columns ?? [];
  return new Response(
    toChineseCsv(openDataPairs(await loadPairs(year), columns), [...(await loadDatasetFields('five-year-programs')), ...columnFields(columns)]),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
