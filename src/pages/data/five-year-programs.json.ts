import type { APIRoute } from 'astro';
import { loadAllPairs, loadLists } from '../../data/collections.ts';
import { allColumns } from '../../lib/domain/open-data.ts';
import { openDataAllYears } from '../../lib/domain/programs.ts';

/** Open data: the pairs of every published list, newest list first, with a `year` field. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(openDataAllYears(await loadAllPairs(), allColumns(await loadLists())), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
