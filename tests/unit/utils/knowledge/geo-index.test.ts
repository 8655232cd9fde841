import { beforeAll, describe, expect, it } from 'vitest';
import type { GeoIndex } from '@/utils/geo/types';
import { buildGeoIndex, readGeoSources } from '@/utils/knowledge/geo-index';
import { populationCentre, type LocatedCity } from '@/utils/knowledge/geo-places';
import { readKnowledgeFiles } from '@/utils/knowledge/read-files';

const city = (lon: number, lat: number, population: number) => ({ loc: { coordinates: [lon, lat] }, population }) as LocatedCity;

describe('a region’s centre', () => {
  it('is its towns’ position weighted by population', () => {
    expect(populationCentre([city(30, 50, 3000), city(34, 46, 1000)])).toEqual([31, 49]);
    expect(populationCentre([])).toBeNull();
  });

  it('stays on the side of its largest town across the antimeridian (Chukotka)', () => {
    const [lon] = populationCentre([city(177.5, 64.7, 15000), city(-173, 66, 5000)])!;
    expect(lon).toBeGreaterThan(177.5);
  });
});

describe('the geo index built from the knowledge', () => {
  let geo: GeoIndex;
  const country = (i: number) => geo.countries[i][0];
  beforeAll(() => {
    geo = buildGeoIndex(readKnowledgeFiles(), readGeoSources());
  }, 30_000);

  it('places a gazetteer town by its GeoNames id, with its country and region', () => {
    const [lon, lat, c, r] = geo.points['kostyantynivka-ua'];
    expect([lon, lat]).toEqual([37.71, 48.53]);
    expect(country(c)).toBe('ukraine');
    expect(geo.regions[r]).toBe('Donetsk Oblast');
  });

  it('places a hand-written town by its name in its country, and a Crimean one in Ukraine', () => {
    const [, , c, r] = geo.points.kramatorsk;
    expect([country(c), geo.regions[r]]).toEqual(['ukraine', 'Donetsk Oblast']);
    expect(country(geo.points.sevastopol[2])).toBe('ukraine');
    expect(country(geo.points.moscow[2])).toBe('russia');
  });

  it('places regions at their centre: hand-written and generated ones', () => {
    expect(country(geo.areas['donetsk-oblast'][2])).toBe('ukraine');
    expect(country(geo.areas['kursk-oblast'][2])).toBe('russia');
    expect(country(geo.areas['aargau-ch-ag'][2])).toBe('switzerland');
  });

  it('knows each country by itself, at both scales where it has an outline, with its continent', () => {
    const ukraine = geo.countries.find((c) => c[0] === 'ukraine')!;
    expect(ukraine.slice(3)).toEqual(['Ukraine', 'Europe']);
    expect(Math.min(ukraine[1], ukraine[2])).toBeGreaterThanOrEqual(0);
    expect(geo.countries.find((c) => c[0] === 'monaco')![2]).toBe(-1);
    expect(geo.countries.map((c) => c[0])).not.toContain('tuvalu');
  });

  it('has no position for what is not a point or an area: seas, pipelines, broad regions', () => {
    for (const id of ['black-sea', 'nord-stream', 'balkans']) expect(geo.points[id] ?? geo.areas[id]).toBeUndefined();
  });

  it('holds only valid references, in id order, and stays small enough to read on a card’s first request', () => {
    for (const [lon, lat, c, r] of Object.values(geo.points)) {
      expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90).toBe(true);
      expect(geo.countries[c]).toBeDefined();
      expect(r === -1 || geo.regions[r] !== undefined).toBe(true);
    }
    const ids = Object.keys(geo.points);
    expect(ids).toEqual([...ids].sort());
    expect(JSON.stringify(geo).length).toBeLessThan(1_600_000);
  });
});
