import type { APIRoute } from 'astro';
import { loadAllPairs } from '../../data/collections.ts';
import { openDataAllYears } from '../../lib/domain/programs.ts';

/** Open data: the pairs of every published list, newest list first, with a `year` field. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(openDataAllYears(await loadAllPairs()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
