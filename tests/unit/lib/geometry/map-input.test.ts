import { describe, expect, it } from 'vitest';
import { a, b, c, cities, pairs } from '../../../helpers/sample-pairs.ts';
import { mapInput, mapLinkData, mostCrowdedCity, seatOf } from '../../../../src/lib/geometry/map-input.ts';

describe('map-input', () => {
  it('places an institution at its county seat, else its city seat, else nowhere', () => {
    expect(seatOf(a, cities)).toEqual({ lon: 112.56, lat: 37.82 });
    expect(seatOf(c, cities)).toEqual({ lon: 112.54, lat: 37.86 });
    expect(seatOf(b, cities)).toBeNull();
  });
  it('makes one institution entry each and one link per pair, with the magnified city', () => {
    const input = mapInput(pairs, cities, 'taiyuan');
    expect(input.institutions.map((i) => [i.id, i.kind, i.lon])).toEqual([
      ['a', 'school', 112.56],
      ['c', 'college', 112.54],
      ['b', 'school', null],
      ['d', 'college', 111.51],
    ]);
    expect(input.links).toEqual([
      { id: 'p1', school: 'a', college: 'c', category: '装备制造大类' },
      { id: 'p2', school: 'b', college: 'd', category: '医药卫生大类' },
    ]);
    expect(input.lens).toMatchObject({ lon: 112.54, lat: 37.86 });
    expect(mostCrowdedCity(pairs)).toBe('taiyuan');
  });
  it('gives the script each link’s city, both categories and a tooltip', () => {
    expect(mapLinkData(pairs).get('p2')).toEqual({
      facets: { city: [], field: ['公共管理与服务大类', '医药卫生大类'] },
      label: 'b学校（甲）→ d学校（乙），医药卫生大类',
    });
  });
});
