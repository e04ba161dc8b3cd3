import type { APIRoute } from 'astro';
import { loadCatalogue, loadPlaceNames, loadSearchTerms } from '../../data/collections.ts';
import { pinyinWords } from '../../lib/domain/search-aids.ts';
import type { KnownTerm } from '../../lib/domain/search.ts';

/**
 * The words the site knows, for "did you mean" when a search finds nothing: names of schools,
 * colleges, majors and cities with their pinyin, and the words of content/search-terms.yaml.
 * Fetched only after a search with no result.
 */
export const GET: APIRoute = async () => {
  const { schools, colleges, majors, cities } = await loadCatalogue();
  const places = await loadPlaceNames();
  const terms = new Map<string, KnownTerm>();
  const add = (text: string, latin = true) => {
    if (!terms.has(text)) terms.set(text, latin ? { text, latin: pinyinWords(text, places).filter((w) => w.length > 3) } : { text });
  };
  for (const c of cities) add(c.name.replace(/市$/, ''));
  for (const m of majors) add(m.name);
  for (const i of [...schools, ...colleges]) add(i.name);
  for (const t of await loadSearchTerms()) for (const w of t.words) add(w, false);
  return new Response(JSON.stringify([...terms.values()]), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
