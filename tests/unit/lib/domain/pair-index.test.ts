import { describe, expect, it } from 'vitest';
import { pairs } from '../../../helpers/sample-pairs.ts';
import { indexPairs, pairsOf } from '../../../../src/lib/domain/pair-index.ts';

describe('pair-index', () => {
  it('indexes pairs by school, college, either major and both cities', () => {
    const index = indexPairs(pairs);
    expect(pairsOf(index.bySchool, 'a').map((p) => p.id)).toEqual(['p1']);
    expect(pairsOf(index.byMajor, '460301').map((p) => p.id)).toEqual(['p1', 'p2']);
    expect(pairsOf(index.bySchoolCity, 'taiyuan').map((p) => p.id)).toEqual(['p1']);
    expect(pairsOf(index.byCollegeCity, 'linfen').map((p) => p.id)).toEqual(['p2']);
    expect(pairsOf(index.bySchool, null)).toEqual([]);
  });
});
