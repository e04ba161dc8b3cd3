import type { APIRoute } from 'astro';
import { loadAllPairs } from '../../data/collections.ts';
import { toCsv } from '../../lib/csv.ts';
import { OPEN_DATA_PAIR_COLUMNS, openDataAllYears } from '../../lib/programs.ts';

/** The same records as the all-years JSON, as CSV (year first). */
export const GET: APIRoute = async () =>
  new Response(toCsv(openDataAllYears(await loadAllPairs()), ['year', ...OPEN_DATA_PAIR_COLUMNS]), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
