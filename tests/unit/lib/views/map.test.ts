import { describe, expect, it } from 'vitest';
import { layoutMap, type MapInstitution } from '../../../../src/lib/geometry/map.ts';
import { mapNaming } from '../../../../src/lib/views/map.ts';

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
