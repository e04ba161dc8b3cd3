import { describe, expect, it } from 'vitest';
import { indexPairs } from '../../../../src/lib/domain/pair-index.ts';
import { majorView } from '../../../../src/lib/views/major.ts';
import { pair } from '../../../helpers/builders.ts';
import { nursingSchool, nursing, b, c1, pairs } from '../../../helpers/sample-list.ts';

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
