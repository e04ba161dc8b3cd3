import { pairFacets, pickFacets, type Facets } from '../domain/facets.ts';
import { byId } from '../domain/by-id.ts';
import type { MapInput } from './map.ts';
import type { ProgramPair } from '../domain/programs.ts';
import type { City, Institution } from '../content/schemas.ts';

/** Where an institution sits on the schematic map: its county seat if known, else its city seat, else nowhere. */
export function seatOf(institution: Institution, cities: City[]): { lon: number; lat: number } | null {
  const city = institution.city ? byId(cities).get(institution.city) : undefined;
  if (!city) return null;
  const county = city.counties.find((c) => c.name === institution.county);
  return county ? { lon: county.lon, lat: county.lat } : city.seat;
}

/**
 * The map's input from the program pairs: every school and college in them, and a link per pair;
 * the area around `lensCityId` (the most crowded seat) is magnified.
 */
export function mapInput(pairs: ProgramPair[], cities: City[], lensCityId?: string): MapInput {
  const lensCity = lensCityId ? byId(cities).get(lensCityId) : undefined;
  const institutions = new Map<string, MapInput['institutions'][number]>();
  for (const pair of pairs)
    for (const [inst, kind] of [
      [pair.school, 'school'],
      [pair.college, 'college'],
    ] as const) {
      const seat = seatOf(inst, cities);
      institutions.set(inst.id, { id: inst.id, name: inst.name, kind, lon: seat?.lon ?? null, lat: seat?.lat ?? null });
    }
  return {
    institutions: [...institutions.values()],
    links: pairs.map((p) => ({ id: p.id, school: p.school.id, college: p.college.id, category: p.collegeProgram.major.category })),
    seats: cities.map((c) => ({ name: c.name, lon: c.seat.lon, lat: c.seat.lat })),
    ...(lensCity ? { lens: { lon: lensCity.seat.lon, lat: lensCity.seat.lat, radius: 260, power: 0.5 } } : {}),
  };
}

/** The facets the map filters each link on (city and 专业大类, src/lib/domain/facets.ts), and the text its tooltip gives. */
export function mapLinkData(pairs: ProgramPair[]): Map<string, { facets: Facets; label: string }> {
  return new Map(
    pairs.map((p) => [
      p.id,
      {
        facets: mapFacets(p),
        label: `${p.school.name}（${p.schoolProgram.name}）→ ${p.college.name}（${p.collegeProgram.name}），${p.collegeProgram.major.category}`,
      },
    ]),
  );
}

/** What the map's form filters a pair's line on: the school's city and the 专业大类 (the drawing and the city-by-city view alike). */
export const mapFacets = (pair: ProgramPair): Facets => pickFacets(pairFacets(pair), ['city', 'field']);

/** The city with the most schools and colleges (the map magnifies around it). */
export function mostCrowdedCity(pairs: ProgramPair[]): string | undefined {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const p of pairs)
    for (const inst of [p.school, p.college])
      if (inst.city && !seen.has(inst.id)) {
        seen.add(inst.id);
        counts.set(inst.city, (counts.get(inst.city) ?? 0) + 1);
      }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
}

/**
 * Straight-line distance between two seats in km (haversine on a 6371 km sphere), rounded to the
 * nearest 5 km: the seats are approximate (±0.02°, about 2 km), and the figure is said to be one
 * between government seats, not a route.
 */
export function seatDistanceKm(a: { lon: number; lat: number }, b: { lon: number; lat: number }): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const h = Math.sin(rad(b.lat - a.lat) / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lon - a.lon) / 2) ** 2;
  const km = 2 * 6371 * Math.asin(Math.sqrt(h));
  return Math.round(km / 5) * 5;
}
