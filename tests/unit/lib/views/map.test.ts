import { describe, expect, it } from 'vitest';
import { layoutMap, type MapInstitution } from '../../../../src/lib/geometry/map.ts';
import { mapNaming, mapPageView } from '../../../../src/lib/views/map.ts';
import type { FiveYearList } from '../../../../src/lib/content/schemas.ts';
import { cities, pairs } from '../../../helpers/sample-list.ts';

const seat = { lon: 112.54, lat: 37.86 };
const map = (schools: number) =>
  layoutMap({
    seats: [{ name: '太原市', ...seat }],
    institutions: [
      ...Array.from({ length: schools }, (_, i): MapInstitution => ({ id: `s${i}`, name: `学校${i}`, kind: 'school', ...seat })),
      { id: 'c', name: '学院', kind: 'college', ...seat },
    ],
    links: [],
  });

describe('mapNaming', () => {
  it('says both columns are named when they are, and explains the leader lines', () => {
    const naming = mapNaming(map(3));
    expect(naming.lead).toContain('（圆点，左侧标注）');
    expect(naming.lead).toContain('（方块，右侧标注）');
    expect(naming.lead).not.toContain('学校太多');
    expect(naming.leaders).toBe(true);
    expect(naming.pictureNote).toBe('');
  });
  it('says which side is left unnamed, and how to see a name, when a column is too full', () => {
    const naming = mapNaming(map(100));
    expect(naming.lead).toContain('（圆点）');
    expect(naming.lead).toContain('（方块，右侧标注）');
    expect(naming.lead).toContain('把鼠标移到或用键盘聚焦到圆点或方块，可看名称');
    expect(naming.leaders).toBe(true);
    expect(naming.pictureNote).toContain('不逐一标注');
  });
});

describe('mapPageView', () => {
  const list = (year: number): FiveYearList => ({ year, document: `notice-${year}`, title: `${year}年通知`, stated: { schools: 2, pairs: 3 }, rows: [] });
  const ofYear = (year: number) => ({ list: list(year), title: `${year}年地图`, pairs, cities, geometry: map(2) });
  const view = (year: number, fixed: boolean) =>
    mapPageView({ map: ofYear(year), newest: ofYear(2026), lists: [list(2026), list(2025)], embedHeights: { any: 600 }, fixed });

  it('says whether the year drawn is the newest, and keeps /map/<year>/ on its year', () => {
    expect(view(2026, false)).toMatchObject({ isNewest: true, here: 'map/', fixed: false, newest: { year: 2026, title: '2026年地图' } });
    expect(view(2025, true)).toMatchObject({ isNewest: false, here: 'map/2025/', fixed: true, title: '2025年地图' });
  });
  it('counts the title’s schools and colleges once each, finds the pairs that cross 专业大类 and offers every city', () => {
    const v = view(2025, false);
    expect([v.schoolCount, v.collegeCount]).toEqual([2, 1]);
    expect(v.crossing.map((p) => p.id)).toEqual(['p2']);
    expect(v.cityOptions).toEqual(['太原市', '大同市']);
    expect(v.embedHeights).toEqual({ any: 600 });
  });
  it('names the schools the drawing could not place', () => {
    const unplaced = layoutMap({
      seats: [{ name: '太原市', ...seat }],
      institutions: [
        { id: 's', name: '某校', kind: 'school', lon: null, lat: null },
        { id: 'c', name: '学院', kind: 'college', ...seat },
      ],
      links: [],
    });
    expect(
      mapPageView({ map: { ...ofYear(2026), geometry: unplaced }, newest: ofYear(2026), lists: [], embedHeights: {}, fixed: false }).unplacedNames,
    ).toEqual(['某校']);
  });
});
