import type { APIRoute } from 'astro';
import { loadAllPairs, loadDatasetFields } from '../../data/collections.ts';
import { toChineseCsv } from '../../lib/domain/open-data.ts';
import { openDataAllYears } from '../../lib/domain/programs.ts';

/** The same records as the all-years JSON, for spreadsheets (名单年份 first). */
export const GET: APIRoute = async () =>
  new Response(toChineseCsv(openDataAllYears(await loadAllPairs()), await loadDatasetFields('five-year-programs-all')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
