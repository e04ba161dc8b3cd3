import type { City, Institution } from '../content/schemas.ts';
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

/**
 * Pairs ordered by distance from a city's seat, nearest first; pairs whose school has no established
 * location come last, in their printed order (they may be anywhere, the family's city included).
 */
export function byDistanceFrom(from: City, pairs: readonly ProgramPair[], cities: readonly City[]): PairDistance[] {
  const measured = pairs.map((pair) => {
    const place = placeOf(pair.school, cities);
    const km = place ? (pair.school.city === from.id && !pair.school.county ? 0 : roundKm(kilometres(from.seat, place.seat))) : null;
    return { pair, km, to: place?.name ?? null };
  });
  return measured.sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity));
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
 * For one field, the other cities that have pairs in it, nearest first (city seat to city seat),
 * with how many; schools without an established location are counted apart.
 */
export function nearestCitiesFor(
  field: string,
  from: City,
  pairs: readonly ProgramPair[],
  cities: readonly City[],
): { cities: NearbyCity[]; unlocated: number } {
  const entry = fieldCounts(pairs).get(field);
  const near = cities
    .filter((c) => c.id !== from.id && entry?.counts.has(c.id))
    .map((city) => ({ city, km: roundKm(kilometres(from.seat, city.seat)), count: entry!.counts.get(city.id)! }))
    .sort((a, b) => a.km - b.km);
  return { cities: near, unlocated: entry?.unlocated ?? 0 };
}

/**
 * For each field, its pairs counted by the school's city, and those of no established city: worked
 * out once per list (every city and guide page asks, and a national list has thousands of each).
 */
const byField = new WeakMap<readonly ProgramPair[], Map<string, { counts: Map<string, number>; unlocated: number }>>();
function fieldCounts(pairs: readonly ProgramPair[]) {
  let fields = byField.get(pairs);
  if (!fields) {
    fields = new Map();
    for (const p of pairs)
      for (const field of pairFields(p)) {
        const entry = fields.get(field) ?? { counts: new Map<string, number>(), unlocated: 0 };
        if (p.city) entry.counts.set(p.city.id, (entry.counts.get(p.city.id) ?? 0) + 1);
        else entry.unlocated++;
        fields.set(field, entry);
      }
    byField.set(pairs, fields);
  }
  return fields;
}
