import { createRequire } from 'node:module';
import { geoContains } from 'd3-geo';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { withRecognisedBorders } from '@/utils/geo/recognised-borders';
import { featureName } from '@/utils/geo/country-match';
import type { CountryTopology } from '@/utils/geo/types';

const require = createRequire(import.meta.url);
const SEVASTOPOL: [number, number] = [33.52, 44.6];
const SIMFEROPOL: [number, number] = [34.1, 44.95];
const KYIV: [number, number] = [30.52, 50.45];
const MOSCOW: [number, number] = [37.62, 55.75];
const KYRENIA: [number, number] = [33.32, 35.34];
const HARGEISA: [number, number] = [44.06, 9.56];

describe.each(['50m', '110m'])('recognised borders at 1:%s', (scale) => {
  const source = require(`world-atlas/countries-${scale}.json`) as CountryTopology;
  const fixed = withRecognisedBorders(source);
  const outline = (topology: CountryTopology, name: string) => {
    const object = topology.objects.countries.geometries.find((g) => featureName(g) === name)!;
    return feature(topology, object) as Feature;
  };

  it('draws Crimea in Ukraine, not in Russia, as the cards and the UN do', () => {
    expect(geoContains(outline(source, 'Russia'), SEVASTOPOL)).toBe(true); // Natural Earth's de facto line
    for (const point of [SEVASTOPOL, SIMFEROPOL, KYIV]) expect(geoContains(outline(fixed, 'Ukraine'), point)).toBe(true);
    for (const point of [SEVASTOPOL, SIMFEROPOL]) expect(geoContains(outline(fixed, 'Russia'), point)).toBe(false);
    expect(geoContains(outline(fixed, 'Russia'), MOSCOW)).toBe(true);
  });

  it('draws Cyprus and Somalia whole, and keeps Northern Cyprus and Somaliland for their own cards', () => {
    expect(geoContains(outline(fixed, 'Cyprus'), KYRENIA)).toBe(true);
    expect(geoContains(outline(fixed, 'Somalia'), HARGEISA)).toBe(true);
    expect(geoContains(outline(fixed, 'N. Cyprus'), KYRENIA)).toBe(true);
    expect(geoContains(outline(fixed, 'Somaliland'), HARGEISA)).toBe(true);
  });

  it('leaves the package’s data as it was', () => {
    expect(geoContains(outline(source, 'Ukraine'), SEVASTOPOL)).toBe(false);
    expect(fixed.objects.countries.geometries.length).toBe(source.objects.countries.geometries.length);
  });
});
