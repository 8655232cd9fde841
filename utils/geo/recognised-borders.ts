import { geoContains } from 'd3-geo';
import { feature, mergeArcs } from 'topojson-client';
import type { MultiPolygon, Polygon } from 'topojson-specification';
import { featureName } from './country-match.ts';
import type { CountryTopology } from './types.ts';

/** A territory Natural Earth draws by who holds it, given back to the country the knowledge (and the UN) names. */
export interface RecognisedBorder {
  /** The feature that gets the territory. */
  country: string;
  /** The feature Natural Earth draws it in. */
  holder: string;
  /** A point inside the territory: picks the holder's polygon. Null: the holder is the territory, and keeps its own outline. */
  at: [number, number] | null;
  why: string;
}

/**
 * Natural Earth 4.1 (world-atlas 2) draws de facto control. Our cards say "Ukraine
 * (internationally recognised)" for Crimea's towns and "Cyprus (internationally recognised)"
 * for Northern Cyprus, and GeoNames files their towns under UA, CY and SO: a map that put
 * Sevastopol's dot outside Ukraine's outline would contradict its own card.
 */
export const RECOGNISED_BORDERS: RecognisedBorder[] = [
  { country: 'Ukraine', holder: 'Russia', at: [34.1, 44.95], why: 'Crimea: annexed by Russia in 2014; UN General Assembly resolution 68/262' },
  { country: 'Cyprus', holder: 'N. Cyprus', at: null, why: 'recognised only by Turkey' },
  { country: 'Somalia', holder: 'Somaliland', at: null, why: 'recognised by no UN member' },
];

type Area = Polygon | MultiPolygon;
const polygonsOf = (g: Area): number[][][] => (g.type === 'Polygon' ? [g.arcs] : g.arcs);

/**
 * A copy of the topology with each territory inside its country's outline (one outline: the
 * border between them dissolved by topojson's `mergeArcs`). A territory taken from a holder
 * leaves the holder's outline; a holder that is the territory keeps its own (its entity's map).
 */
export function withRecognisedBorders(topology: CountryTopology, borders = RECOGNISED_BORDERS): CountryTopology {
  const geometries = topology.objects.countries.geometries.slice();
  const find = (name: string) => geometries.findIndex((g) => featureName(g) === name);
  for (const border of borders) {
    const into = find(border.country);
    const from = find(border.holder);
    if (into < 0 || from < 0) throw new Error(`No feature named ${into < 0 ? border.country : border.holder}`);
    const holder = geometries[from] as Area & (typeof geometries)[number];
    let part: number[][][] = polygonsOf(holder);
    if (border.at) {
      const at = border.at;
      const hit = part.find((arcs) => geoContains(feature(topology, { type: 'Polygon', arcs }), at));
      if (!hit) throw new Error(`${border.holder} has no polygon at ${at.join(', ')}`);
      part = [hit];
      geometries[from] = { ...holder, type: 'MultiPolygon', arcs: polygonsOf(holder).filter((arcs) => arcs !== hit) };
    }
    const country = geometries[into] as Area & (typeof geometries)[number];
    const merged = mergeArcs(topology, [country, { type: 'MultiPolygon', arcs: part }]);
    geometries[into] = { ...country, type: 'MultiPolygon', arcs: merged.arcs };
  }
  return { ...topology, objects: { ...topology.objects, countries: { ...topology.objects.countries, geometries } } };
}
