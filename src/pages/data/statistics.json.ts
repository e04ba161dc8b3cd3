import type { APIRoute } from 'astro';
import { loadStatistics } from '../../data/collections.ts';
import { openDataStatistics } from '../../lib/domain/statistics.ts';

/** Open data: every figure with its document and verbatim sentence. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(openDataStatistics(await loadStatistics()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
