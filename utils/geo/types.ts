import type { GeometryCollection, Topology } from 'topojson-specification';

/** The countries' outlines: world-atlas's Natural Earth countries, each geometry named. */
export type CountryTopology = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * One scale of the world's outlines: world-atlas's Natural Earth countries, and per geometry
 * a circle on the sphere that holds it (centre longitude, latitude, radius in degrees), so a
 * map finds the countries inside its frame without decoding them all.
 */
export interface Atlas {
  topology: CountryTopology;
  reach: [number, number, number][];
}

/**
 * A country-like entity on the map: its geometry at 1:50m and at 1:110m (-1: too small for
 * that scale), the name the alt text uses, its continent ('' when unknown).
 */
export type GeoCountry = [id: string, fine: number, coarse: number, name: string, continent: string];

/**
 * What the background needs to draw any place's locator map, built at build time by
 * `utils/knowledge/geo-index.ts` and shipped as `knowledge/geo.json`.
 */
export interface GeoIndex {
  /** 1:50m, for a town in its country: every UN member but Tuvalu, Malta and Andorra included. */
  fine: Atlas;
  /** 1:110m, for a region or country in its continent: a tenth of the points, as much as 160 pixels can show. */
  coarse: Atlas;
  /** Countries, disputed states and territories with an outline of their own, sorted by id. */
  countries: GeoCountry[];
  /** First-level region names that points refer to. */
  regions: string[];
  /** Populated places: longitude, latitude, index in `countries`, index in `regions` (-1: none). */
  points: Record<string, [number, number, number, number]>;
  /** First-level regions: their population-weighted centre, and index in `countries`. */
  areas: Record<string, [number, number, number]>;
}

/** How a map is framed: a place in its country, or a region or country in its continent. */
export type MapKind = 'point' | 'area' | 'country';

/** One outline on the map: the place's country, or a country around it. */
export interface MapPath {
  d: string;
  role: 'focus' | 'neighbour';
}

/** A locator map ready to render as SVG: everything in viewBox units, rounded. */
export interface LocatorMapData {
  viewBox: string;
  paths: MapPath[];
  dot: [number, number] | null;
  /** The text alternative: "Map: Kramatorsk, in Donetsk Oblast, eastern Ukraine". */
  alt: string;
}
