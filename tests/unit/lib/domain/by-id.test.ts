import { describe, expect, it } from 'vitest';
import { byId } from '../../../../src/lib/domain/by-id.ts';

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
