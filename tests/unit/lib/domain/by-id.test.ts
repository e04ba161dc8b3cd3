import { describe, expect, it } from 'vitest';
import { appendTo, byId } from '../../../../src/lib/domain/by-id.ts';

describe('byId', () => {
  it('finds each entry of a list by its id, and makes the map once per list', () => {
    const cities = [
      { id: 'shuozhou', name: '朔州市' },
      { id: 'changzhi', name: '长治市' },
    ];
    expect(byId(cities).get('changzhi')?.name).toBe('长治市');
    expect(byId(cities).get('taiyuan')).toBeUndefined();
    expect(byId(cities)).toBe(byId(cities));
    expect(byId([...cities])).not.toBe(byId(cities));
  });
});

describe('appendTo', () => {
  it('groups items under their key in the order they come, a new key starting its list', () => {
    const groups = new Map<string, number[]>();
    for (const [key, n] of [
      ['a', 1],
      ['b', 2],
      ['a', 3],
    ] as const)
      appendTo(groups, key, n);
    expect([...groups]).toEqual([
      ['a', [1, 3]],
      ['b', [2]],
    ]);
  });
});
