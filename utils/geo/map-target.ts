import type { MapTarget } from './draw-map';
import type { GeoIndex } from './types';

/** The index with its countries findable by entity id. */
export interface LoadedGeo {
  geo: GeoIndex;
  countryAt: Map<string, number>;
}

export function loadGeo(geo: GeoIndex): LoadedGeo {
  return { geo, countryAt: new Map(geo.countries.map((c, i) => [c[0], i])) };
}

/**
 * What entity `id`'s map shows, from the index: a town in its country, a region or a country
 * in its continent; null for a place with no position (a sea, a pipeline).
 */
export function mapTargetFor({ geo, countryAt }: LoadedGeo, id: string, name: string): MapTarget | null {
  const own = countryAt.get(id);
  const point = own === undefined ? geo.points[id] : undefined;
  const area = own === undefined && !point ? geo.areas[id] : undefined;
  const c = own ?? point?.[2] ?? area?.[2];
  if (c === undefined) return null;
  const [, fine, coarse, country, continent] = geo.countries[c];
  if (own !== undefined) return { kind: 'country', name, fine, coarse, country: name, point: null, ...(continent ? { continent } : {}) };
  const [lon, lat] = (point ?? area)!;
  const region = point && point[3] >= 0 ? geo.regions[point[3]] : undefined;
  return { kind: point ? 'point' : 'area', name, fine, coarse, country, point: [lon, lat], ...(region ? { region } : {}) };
}
