import { geoCentroid, geoDistance, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { mapAltText } from './alt-text';
import { CompactPath } from './compact-path';
import { compassWord, type MapBounds } from './compass';
import { frameCircle, frameProjection, mainParts, MAP_HEIGHT, MAP_WIDTH, partsOf } from './frame';
import type { Atlas, GeoIndex, LocatorMapData, MapKind, MapPath } from './types';

/** What one map is of: the entity, its country's geometries (-1: none at that scale) and names, and its point if it has one. */
export interface MapTarget {
  kind: MapKind;
  name: string;
  fine: number;
  coarse: number;
  country: string;
  point: [number, number] | null;
  region?: string;
  continent?: string;
}

/** Points closer than this (viewBox units) to the last one kept are dropped: under a pixel, which is all a 160-pixel map can show. */
const THIN_STEP = 0.7;
/** A focus outline smaller than this (viewBox units) gets a dot too, or Monaco would not show. */
const TINY_FOCUS = 3;
/**
 * A frame reaching farther than this (degrees, centre to corner) shows ~25 km a pixel or more:
 * the scale 1:110m is drawn for. A town in Russia or the United States is drawn from it, in a
 * quarter of the time and half the path text; one in Ukraine (~7°) from 1:50m.
 */
const COARSE_FRAME_DEG = 12;
const DEGREES = 180 / Math.PI;

type Area = Polygon | MultiPolygon;
const round = ([x, y]: [number, number]): [number, number] => [Math.round(x * 10) / 10, Math.round(y * 10) / 10];

/** Decoded outlines by topology: decoding Russia's arcs alone took ~2 ms a map. */
const decoded = new WeakMap<Atlas['topology'], Map<number, Area | null>>();

function outlineOf({ topology }: Atlas, geometry: number): Area | null {
  let outlines = decoded.get(topology);
  if (!outlines) decoded.set(topology, (outlines = new Map()));
  let outline = outlines.get(geometry);
  if (outline === undefined) {
    const object = topology.objects.countries.geometries[geometry];
    outline = object && (object.type === 'Polygon' || object.type === 'MultiPolygon') ? (feature(topology, object) as Feature<Area>).geometry : null;
    outlines.set(geometry, outline);
  }
  return outline;
}

/** Geometries whose circle meets the frame's: the countries that can show around the focus. */
function aroundFrame(reach: Atlas['reach'], projection: GeoProjection, focus: number): number[] {
  const frame = frameCircle(projection);
  const out: number[] = [];
  reach.forEach(([lon, lat, radius], i) => {
    if (i !== focus && geoDistance(frame.centre, [lon, lat]) * DEGREES <= frame.radius + radius) out.push(i);
  });
  return out;
}

/** The focus outline at one scale, the part of it the map is about, and the fitted projection. */
function frame(atlas: Atlas, geometry: number, target: MapTarget) {
  const focus = outlineOf(atlas, geometry);
  if (!focus) return null;
  const main = mainParts(partsOf(focus), target.point);
  return { atlas, geometry, focus, main, projection: frameProjection(main.parts, target.point, target.kind) };
}

/**
 * The scale to draw at: a region or country in its continent from 1:110m, a town from 1:50m
 * unless its country fills a frame as wide as 1:110m is made for (see `COARSE_FRAME_DEG`).
 */
function chooseFrame(geo: Pick<GeoIndex, 'fine' | 'coarse'>, target: MapTarget) {
  if (target.coarse >= 0 && target.kind !== 'point') return frame(geo.coarse, target.coarse, target);
  const detailed = frame(geo.fine, target.fine, target);
  if (!detailed || target.coarse < 0 || frameCircle(detailed.projection).radius <= COARSE_FRAME_DEG) return detailed;
  return frame(geo.coarse, target.coarse, target) ?? detailed;
}

/**
 * Draws a locator map with d3-geo: the focus country's outline, the borders of the countries
 * around it clipped to the frame, and the place as a dot; with the text alternative that says
 * the same. Null when the country has no outline.
 */
export function drawLocatorMap(geo: Pick<GeoIndex, 'fine' | 'coarse'>, target: MapTarget): LocatorMapData | null {
  const chosen = chooseFrame(geo, target);
  if (!chosen) return null;
  const { atlas, geometry, focus, main, projection } = chosen;
  const context = new CompactPath(THIN_STEP);
  const path = geoPath(projection, context);
  const draw = (outline: Area | null) => {
    if (outline) path(outline);
    return context.take();
  };
  const paths: MapPath[] = [];
  for (const i of aroundFrame(atlas.reach, projection, geometry)) {
    const d = draw(outlineOf(atlas, i));
    if (d) paths.push({ d, role: 'neighbour' });
  }
  const focusPath = draw(focus);
  if (focusPath) paths.push({ d: focusPath, role: 'focus' });

  const bounds = geoPath(projection).bounds({ type: 'MultiPolygon', coordinates: main.parts.map((p) => p.coordinates) }) as MapBounds;
  const [[left, top], [right, bottom]] = bounds;
  const tiny = !focusPath || Math.max(right - left, bottom - top) < TINY_FOCUS;
  const spot = target.point ?? (tiny ? (geoCentroid(focus) as [number, number]) : null);
  const projected = spot ? projection(spot) : null;
  const dot = projected ? round(projected) : null;
  const compass = target.kind !== 'country' && dot && main.isMain ? compassWord(dot, bounds) : null;
  const alt = mapAltText({ ...target, compass });
  return { viewBox: `0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`, paths, dot, alt };
}
