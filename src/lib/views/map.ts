// View model of the pairing map's words about its own drawing (the map page and /map.png).
import { allNamed, type MapGeometry } from '../geometry/map.ts';

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
