import { layoutFlow } from '../lib/flow.ts';
import { layoutMap } from '../lib/map.ts';
import { mapInput, mapLinkData, mostCrowdedCity } from '../lib/map-input.ts';
import { categoryStyles } from '../lib/palette.ts';
import { loadCatalogue, loadLists, loadNewestList, loadPairs, once } from './collections.ts';

/** Everything the map page and the small maps need for one year's list (default: the newest), computed once per build. */
export const loadMap = once(async (year?: number) => {
  const list = year === undefined ? await loadNewestList() : (await loadLists()).find((l) => l.year === year);
  if (!list) throw new Error(year === undefined ? '没有五年制名单' : `没有 ${year} 年的五年制名单`);
  const pairs = await loadPairs(list.year);
  const { cities } = await loadCatalogue();
  const categories = [...new Set(pairs.flatMap((p) => [p.schoolProgram.major.category, p.collegeProgram.major.category]))];
  return {
    list,
    pairs,
    cities,
    geometry: layoutMap(mapInput(pairs, cities, mostCrowdedCity(pairs))),
    flow: layoutFlow(pairs.map((p) => ({ from: p.schoolProgram.major.category, to: p.collegeProgram.major.category }))),
    styles: categoryStyles(categories),
    linkData: mapLinkData(pairs),
    categories: categories.sort((a, b) => a.localeCompare(b, 'zh-CN')),
  };
});
