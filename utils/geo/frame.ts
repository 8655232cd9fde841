import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoCircle, geoContains, geoDistance, type GeoProjection } from 'd3-geo';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { MapKind } from './types';

export const MAP_WIDTH = 160;
export const MAP_HEIGHT = 110;
const MAP_PADDING = 4;
const DEGREES = 180 / Math.PI;
/** Parts of a country this close to its main part belong on its map (Corsica with France), in degrees. */
const NEAR_PARTS_MIN_DEG = 8;
/** Around a town, at least this much land shows (in degrees, ~170 km): Malta or Luxembourg keep their neighbours in view. */
const PLACE_CONTEXT_DEG = 1.5;
/** A region's or country's map shows this much around it (degrees): roughly its part of the continent. */
const CONTINENT_CONTEXT_DEG = { min: 12, max: 60, perRadius: 1.6 };

type Ring = Position[];

/** How far (degrees) a polygon's outer ring reaches from `centre`. */
export function reachOf(polygon: Polygon, centre: [number, number]): number {
  let far = 0;
  for (const vertex of polygon.coordinates[0]) far = Math.max(far, geoDistance(centre, vertex as [number, number]));
  return far * DEGREES;
}

/** The polygons of a country's outline, one by one. */
export function partsOf(area: Polygon | MultiPolygon): Polygon[] {
  return area.type === 'Polygon' ? [area] : area.coordinates.map((coordinates: Ring[]) => ({ type: 'Polygon', coordinates }));
}

function nearestVertex(polygon: Polygon, point: [number, number]): number {
  let near = Infinity;
  for (const vertex of polygon.coordinates[0]) near = Math.min(near, geoDistance(point, vertex as [number, number]));
  return near;
}

/**
 * The part of a country its map is about: the polygon holding the place (or the country's
 * largest, or the one nearest a place on no polygon, such as a coastal town just off the
 * 1:50m coast) with the polygons near it. France's map is metropolitan France with Corsica;
 * Honolulu's is Hawaii. `isMain`: that group holds the country's largest polygon, so "eastern
 * United States" means what it says.
 */
export function mainParts(parts: Polygon[], point: [number, number] | null): { parts: Polygon[]; isMain: boolean } {
  const areas = parts.map((p) => geoArea(p));
  const largest = parts[areas.indexOf(Math.max(...areas))];
  let anchor = largest;
  if (point) {
    anchor = parts.find((p) => geoContains(p, point)) ?? parts.reduce((a, b) => (nearestVertex(b, point) < nearestVertex(a, point) ? b : a));
  }
  const centre = geoCentroid(anchor) as [number, number];
  const near = Math.max(NEAR_PARTS_MIN_DEG, 1.5 * reachOf(anchor, centre));
  const group = parts.filter((p) => p === anchor || geoDistance(centre, geoCentroid(p)) * DEGREES <= near);
  return { parts: group, isMain: group.includes(largest) };
}

/**
 * The map's projection: Lambert azimuthal equal-area centred on the country's main part
 * (true areas, no seam anywhere on Earth, so Chukotka or Fiji need no special case), fitted
 * by d3 to the part and its surroundings, and clipped to the frame.
 */
export function frameProjection(parts: Polygon[], point: [number, number] | null, kind: MapKind): GeoProjection {
  const main: MultiPolygon = { type: 'MultiPolygon', coordinates: parts.map((p) => p.coordinates) };
  const centre = geoCentroid(main) as [number, number];
  const radius = kind === 'point' ? PLACE_CONTEXT_DEG : Math.min(CONTINENT_CONTEXT_DEG.max, Math.max(CONTINENT_CONTEXT_DEG.min, CONTINENT_CONTEXT_DEG.perRadius * Math.max(...parts.map((p) => reachOf(p, centre)))));
  const context = geoCircle()
    .center(kind === 'point' && point ? point : centre)
    .radius(radius)();
  const fit = { type: 'GeometryCollection' as const, geometries: [main, context, ...(point ? [{ type: 'Point' as const, coordinates: point }] : [])] };
  return geoAzimuthalEqualArea()
    .rotate([-centre[0], -centre[1]])
    .clipAngle(90)
    .fitExtent(
      [
        [MAP_PADDING, MAP_PADDING],
        [MAP_WIDTH - MAP_PADDING, MAP_HEIGHT - MAP_PADDING],
      ],
      fit,
    )
    .clipExtent([
      [0, 0],
      [MAP_WIDTH, MAP_HEIGHT],
    ]);
}

/**
 * A circle on the sphere holding the whole frame (centre, radius in degrees): a country whose
 * own circle (`GeoIndex.reach`) misses it cannot show. Radius 180 when a corner is off the globe.
 */
export function frameCircle(projection: GeoProjection): { centre: [number, number]; radius: number } {
  const centre = projection.invert?.([MAP_WIDTH / 2, MAP_HEIGHT / 2]) ?? [0, 0];
  let radius = 0;
  for (const corner of [[0, 0], [MAP_WIDTH, 0], [0, MAP_HEIGHT], [MAP_WIDTH, MAP_HEIGHT]] as [number, number][]) {
    const at = projection.invert?.(corner);
    if (!at || !Number.isFinite(at[0]) || !Number.isFinite(at[1])) return { centre, radius: 180 };
    radius = Math.max(radius, geoDistance(centre, at) * DEGREES);
  }
  return { centre, radius };
}
