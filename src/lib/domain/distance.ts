import type { City, Institution } from '../content/schemas.ts';
import { appendTo } from './by-id.ts';
import type { ProgramPair } from './programs.ts';

// How far a family's city is from a school, as far as the site can tell: the straight line between
// two government seats (content/cities.yaml, ±0.02°), never a campus address or a travel distance.
// Every figure the site shows from here says so.

/** A point on the map: longitude and latitude in degrees (WGS84). */
export interface Seat {
  lon: number;
  lat: number;
}

/** A seat as pages carry it for the browser (`data-seat="112.54,37.86"`). */
export const seatText = (seat: Seat): string => `${seat.lon},${seat.lat}`;

/** Reads back what `seatText` wrote; null when the text is not a seat. */
export function parseSeat(text: string | null | undefined): Seat | null {
  const [lon, lat] = (text ?? '').split(',').map(Number);
  return lon !== undefined && lat !== undefined && Number.isFinite(lon) && Number.isFinite(lat) ? { lon, lat } : null;
}

const EARTH_KM = 6371;
const radians = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres between two seats. */
export function kilometres(a: Seat, b: Seat): number {
  const dLat = radians(b.lat - a.lat);
  const dLon = radians(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(radians(a.lat)) * Math.cos(radians(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.sqrt(h));
}

/**
 * A distance as the site says it: to the nearest 10 km (the seats are known to about 2 km, and a
 * family needs the order of magnitude), never below 10 when the places differ.
 */
export const roundKm = (km: number): number => (km < 1 ? 0 : Math.max(10, Math.round(km / 10) * 10));

/**
 * The cities by id and their names, made once per list of cities: every pair of a page asks, and a
 * national list's pages have thousands of pairs and cities (a search through the cities for each
 * made the city and guide pages grow with the square of the list).
 */
const lookups = new WeakMap<readonly Pick<City, 'name'>[], { byId: Map<string, City>; names: Set<string> }>();
function lookup(cities: readonly Pick<City, 'name'>[]) {
  let found = lookups.get(cities);
  if (!found) {
    found = { byId: new Map((cities as readonly City[]).filter((c) => 'id' in c).map((c) => [c.id, c])), names: new Set(cities.map((c) => c.name)) };
    lookups.set(cities, found);
  }
  return found;
}

/** Where an institution is, for a distance: its county's seat where the county is known, else its city's; null when not established. */
export function placeOf(institution: Pick<Institution, 'city' | 'county'>, cities: readonly City[]): { name: string; seat: Seat } | null {
  const city = institution.city ? lookup(cities).byId.get(institution.city) : undefined;
  if (!city) return null;
  const county = institution.county ? city.counties.find((c) => c.name === institution.county) : undefined;
  return county ? { name: county.name, seat: county } : { name: city.name, seat: city.seat };
}

/** One pair with its distance from a family's city (null: the school's location is not established). */
export interface PairDistance {
  pair: ProgramPair;
  km: number | null;
  /** The place the distance is measured to (a city or a county). */
  to: string | null;
}

/**
 * The words that say what a distance is: `离朔州市约350公里（按两地政府驻地直线距离）`; where the
 * school's county is known, the county is named (`按朔州市与应县政府驻地的直线距离`).
 */
export function distanceText(from: Pick<City, 'name'>, d: Pick<PairDistance, 'km' | 'to'>, cities: readonly Pick<City, 'name'>[] = []): string {
  if (d.km === null || d.to === null) return '距离未知（学校所在地待核实）';
  if (d.km === 0) return `在${from.name}`;
  const between = lookup(cities).names.has(d.to) ? '两地' : `${from.name}与${d.to}`;
  return `离${from.name}约${d.km}公里（按${between}政府驻地直线距离）`;
}

/** Memoises a value per list and per list of cities (the loaders' lists live for the whole build). */
function perList<T>(
  store: WeakMap<readonly ProgramPair[], WeakMap<readonly City[], T>>,
  pairs: readonly ProgramPair[],
  cities: readonly City[],
  make: () => T,
): T {
  let byCities = store.get(pairs);
  if (!byCities) store.set(pairs, (byCities = new WeakMap()));
  let value = byCities.get(cities);
  if (value === undefined) byCities.set(cities, (value = make()));
  return value;
}

/** A list's pairs by the school's city (null: not established), in list order, made once per list. */
const cityGroups = new WeakMap<readonly ProgramPair[], Map<string | null, ProgramPair[]>>();
export function pairsInCity(pairs: readonly ProgramPair[], cityId: string | null): readonly ProgramPair[] {
  let groups = cityGroups.get(pairs);
  if (!groups) {
    groups = new Map();
    for (const pair of pairs) appendTo(groups, pair.city?.id ?? null, pair);
    cityGroups.set(pairs, groups);
  }
  return groups.get(cityId) ?? [];
}

/** A place pairs' schools are in: a city, or a county as the schools name it. */
interface Place {
  city: string;
  /** Whether the schools name a county (the distance is then measured to it, even within the family's city). */
  county: boolean;
  /** Where the distance is measured to; null when the city is not one of the cities given. */
  at: { name: string; seat: Seat } | null;
}

/**
 * One field's located pairs by place, in the order the list first names each place: the place and
 * the list position of its first pair side by side in typed arrays (a page scans every group of
 * every field, thousands at national scale), and each group's pairs with their list positions.
 */
interface FieldGroups {
  place: Int32Array;
  first: Int32Array;
  members: { pair: ProgramPair; order: number }[][];
  /** The pairs whose school's city is not established, in list order. */
  unlocated: ProgramPair[];
}

const listPlaces = new WeakMap<readonly ProgramPair[], WeakMap<readonly City[], { places: Place[]; fields: Map<string, FieldGroups> }>>();
function placesOf(pairs: readonly ProgramPair[], cities: readonly City[]) {
  return perList(listPlaces, pairs, cities, () => {
    const places: Place[] = [];
    const placeIds = new Map<string, number>();
    const fields = new Map<string, { groups: Map<number, { pair: ProgramPair; order: number }[]>; unlocated: ProgramPair[] }>();
    pairs.forEach((pair, order) => {
      let place = -1;
      if (pair.city !== null) {
        const key = `${pair.school.city}\u0000${pair.school.county ?? ''}`;
        place = placeIds.get(key) ?? -1;
        if (place === -1) {
          placeIds.set(key, (place = places.length));
          places.push({ city: pair.city.id, county: Boolean(pair.school.county), at: placeOf(pair.school, cities) });
        }
      }
      for (const field of pairFields(pair)) {
        let entry = fields.get(field);
        if (!entry) fields.set(field, (entry = { groups: new Map(), unlocated: [] }));
        if (place === -1) entry.unlocated.push(pair);
        else appendTo(entry.groups, place, { pair, order });
      }
    });
    const grouped = [...fields].map(([field, { groups, unlocated }]): [string, FieldGroups] => {
      const members = [...groups.values()];
      return [field, { place: Int32Array.from(groups.keys()), first: Int32Array.from(members, (m) => m[0]!.order), members, unlocated }];
    });
    return { places, fields: new Map(grouped) };
  });
}

/** One field's pairs as seen from a family's city. */
export interface FieldNear {
  field: string;
  /** The pairs whose school is in the family's city, nearest first (a named county is measured to). */
  home: PairDistance[];
  /** The `count` nearest pairs of other cities, nearest first, in list order where as near. */
  nearest: PairDistance[];
  /** How many pairs of other cities the field has in all. */
  elsewhere: number;
  /** The pairs whose school's location is not established, in list order (they may be anywhere). */
  unlocated: readonly ProgramPair[];
}

/** A pair ranked from a family's city: its distance (Infinity: unknown), then its place in the list, as a stable sort by distance orders. */
interface Ranked {
  pair: ProgramPair;
  order: number;
  km: number;
  place: number;
}
const nearer = (a: Ranked, b: Ranked) => a.km - b.km || a.order - b.order;

/**
 * For each 专业大类 of a list (in the order the list first names them), its pairs from the family's
 * city: those in the city, the `count` nearest elsewhere and how many there are, and the unlocated.
 * Each place's distance is measured once, and a place none of whose pairs can be among the nearest
 * is passed over: a national list has thousands of pairs and places, and every city's pages ask.
 */
export function fieldsNear(from: City, pairs: readonly ProgramPair[], cities: readonly City[], count: number): FieldNear[] {
  const { places, fields } = placesOf(pairs, cities);
  const kms = new Float64Array(places.length).fill(NaN);
  const home = new Uint8Array(places.length);
  places.forEach((p, i) => (home[i] = p.city === from.id ? 1 : 0));
  const shown = ({ pair, km, place }: Ranked): PairDistance => ({ pair, km: km === Infinity ? null : km, to: places[place]!.at?.name ?? null });
  return [...fields].map(([field, groups]) => {
    const own: Ranked[] = [];
    const nearest: Ranked[] = [];
    let elsewhere = 0;
    for (let g = 0; g < groups.place.length; g++) {
      const place = groups.place[g]!;
      let km = kms[place]!;
      if (Number.isNaN(km)) {
        const { county, at } = places[place]!;
        km = kms[place] = at ? (home[place] && !county ? 0 : roundKm(kilometres(from.seat, at.seat))) : Infinity;
      }
      const members = groups.members[g]!;
      if (home[place]) {
        for (const { pair, order } of members) own.push({ pair, order, km, place });
        continue;
      }
      elsewhere += members.length;
      // A group whose first pair ranks after the last kept has none to keep (its pairs are as far, and later).
      const last = nearest[count - 1];
      if (nearest.length === count && (!last || km > last.km || (km === last.km && groups.first[g]! > last.order))) continue;
      for (const { pair, order } of members) {
        const candidate = { pair, order, km, place };
        const at = nearest.findIndex((r) => nearer(candidate, r) < 0);
        if (at === -1 && nearest.length === count) break;
        nearest.splice(at === -1 ? nearest.length : at, 0, candidate);
        if (nearest.length > count) nearest.pop();
      }
    }
    return { field, home: own.sort(nearer).map(shown), nearest: nearest.map(shown), elsewhere, unlocated: groups.unlocated };
  });
}

/** The 专业大类 of a pair (one or two). */
export const pairFields = (pair: ProgramPair): string[] => [...new Set([pair.schoolProgram.major.category, pair.collegeProgram.major.category])];

/** A city near a family's city that has pairs in a field: how many and how far. */
export interface NearbyCity {
  city: City;
  km: number;
  count: number;
}

/**
 * For one field, the other cities that have pairs in it, nearest first (city seat to city seat; as
 * near: in the order of `cities`), at most `limit` of them, with how many; schools without an
 * established location are counted apart.
 */
export function nearestCitiesFor(
  field: string,
  from: City,
  pairs: readonly ProgramPair[],
  cities: readonly City[],
  limit = Infinity,
): { cities: NearbyCity[]; unlocated: number } {
  const entry = fieldCities(pairs, cities).get(field);
  const near: (NearbyCity & { order: number })[] = [];
  const before = (a: NearbyCity & { order: number }, b: NearbyCity & { order: number }) => a.km - b.km || a.order - b.order;
  for (const { city, order, count } of entry?.cities ?? []) {
    if (city.id === from.id) continue;
    const candidate = { city, km: roundKm(kilometres(from.seat, city.seat)), count, order };
    if (near.length >= limit && (limit === 0 || before(candidate, near[near.length - 1]!) >= 0)) continue;
    const at = near.findIndex((n) => before(candidate, n) < 0);
    near.splice(at === -1 ? near.length : at, 0, candidate);
    if (near.length > limit) near.pop();
  }
  return { cities: near.map(({ city, km, count }) => ({ city, km, count })), unlocated: entry?.unlocated ?? 0 };
}

/**
 * For each field, the cities with pairs in it (in the order of `cities`, with their position and how
 * many pairs) and how many pairs have no established city: counted once per list from its places
 * (every city page asks, and a national list has thousands of each).
 */
const byField = new WeakMap<
  readonly ProgramPair[],
  WeakMap<readonly City[], Map<string, { cities: { city: City; order: number; count: number }[]; unlocated: number }>>
>();
function fieldCities(pairs: readonly ProgramPair[], cities: readonly City[]) {
  return perList(byField, pairs, cities, () => {
    const { places, fields } = placesOf(pairs, cities);
    return new Map(
      [...fields].map(([field, groups]) => {
        const byCity = new Map<string, number>();
        groups.place.forEach((place, g) => {
          const city = places[place]!.city;
          byCity.set(city, (byCity.get(city) ?? 0) + groups.members[g]!.length);
        });
        const located = cities.flatMap((city, order) => (byCity.has(city.id) ? [{ city, order, count: byCity.get(city.id)! }] : []));
        return [field, { cities: located, unlocated: groups.unlocated.length }];
      }),
    );
  });
}

/** The 专业大类 of a list, in the order it first names them. */
export const listFields = (pairs: readonly ProgramPair[], cities: readonly City[]): string[] => [...fieldCities(pairs, cities).keys()];
