import { describe, expect, it } from 'vitest';
import { byInitial, categoryAnchor } from '../../../../src/lib/domain/alphabet.ts';

describe('byInitial', () => {
  it('groups by the first letter of the pinyin id, letters and items in order', () => {
    const groups = byInitial([{ id: 'yuncheng' }, { id: 'changzhi' }, { id: 'yangquan' }, { id: 'datong' }]);
    expect(groups.map((g) => [g.letter, g.items.map((i) => i.id)])).toEqual([
      ['C', ['changzhi']],
      ['D', ['datong']],
      ['Y', ['yangquan', 'yuncheng']],
    ]);
  });
  it('gives no group for no items, and leaves the input as it was', () => {
    const items = [{ id: 'b' }, { id: 'a' }];
    expect(byInitial([])).toEqual([]);
    byInitial(items);
    expect(items.map((i) => i.id)).toEqual(['b', 'a']);
  });
});

describe('categoryAnchor', () => {
  it('makes a 专业大类 an anchor of its pinyin, as ids are made', () => {
    expect(categoryAnchor('医药卫生大类')).toBe('yi-yao-wei-sheng-da-lei');
    expect(categoryAnchor('装备制造大类')).toBe('zhuang-bei-zhi-zao-da-lei');
  });
});
