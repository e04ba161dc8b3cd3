import { describe, expect, it } from 'vitest';
import {
  distanceText,
  fieldsNear,
  kilometres,
  listFields,
  nearestCitiesFor,
  pairFields,
  pairsInCity,
  parseSeat,
  placeOf,
  roundKm,
  seatText,
  type PairDistance,
} from '../../../../src/lib/domain/distance.ts';
import type { ProgramPair } from '../../../../src/lib/domain/programs.ts';
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

/**
 * The plain way to rank, as the guide first did it: every pair's distance, one stable sort, then
 * each field's pairs in that order. fieldsNear must give the same lines without sorting the list.
 */
function naive(from: City, pairs: readonly ProgramPair[], all: readonly City[], count: number) {
  const measured: PairDistance[] = pairs.map((p) => {
    const place = placeOf(p.school, all);
    const km = place ? (p.school.city === from.id && !p.school.county ? 0 : roundKm(kilometres(from.seat, place.seat))) : null;
    return { pair: p, km, to: place?.name ?? null };
  });
  measured.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
  return [...new Set(pairs.flatMap(pairFields))].map((field) => {
    const inField = measured.filter((d) => pairFields(d.pair).includes(field));
    const elsewhere = inField.filter((d) => d.pair.city !== null && d.pair.city.id !== from.id);
    return {
      field,
      home: inField.filter((d) => d.pair.city?.id === from.id),
      nearest: elsewhere.slice(0, count),
      elsewhere: elsewhere.length,
      unlocated: inField.filter((d) => d.pair.city === null).map((d) => d.pair),
    };
  });
}

describe('fieldsNear', () => {
  const pairs = [
    pair('far', institution('s-south', 'south'), college, nursing, nursing, 2025, cities),
    pair('unknown', institution('s-unknown', null), college, nursing, nursing, 2025, cities),
    pair('home', institution('s-north', 'north'), college, machines, machines, 2025, cities),
    pair('county', institution('s-county', 'north', { county: '北县' }), college, machines, nursing, 2025, cities),
    pair('near', institution('s-middle', 'middle'), college, nursing, nursing, 2025, cities),
  ];
  const lines = (ds: readonly PairDistance[]) => ds.map((d) => [d.pair.id, d.km]);
  it('gives each field’s pairs in the family’s city (a named county measured to), the nearest elsewhere, and the unlocated last', () => {
    const [nursingNear, machinesNear] = fieldsNear(north, pairs, cities, 1);
    expect(nursingNear!.field).toBe('医药卫生大类');
    expect(lines(nursingNear!.home)).toEqual([['county', 90]]);
    expect(lines(nursingNear!.nearest)).toEqual([['near', 110]]);
    expect(nursingNear!.elsewhere).toBe(2);
    expect(nursingNear!.unlocated.map((p) => p.id)).toEqual(['unknown']);
    expect(lines(machinesNear!.home)).toEqual([
      ['home', 0],
      ['county', 90],
    ]);
    expect(machinesNear!.nearest).toEqual([]);
  });
  it('says what the distance is measured between, and when it is unknown', () => {
    const [nursingNear, machinesNear] = fieldsNear(north, pairs, cities, 4);
    expect(distanceText(north, machinesNear!.home[0]!)).toBe('在北市');
    expect(distanceText(north, nursingNear!.nearest[0]!, cities)).toBe('离北市约110公里（按两地政府驻地直线距离）');
    expect(distanceText(middle, { km: 110, to: '北县' }, cities)).toBe('离中市约110公里（按中市与北县政府驻地直线距离）');
    expect(distanceText(north, { km: null, to: null })).toBe('距离未知（学校所在地待核实）');
  });
  it('ranks as one stable sort of the whole list would, ties and all, on a list of many places', () => {
    // Twelve cities on two lines of latitude, so that many places are equally far once rounded; some
    // schools name a county, some a county the city does not have, some no city.
    const grid: City[] = Array.from({ length: 12 }, (_, i) => ({
      id: `c${i}`,
      name: `${i}市`,
      seat: { lon: 110 + (i % 6) * 0.5, lat: 36 + Math.floor(i / 6) },
      counties: i % 3 === 0 ? [{ name: `${i}县`, lon: 110.2 + (i % 6) * 0.5, lat: 36.3 }] : [],
    }));
    const fields = [nursing, machines, major('530701', '财经商贸大类')];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const list = Array.from({ length: 300 }, (_, i) => {
      const cityId = next(10) === 0 ? null : `c${next(12)}`;
      const county = cityId && next(3) === 0 ? `${cityId.slice(1)}县` : null;
      return pair(`p${i}`, institution(`s${i}`, cityId, { county }), college, fields[next(3)]!, fields[next(3)]!, 2025, grid);
    });
    for (const from of [grid[0]!, grid[5]!, grid[9]!])
      for (const count of [0, 1, 4, 50]) expect(fieldsNear(from, list, grid, count)).toEqual(naive(from, list, grid, count));
  });
});

describe('nearestCitiesFor', () => {
  const pairs = [
    pair('far', institution('s-south', 'south'), college, nursing, nursing, 2025, cities),
    pair('unknown', institution('s-unknown', null), college, nursing, nursing, 2025, cities),
    pair('home', institution('s-north', 'north'), college, machines, machines, 2025, cities),
    pair('near', institution('s-middle', 'middle'), college, nursing, nursing, 2025, cities),
  ];
  it('finds the nearest other cities with a field, at most as many as asked, and counts the unlocated apart', () => {
    expect(nearestCitiesFor('医药卫生大类', north, pairs, cities)).toEqual({
      cities: [
        { city: middle, km: 110, count: 1 },
        { city: south, km: 330, count: 1 },
      ],
      unlocated: 1,
    });
    expect(nearestCitiesFor('医药卫生大类', north, pairs, cities, 1).cities).toEqual([{ city: middle, km: 110, count: 1 }]);
    expect(nearestCitiesFor('装备制造大类', north, pairs, cities).cities).toEqual([]);
  });
  it('keeps the order of the cities where two are as far', () => {
    const east: City = { id: 'east', name: '东市', seat: { lon: 113.27, lat: 38 }, counties: [] };
    const west: City = { id: 'west', name: '西市', seat: { lon: 110.73, lat: 38 }, counties: [] };
    const both = [middle, west, east];
    const list = [east, west].map((c) => pair(c.id, institution(`s-${c.id}`, c.id), college, nursing, nursing, 2025, both));
    expect(nearestCitiesFor('医药卫生大类', middle, list, both).cities.map((n) => [n.city.id, n.km])).toEqual([
      ['west', 110],
      ['east', 110],
    ]);
  });
  it('names the fields in the order the list first names them, and the pairs of a city', () => {
    expect(listFields(pairs, cities)).toEqual(['医药卫生大类', '装备制造大类']);
    expect(pairsInCity(pairs, 'north').map((p) => p.id)).toEqual(['home']);
    expect(pairsInCity(pairs, null).map((p) => p.id)).toEqual(['unknown']);
    expect(pairsInCity(pairs, 'nowhere')).toEqual([]);
  });
});

describe('seatText and parseSeat', () => {
  it('write a seat for the page and read it back, refusing what is not one', () => {
    expect(parseSeat(seatText({ lon: 112.54, lat: 37.86 }))).toEqual({ lon: 112.54, lat: 37.86 });
    expect([parseSeat(''), parseSeat(undefined), parseSeat('a,b'), parseSeat('112')]).toEqual([null, null, null, null]);
  });
});
