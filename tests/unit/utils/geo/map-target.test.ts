import { describe, expect, it } from 'vitest';
import { loadGeo, mapTargetFor } from '@/utils/geo/map-target';
import type { GeoIndex } from '@/utils/geo/types';

const empty = { topology: { type: 'Topology', objects: { countries: { type: 'GeometryCollection', geometries: [] } }, arcs: [] }, reach: [] } as unknown as GeoIndex['fine'];
const geo = loadGeo({
  fine: empty,
  coarse: empty,
  countries: [
    ['monaco', 7, -1, 'Monaco', 'Europe'],
    ['ukraine', 12, 3, 'Ukraine', 'Europe'],
  ],
  regions: ['Donetsk Oblast'],
  points: { kramatorsk: [37.56, 48.72, 1, 0], 'monte-carlo-mc': [7.42, 43.74, 0, -1] },
  areas: { 'donetsk-oblast': [37.82, 48.05, 1] },
});

describe('what a map shows', () => {
  it('puts a town on the detailed outline of its country, with its region', () => {
    expect(mapTargetFor(geo, 'kramatorsk', 'Kramatorsk')).toEqual({ kind: 'point', name: 'Kramatorsk', fine: 12, coarse: 3, country: 'Ukraine', point: [37.56, 48.72], region: 'Donetsk Oblast' });
    expect(mapTargetFor(geo, 'monte-carlo-mc', 'Monte Carlo')).toMatchObject({ kind: 'point', fine: 7, coarse: -1, country: 'Monaco' });
  });

  it('puts a region at its centre in its country, and a country on its own', () => {
    expect(mapTargetFor(geo, 'donetsk-oblast', 'Donetsk Oblast')).toEqual({ kind: 'area', name: 'Donetsk Oblast', fine: 12, coarse: 3, country: 'Ukraine', point: [37.82, 48.05] });
    expect(mapTargetFor(geo, 'ukraine', 'Ukraine')).toEqual({ kind: 'country', name: 'Ukraine', fine: 12, coarse: 3, country: 'Ukraine', point: null, continent: 'Europe' });
    expect(mapTargetFor(geo, 'monaco', 'Monaco')).toMatchObject({ kind: 'country', fine: 7, coarse: -1 });
  });

  it('has nothing for a place without a position', () => {
    expect(mapTargetFor(geo, 'black-sea', 'Black Sea')).toBeNull();
  });
});
