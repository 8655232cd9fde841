import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { drawLocatorMap, type MapTarget } from '@/utils/geo/draw-map';
import { featureName } from '@/utils/geo/country-match';
import type { CountryTopology } from '@/utils/geo/types';
import { atlasOf } from '@/utils/knowledge/geo-index';

const require = createRequire(import.meta.url);
const geo = {
  fine: atlasOf(require('world-atlas/countries-50m.json') as CountryTopology),
  coarse: atlasOf(require('world-atlas/countries-110m.json') as CountryTopology),
};
const at = (atlas: typeof geo.fine, name: string) => atlas.topology.objects.countries.geometries.findIndex((g) => featureName(g) === name);
const scales = (feature: string) => ({ fine: at(geo.fine, feature), coarse: at(geo.coarse, feature) });
const town = (name: string, point: [number, number], country: string, feature = country, region?: string): MapTarget => ({
  kind: 'point',
  name,
  ...scales(feature),
  country,
  point,
  ...(region ? { region } : {}),
});
const country = (name: string, feature = name, continent?: string): MapTarget => ({ kind: 'country', name, ...scales(feature), country: name, point: null, ...(continent ? { continent } : {}) });
const inFrame = ([x, y]: [number, number]) => x >= 0 && x <= 160 && y >= 0 && y <= 110;

describe('drawing a locator map', () => {
  it('draws a town in its country: the outline, the borders around, a dot where the town is', () => {
    const map = drawLocatorMap(geo, town('Kramatorsk', [37.56, 48.72], 'Ukraine', 'Ukraine', 'Donetsk Oblast'))!;
    expect(map.viewBox).toBe('0 0 160 110');
    expect(map.alt).toBe('Map: Kramatorsk, in Donetsk Oblast, eastern Ukraine');
    expect(map.paths.filter((p) => p.role === 'focus')).toHaveLength(1);
    expect(map.paths.filter((p) => p.role === 'neighbour').length).toBeGreaterThanOrEqual(5); // Russia, Belarus, Poland, Moldova, Romania…
    expect(map.paths.at(-1)!.role).toBe('focus'); // drawn last, over its neighbours
    expect(inFrame(map.dot!)).toBe(true);
    for (const path of map.paths) expect(path.d).toMatch(/^(m[\d.,-]+l[\d.,-]+z)+$/);
    expect(JSON.stringify(map).length).toBeLessThan(12_000);
  });

  it('tells north from south and east from west by the dot’s place in the country', () => {
    expect(drawLocatorMap(geo, town('Sevastopol', [33.52, 44.61], 'Ukraine'))!.alt).toBe('Map: Sevastopol, southern Ukraine');
    expect(drawLocatorMap(geo, town('Kyiv', [30.52, 50.45], 'Ukraine'))!.alt).toBe('Map: Kyiv, northern Ukraine');
    expect(drawLocatorMap(geo, town('Lviv', [24.03, 49.84], 'Ukraine'))!.alt).toBe('Map: Lviv, north-western Ukraine');
    expect(drawLocatorMap(geo, town('Marseille', [5.38, 43.3], 'France'))!.alt).toBe('Map: Marseille, south-eastern France');
    expect(drawLocatorMap(geo, town('Moscow', [37.62, 55.75], 'Russia'))!.alt).toBe('Map: Moscow, western Russia');
  });

  it('frames a town away from its country’s main land by the land it is on, and says no direction', () => {
    const map = drawLocatorMap(geo, town('Honolulu', [-157.86, 21.31], 'United States', 'United States of America', 'Hawaii'))!;
    expect(map.alt).toBe('Map: Honolulu, in Hawaii, United States');
    expect(inFrame(map.dot!)).toBe(true);
  });

  it('draws a town in a country as wide as Russia from the coarser outlines: a smaller map, as sharp at that scale', () => {
    const moscow = town('Moscow', [37.62, 55.75], 'Russia');
    const map = drawLocatorMap(geo, moscow)!;
    const detailed = drawLocatorMap(geo, { ...moscow, coarse: -1 })!;
    expect(JSON.stringify(map).length).toBeLessThan(JSON.stringify(detailed).length * 0.7);
    expect(map.alt).toBe(detailed.alt);
  });

  it('draws across the antimeridian without a seam', () => {
    const map = drawLocatorMap(geo, town('Anadyr', [177.51, 64.73], 'Russia'))!;
    expect(inFrame(map.dot!)).toBe(true);
    expect(map.paths.some((p) => p.role === 'focus')).toBe(true);
  });

  it('shows a country in its continent, with no dot, from the coarser outlines', () => {
    const map = drawLocatorMap(geo, country('Ukraine', 'Ukraine', 'Europe'))!;
    expect(map.alt).toBe('Map: Ukraine, in Europe');
    expect(map.dot).toBeNull();
    expect(map.paths.filter((p) => p.role === 'neighbour').length).toBeGreaterThan(20);
    expect(JSON.stringify(map).length).toBeLessThan(16_000);
  });

  it('marks a country too small to see with a dot', () => {
    expect(scales('Monaco').coarse).toBe(-1); // too small for 1:110m: drawn from 1:50m
    const map = drawLocatorMap(geo, country('Monaco', 'Monaco', 'Europe'))!;
    expect(map.dot).not.toBeNull();
    expect(inFrame(map.dot!)).toBe(true);
  });

  it('draws the same map every time', () => {
    const target = town('Odesa', [30.73, 46.48], 'Ukraine');
    expect(drawLocatorMap(geo, target)).toEqual(drawLocatorMap(geo, target));
  });
});
