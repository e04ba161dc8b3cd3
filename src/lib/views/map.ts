// View model of the pairing map page, and of the map's words about its own drawing (the map page and /map.png).
import { allNamed, type MapGeometry } from '../geometry/map.ts';
import type { City, FiveYearList } from '../content/schemas.ts';
import type { ProgramPair } from '../domain/programs.ts';
import { listSummary } from './list.ts';
import { sitePath } from '../web/urls.ts';

/**
 * What the map page and its picture say about how the drawing names schools and colleges: beside
 * the frame while a column holds every name, by hover and focus only when it cannot (a national
 * list; src/lib/geometry/map.ts, MIN_LABEL_GAP).
 */
export function mapNaming(g: MapGeometry) {
  const schools = allNamed(g, 'school');
  const colleges = allNamed(g, 'college');
  return {
    /** The page's opening sentence on how to read the drawing. */
    lead:
      `每条线是一个五年制专业对：从中职学校（圆点${schools ? '，左侧标注' : ''}）连到合作的高职学校（方块${colleges ? '，右侧标注' : ''}）。` +
      '线的颜色和线型表示高职专业所属的专业大类。' +
      (schools && colleges ? '' : '学校太多，图边排不下全部名称的一侧不标注；把鼠标移到或用键盘聚焦到圆点或方块，可看名称。'),
    /** Whether any name has a dotted leader line to explain. */
    leaders: schools || colleges,
    /** What the picture adds to its note when it leaves names out. */
    pictureNote: schools && colleges ? '' : '学校太多，图上不逐一标注名称。',
  };
}

/** One year's map, as src/data/map-loaders.ts loadMap computes it (its drawing, pairs and legend). */
interface MapOfYear {
  list: FiveYearList;
  title: string;
  pairs: ProgramPair[];
  cities: City[];
  geometry: MapGeometry;
}

/**
 * Everything the map page of one year shows beside the drawing: whether it is the newest list, the
 * address its filter form sends to (`fixed` on /map/<year>/), the counts of its title, the pairs
 * that cross 专业大类, the schools the drawing could not place, and the newest map's picture,
 * citation and embed heights (they are of the newest list on every year's page).
 */
export function mapPageView<M extends MapOfYear, H>(input: { map: M; newest: MapOfYear; lists: FiveYearList[]; embedHeights: H; fixed: boolean }) {
  const { map, newest, lists, embedHeights, fixed } = input;
  const { crossing, schools, colleges } = listSummary(map.pairs, map.cities);
  return {
    ...map,
    lists,
    fixed,
    isNewest: map.list.year === newest.list.year,
    newest: { year: newest.list.year, title: newest.title },
    embedHeights,
    here: sitePath.yearPage('map', fixed ? map.list.year : undefined),
    /** Names of the schools in the "所在地待核实" box, drawn without a place. */
    unplacedNames: map.geometry.marks.filter((m) => !m.placed).map((m) => m.name),
    naming: mapNaming(map.geometry),
    crossing,
    schoolCount: schools,
    collegeCount: colleges,
    cityOptions: map.cities.map((c) => c.name),
  };
}
