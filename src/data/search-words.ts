import { pageSearchWords, type PageSearchWords } from '../lib/domain/search-aids.ts';
import { loadPlaceNames, loadSearchTerms } from './collections.ts';

/**
 * The words only the search index sees for one page (src/components/SearchAids.astro): `path` is the
 * page's site path as content/search-terms.yaml names pages (schools/<id>/ …); `names` are the names
 * whose pinyin and initials should find it; `searchNames` the short names people type (content:
 * searchNames); `majorName` the catalogue name on a major's page (search-terms.yaml `majors`).
 */
export async function loadSearchWords(page: { path: string; names?: string[]; searchNames?: string[]; majorName?: string }): Promise<PageSearchWords> {
  return pageSearchWords(page, await loadSearchTerms(), await loadPlaceNames());
}
