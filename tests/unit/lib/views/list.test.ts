import { describe, expect, it } from 'vitest';
import { listSummary } from '../../../../src/lib/views/list.ts';
import { cities, pairs } from '../../../helpers/sample-list.ts';

describe('listSummary', () => {
  it('counts schools, colleges and cities once each, and finds the pairs that cross 专业大类', () => {
    const s = listSummary(pairs, cities);
    expect([s.pairs, s.schools, s.colleges]).toEqual([3, 2, 1]);
    expect(s.citiesWithSchools.map((c) => c.id)).toEqual(['taiyuan']);
    expect(s.crossing.map((p) => p.id)).toEqual(['p2']);
    expect(s.fields).toEqual(['医药卫生大类', '装备制造大类'].sort(new Intl.Collator('zh-CN-u-co-pinyin').compare));
  });
});
