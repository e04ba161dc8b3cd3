import { describe, expect, it } from 'vitest';
import { indexPairs } from '../../../../src/lib/pair-index.ts';
import { listSummary } from '../../../../src/lib/views/list.ts';
import { majorView } from '../../../../src/lib/views/major.ts';
import { incomingDocuments, policyToc } from '../../../../src/lib/views/policy.ts';
import { city, institution, major, pair } from '../../../helpers/builders.ts';

const cities = [city('taiyuan', '太原市'), city('datong', '大同市')];
const nursingSchool = major('720201', '医药卫生大类');
const nursing = major('520201', '医药卫生大类', '高职专科');
const mechatronics = major('460301', '装备制造大类', '高职专科');
const a = institution('a', 'taiyuan');
const b = institution('b', null);
const c1 = institution('c1', 'datong');
const pairs = [
  pair('p1', a, c1, nursingSchool, nursing, 2025, cities),
  pair('p2', a, c1, nursingSchool, mechatronics, 2025, cities),
  pair('p3', b, c1, nursingSchool, nursing),
];

describe('listSummary', () => {
  it('counts schools, colleges and cities once each, and finds the pairs that cross 专业大类', () => {
    const s = listSummary(pairs, cities);
    expect([s.pairs, s.schools, s.colleges]).toEqual([3, 2, 1]);
    expect(s.citiesWithSchools.map((c) => c.id)).toEqual(['taiyuan']);
    expect(s.crossing.map((p) => p.id)).toEqual(['p2']);
    expect(s.fields).toEqual(['医药卫生大类', '装备制造大类'].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare));
  });
});

describe('majorView', () => {
  it('takes only the pairs where the major is on its own side, and names printed variants', () => {
    const withDirection = {
      ...pair('p4', b, c1, nursingSchool, nursing),
      collegeProgram: { name: '专业520201（社区方向）', direction: '社区方向', major: nursing },
    };
    const view = majorView(nursing, indexPairs([...pairs, withDirection]));
    expect(view.secondary).toBe(false);
    expect(view.pairs.map((p) => p.id)).toEqual(['p1', 'p3', 'p4']);
    expect(view.variants).toEqual(['专业520201（社区方向）']);
    expect(view.cities).toEqual(['太原市']);
    expect(view.description).toContain('专业对共3个');
    expect(majorView(nursingSchool, indexPairs(pairs)).levelLabel).toBe('中等职业教育专业');
  });
});

describe('policy view', () => {
  it('keeps headings of levels 2–4, drops 全文 and the explainer links after a heading', () => {
    const toc = policyToc([
      { depth: 1, slug: 't', text: '标题' },
      { depth: 2, slug: 'all', text: '全文' },
      { depth: 3, slug: 'part-1', text: '一、总体要求 解读：五年制是什么' },
      { depth: 5, slug: 'x', text: '细目' },
    ]);
    expect(toc).toEqual([{ depth: 3, slug: 'part-1', text: '一、总体要求' }]);
  });
  it('finds the documents that point to one', () => {
    const docs = [
      { id: 'a', data: { relations: [{ document: 'b' }] } },
      { id: 'b', data: { relations: [] } },
      { id: 'c', data: { relations: [{}, { document: 'b' }] } },
    ];
    expect(incomingDocuments(docs, 'b').map((d) => d.id)).toEqual(['a', 'c']);
  });
});
