import type { APIRoute } from 'astro';
import { loadAnswerIndex } from '../../data/collections.ts';

/**
 * The search's first answers as a file, for the pages that answer a query without the search page:
 * the /programs/ and /map/ keyword boxes, when they find nothing, ask it what the query names.
 * The search page carries the same index inside itself.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadAnswerIndex()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
