import type { APIRoute } from 'astro';
import { loadDatasetFields, loadPolicies, loadSite } from '../../data/collections.ts';
import { openDataDocuments, toChineseCsv } from '../../lib/domain/open-data.ts';

/** The same documents as the JSON, for spreadsheets. */
export const GET: APIRoute = async () =>
  new Response(toChineseCsv(openDataDocuments(await loadPolicies(), (await loadSite()).checked), await loadDatasetFields('documents')), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
