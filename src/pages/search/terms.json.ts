import type { APIRoute } from 'astro';
import { loadKnownTerms } from '../../data/search-words.ts';

/**
 * The words the site knows, for "did you mean" when a search finds nothing: names of schools,
 * colleges, majors and cities with their pinyin, and the words of content/search-terms.yaml.
 * Fetched only after a search with no result.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadKnownTerms()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
