import { describe, expect, it } from 'vitest';
import { byDistanceFrom, distanceText, kilometres, nearestCitiesFor, parseSeat, placeOf, roundKm, seatText } from '../../../../src/lib/domain/distance.ts';
import type { City } from '../../../../src/lib/content/schemas.ts';
import { institution, major, pair } from '../../../helpers/builders.ts';

const north: City = { id: 'north', name: '北市', seat: { lon: 112, lat: 39 }, counties: [{ name: '北县', lon: 113, lat: 39 }] };
const middle: City = { id: 'middle', name: '中市', seat: { lon: 112, lat: 38 }, counties: [] };
const south: City = { id: 'south', name: '南市', seat: { lon: 112, lat: 36 }, counties: [] };
const cities = [north, middle, south];
const college = institution('college', 'middle');
const nursing = major('720201', '医药卫生大类');
const machines = major('660301', '装备制造大类');

describe('kilometres and roundKm', () => {
  it('measures the great circle: one degree of latitude is about 111 km', () => {
    expect(kilometres({ lon: 112, lat: 38 }, { lon: 112, lat: 39 })).toBeCloseTo(111.19, 1);
    expect(kilometres(north.seat, north.seat)).toBe(0);
  });
  it('rounds to 10 km, never below 10 between two places', () => {
    expect([0.4, 3, 14, 15, 111.19, 355].map(roundKm)).toEqual([0, 10, 10, 20, 110, 360]);
  });
});

describe('placeOf', () => {
  it('takes the county seat where the county is known, else the city seat, else nothing', () => {
    expect(placeOf({ city: 'north', county: '北县' }, cities)).toEqual({ name: '北县', seat: north.counties[0] });
    expect(placeOf({ city: 'north', county: null }, cities)).toEqual({ name: '北市', seat: north.seat });
    expect(placeOf({ city: null, county: null }, cities)).toBeNull();
  });
});

describe('byDistanceFrom', () => {
  const pairs = [
    pair('far', institution('s-south', 'south'), college, nursing, nursing, 2025, cities),
    pair('unknown', institution('s-unknown', null), college, nursing, nursing, 2025, cities),
    pair('home', institution('s-north', 'north'), college, machines, machines, 2025, cities),
    pair('near', institution('s-middle', 'middle'), college, nursing, nursing, 2025, cities),
  ];
  it('orders nearest first, the family’s own city at 0, unknown locations last', () => {
    const ordered = byDistanceFrom(north, pairs, cities);
    expect(ordered.map((d) => [d.pair.id, d.km])).toEqual([
      ['home', 0],
      ['near', 110],
      ['far', 330],
      ['unknown', null],
    ]);
  });
  it('says what the distance is measured between, and when it is unknown', () => {
    const [home, near, , unknown] = byDistanceFrom(north, pairs, cities);
    expect(distanceText(north, home!)).toBe('在北市');
    expect(distanceText(north, near!, cities)).toBe('离北市约110公里（按两地政府驻地直线距离）');
    expect(distanceText(middle, { km: 110, to: '北县' }, cities)).toBe('离中市约110公里（按中市与北县政府驻地直线距离）');
    expect(distanceText(north, unknown!)).toBe('距离未知（学校所在地待核实）');
  });
  it('finds the nearest other cities with a field, and counts the unlocated apart', () => {
    expect(nearestCitiesFor('医药卫生大类', north, pairs, cities)).toEqual({
      cities: [
        { city: middle, km: 110, count: 1 },
        { city: south, km: 330, count: 1 },
      ],
      unlocated: 1,
    });
    expect(nearestCitiesFor('装备制造大类', north, pairs, cities).cities).toEqual([]);
  });
});

describe('seatText and parseSeat', () => {
  it('write a seat for the page and read it back, refusing what is not one', () => {
    expect(parseSeat(seatText({ lon: 112.54, lat: 37.86 }))).toEqual({ lon: 112.54, lat: 37.86 });
    expect([parseSeat(''), parseSeat(undefined), parseSeat('a,b'), parseSeat('112')]).toEqual([null, null, null, null]);
  });
});
