import { CATALOGUE } from '../lib/domain/charts.ts';
import { layoutFlow } from '../lib/geometry/flow.ts';
import { layoutMap } from '../lib/geometry/map.ts';
import { mapInput, mapLinkData, mostCrowdedCity } from '../lib/geometry/map-input.ts';
import { categoryStyles } from '../lib/geometry/palette.ts';
import { mapPicture } from '../lib/geometry/picture.ts';
import { mapNaming } from '../lib/views/map.ts';
import { mapEmbedView } from '../lib/views/embed.ts';
import { siteUrl } from '../lib/web/urls.ts';
import { embedText, site as strings } from '../strings.ts';
import { loadCatalogue, loadLists, loadNewestList, loadPairs, once } from './collections.ts';

/**
 * Everything the map page and the small maps need for one year's list (default: the newest),
 * computed once per build and year: `/map/` and `/map/<newest year>/` share one layout.
 */
export async function loadMap(year?: number) {
  const newest = year === undefined ? await loadNewestList() : undefined;
  if (year === undefined && !newest) throw new Error('没有五年制名单');
  return mapOfYear(year ?? newest!.year);
}

const mapOfYear = once(async (year: number) => {
  const list = (await loadLists()).find((l) => l.year === year);
  if (!list) throw new Error(`没有 ${year} 年的五年制名单`);
  const pairs = await loadPairs(list.year);
  const { cities } = await loadCatalogue();
  const categories = [...new Set(pairs.flatMap((p) => [p.schoolProgram.major.category, p.collegeProgram.major.category]))];
  const sorted = [...categories].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const collegeCategoryCounts = new Map<string, number>();
  for (const p of pairs) collegeCategoryCounts.set(p.collegeProgram.major.category, (collegeCategoryCounts.get(p.collegeProgram.major.category) ?? 0) + 1);
  return {
    list,
    /** The map's name, as its drawing, embed and citation give it. */
    title: `${list.year}年山西五年制贯通培养配对地图`,
    /** Pairs per 专业大类 of the college program (the legend's counts). */
    collegeCategoryCounts,
    pairs,
    cities,
    geometry: layoutMap(mapInput(pairs, cities, mostCrowdedCity(pairs))),
    flow: layoutFlow(pairs.map((p) => ({ from: p.schoolProgram.major.category, to: p.collegeProgram.major.category }))),
    styles: categoryStyles(categories),
    linkData: mapLinkData(pairs),
    categories: sorted,
    /** The legend's 专业大类: those of the college programs, in the same order. */
    legendCategories: sorted.filter((c) => collegeCategoryCounts.has(c)),
  };
});

/** The newest list's pairing map as a picture that stands alone (SVG text), for /map.svg and /map.png. */
export async function mapSvg(site: URL | undefined): Promise<string> {
  const { list, pairs, geometry, styles } = await loadMap();
  const schools = new Set(pairs.map((p) => p.school.id)).size;
  const colleges = new Set(pairs.map((p) => p.college.id)).size;
  return mapPicture(
    geometry,
    styles,
    {
      title: `${list.year}年山西五年制贯通培养：${schools}所中职学校与${colleges}所高职学校的${pairs.length}个专业对`,
      note: `每条线是一个专业对，颜色和线型表示高职专业的专业大类。${mapNaming(geometry).pictureNote}${embedText.mapCaveat}`,
      source: `${list.title}（名单）；${CATALOGUE}`,
    },
    { name: strings.name, url: new URL(siteUrl('map/'), site).href },
  );
}

/** The map's compact embed (src/lib/views/embed.ts): the embed page draws it, the map page suggests its heights. */
export const loadMapEmbed = once(async () => {
  const map = await loadMap();
  const source = `来源：${map.list.title}（名单）；${CATALOGUE}。`;
  return {
    ...map,
    source,
    ...mapEmbedView(map.pairs, map.cities, map.geometry, {
      title: map.title,
      note: embedText.mapNote,
      legend: ['圆点：中职学校', '方块：高职学校', ...map.legendCategories.map((c) => `${c}（${map.collegeCategoryCounts.get(c) ?? 0}）`)],
      caveat: embedText.mapCaveat,
      source,
      credit: `图：${strings.name}${embedText.mapCreditTail}`,
    }),
  };
});
