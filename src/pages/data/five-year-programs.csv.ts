import type { APIRoute } from 'astro';
import { loadAllPairs, loadDatasetFields, loadLists } from '../../data/collections.ts';
import { allColumns, columnFields, toChineseCsv } from '../../lib/domain/open-data.ts';
import { openDataAllYears } from '../../lib/domain/programs.ts';

/** The same records as the all-years JSON, for spreadsheets (名单年份 first). */
export const GET: APIRoute = async () => {
  const columns = allColumns(await loadLists());
  return new Response(
    toChineseCsv(openDataAllYears(await loadAllPairs(), columns), [...(await loadDatasetFields('five-year-programs-all')), ...columnFields(columns)]),
    {
      headers: { 'Content-Type': 'text/csv; charset=utf-8' },
    },
  );
};
