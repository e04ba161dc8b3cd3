import { knownTerms, pageSearchWords, type PageSearchWords } from '../lib/domain/search-aids.ts';
import { SEARCH_TYPES } from '../lib/domain/search.ts';
import { scriptJson } from '../lib/web/html.ts';
import { loadAnswerIndex, loadCatalogue, loadPlaceNames, loadSearchTerms } from './collections.ts';

/**
 * The words only the search index sees for one page (src/components/SearchAids.astro): `path` is the
 * page's site path as content/search-terms.yaml names pages (schools/<id>/ …); `names` are the names
 * whose pinyin and initials should find it; `searchNames` the short names people type (content:
 * searchNames); `majorName` the catalogue name on a major's page (search-terms.yaml `majors`).
 */
export async function loadSearchWords(page: { path: string; names?: string[]; searchNames?: string[]; majorName?: string }): Promise<PageSearchWords> {
  return pageSearchWords(page, await loadSearchTerms(), await loadPlaceNames());
}

/** The words the site knows (knownTerms), for /search/terms.json. */
export async function loadKnownTerms() {
  const { schools, colleges, majors, cities } = await loadCatalogue();
  return knownTerms({ cities, majors, institutions: [...schools, ...colleges] }, await loadSearchTerms(), await loadPlaceNames());
}

/** What the search page holds before any request: its type filter's options, and the first answers as JSON safe inside a script element. */
export async function loadSearchPage() {
  return {
    types: SEARCH_TYPES,
    // The first answers travel inside the page (a few KB gzipped): a name, a document number or a
    // common question is answered as the page opens, before and without the full-text index.
    answers: scriptJson(await loadAnswerIndex()),
  };
}
