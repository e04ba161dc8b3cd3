import type { APIRoute, GetStaticPaths } from 'astro';
import { loadLists, loadPairs } from '../../data/collections.ts';
import { openDataPairs } from '../../lib/domain/programs.ts';

export const getStaticPaths = (async () => (await loadLists()).map((list) => ({ params: { year: String(list.year) } }))) satisfies GetStaticPaths;

/** Open data: the list's program pairs, names exactly as printed. */
export const GET: APIRoute = async ({ params }) => {
  const year = Number(params['year']);
  const columns = (await loadLists()).find((l) => l.year === year)?.columns ?? [];
  const rows = openDataPairs(await loadPairs(year), columns);
  return new Response(`${JSON.stringify(rows, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
