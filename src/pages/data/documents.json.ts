import type { APIRoute } from 'astro';
import { loadPolicies, loadSite } from '../../data/collections.ts';
import { openDataDocuments } from '../../lib/domain/open-data.ts';

/** Open data: every document the site holds, with its period in its own words and the check date. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(openDataDocuments(await loadPolicies(), (await loadSite()).checked), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
