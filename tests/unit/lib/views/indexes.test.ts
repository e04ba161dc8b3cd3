import { describe, expect, it } from 'vitest';
import { indexPairs } from '../../../../src/lib/domain/pair-index.ts';
import { cityIndexView, collegeIndexItems, majorIndexSections, schoolIndexItems } from '../../../../src/lib/views/indexes.ts';
import { city, institution, major, pair } from '../../../helpers/builders.ts';

const cities = [city('taiyuan', '太原市')];
const school = institution('a', 'taiyuan');
const lost = institution('b', null);
const college = institution('c', 'taiyuan');
const nursingSchool = major('720201', '医药卫生大类');
const nursing = major('520201', '医药卫生大类', '高职专科');
const mechatronics = major('660301', '装备制造大类');
const index = indexPairs([
  pair('p1', school, college, nursingSchool, nursing),
  pair('p2', school, college, mechatronics, nursing),
  pair('p3', lost, college, nursingSchool, nursing),
]);

describe('index view models', () => {
  it('gives each school its city (or that it is not established) and its pairs', () => {
    expect(schoolIndexItems([school, lost], cities, index).map((i) => [i.href, i.note])).toEqual([
      ['schools/a/', '太原市，2个专业对'],
      ['schools/b/', '所在地待核实，1个专业对'],
    ]);
  });

  it('counts each college’s partner schools once', () => {
    expect(collegeIndexItems([college], cities, index)[0]?.note).toBe('太原市，合作2所中职学校');
  });

  it('groups majors by 专业大类 in pinyin order, secondary before higher, with their pair counts', () => {
    const sections = majorIndexSections([nursing, mechatronics, nursingSchool], index);
    expect(sections.map((s) => s.category)).toEqual(['医药卫生大类', '装备制造大类'].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare));
    const health = sections.find((s) => s.category === '医药卫生大类')!;
    expect(health.levels.map((l) => [l.heading, l.majors.map((m) => [m.major.id, m.pairs])])).toEqual([
      ['中职专业', [['720201', 2]]],
      ['高职专业', [['520201', 3]]],
    ]);
    expect(sections.find((s) => s.category === '装备制造大类')!.levels.map((l) => l.heading)).toEqual(['中职专业']);
    // Each section's id is the one the home page's and the guide's links to /majors/ use.
    expect(new Set(sections.map((s) => s.anchor)).size).toBe(sections.length);
    expect(sections.every((s) => s.anchor.length > 0 && !/[^\w-]/.test(s.anchor))).toBe(true);
  });
});

describe('index lines say how a location is known when it is not the name itself (F8)', () => {
  it('marks a city from a directory, of medium confidence, and leaves a city read from the name bare', async () => {
    const { schoolIndexItems } = await import('../../../../src/lib/views/indexes.ts');
    const { indexPairs } = await import('../../../../src/lib/domain/pair-index.ts');
    const { city, institution } = await import('../../../helpers/builders.ts');
    const cities = [city('changzhi', '长治市')];
    const named = institution('a', 'changzhi');
    const listed = institution('b', 'changzhi', { cityBasis: 'directory', confidence: 'medium' });
    const notes = schoolIndexItems([named, listed], cities, indexPairs([])).map((i) => i.note);
    expect(notes[0]).toBe('长治市，0个专业对');
    expect(notes[1]).toMatch(/^长治市（.+·可信度中等），0个专业对$/);
  });
});

describe('cityIndexView', () => {
  const two = [city('taiyuan', '太原市'), city('datong', '大同市')];
  const placed = indexPairs([
    pair('p1', school, college, nursingSchool, nursing, 2025, two),
    pair('p2', school, college, mechatronics, nursing, 2025, two),
    pair('p3', lost, college, nursingSchool, nursing, 2025, two),
  ]);
  const view = cityIndexView(two, [school, lost], [college, institution('d', null)], placed);

  it('counts each city’s schools, pairs and colleges, and a city with none as none', () => {
    expect(view.cities).toEqual([
      { name: '太原市', href: '/cities/taiyuan/', schools: 1, pairs: 2, colleges: 1 },
      { name: '大同市', href: '/cities/datong/', schools: 0, pairs: 0, colleges: 0 },
    ]);
  });
  it('lists the schools and colleges whose location is not established apart, in no city', () => {
    expect(view.unknown).toEqual([
      { name: 'b学校', href: '/schools/b/', kind: '中职学校' },
      { name: 'd学校', href: '/colleges/d/', kind: '高职学校' },
    ]);
    expect(view.unknownHeading).toBe(view.basis.unknown);
  });
});
