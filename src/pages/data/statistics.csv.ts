import type { APIRoute } from 'astro';
import { loadDatasetFields, loadStatistics } from '../../data/collections.ts';
import { toChineseCsv } from '../../lib/domain/open-data.ts';
import { flattenStatistic, openDataStatistics } from '../../lib/domain/statistics.ts';

/** The same figures as the JSON, for spreadsheets (the source as two columns). */
export const GET: APIRoute = async () =>
  new Response(toChineseCsv(openDataStatistics(await loadStatistics()).map(flattenStatistic), await loadDatasetFields('statistics')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
