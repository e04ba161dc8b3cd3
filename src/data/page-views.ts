// Loaders of the page views that pages share with another address (/programs/ and /programs/<year>/,
// /map/ and /map/<year>/): the data in, the view (src/lib/views/) out.
import { mapPageView } from '../lib/views/map.ts';
import { programsPageView } from '../lib/views/programs-page.ts';
import { loadCatalogue, loadLists, loadPairs, loadSearchTerms, loadSite } from './collections.ts';
import { loadMap, loadMapEmbed } from './map-loaders.ts';

/** The list page of `year`; `fixed` on /programs/<year>/. */
export async function loadProgramsPageView(year: number, fixed: boolean) {
  return programsPageView({
    lists: await loadLists(),
    year,
    fixed,
    pairs: await loadPairs(year),
    cities: (await loadCatalogue()).cities,
    terms: await loadSearchTerms(),
    lead: (await loadSite()).leads.programs,
  });
}

/** The map page of `year`; `fixed` on /map/<year>/. */
export async function loadMapPageView(year: number, fixed: boolean) {
  return mapPageView({ map: await loadMap(year), newest: await loadMap(), lists: await loadLists(), embedHeights: (await loadMapEmbed()).heights, fixed });
}

/** What the map page component (src/components/MapPage.astro) takes. */
export type MapPageView = Awaited<ReturnType<typeof loadMapPageView>>;
