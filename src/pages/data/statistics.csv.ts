import type { APIRoute } from 'astro';
import { loadStatistics } from '../../data/collections.ts';
import { toCsv } from '../../lib/csv.ts';
import { flattenStatistic, openDataStatistics, STATISTIC_COLUMNS } from '../../lib/statistics.ts';

/** The same figures as CSV (source flattened to two columns). */
export const GET: APIRoute = async () =>
  new Response(toCsv(openDataStatistics(await loadStatistics()).map(flattenStatistic), STATISTIC_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
