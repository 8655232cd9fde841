import { describe, expect, it } from 'vitest';
import { readLocatorMap } from '@/utils/geo/map-data';

const good = { viewBox: '0 0 160 110', paths: [{ d: 'm1,2l3-4,5,6z', role: 'focus' }], dot: [40.5, 60], alt: 'Map: Kyiv, northern Ukraine' };

describe('reading a map from the background', () => {
  it('keeps a well-formed map, and only its known fields', () => {
    expect(readLocatorMap({ ...good, extra: 1 })).toEqual(good);
    expect(readLocatorMap({ ...good, dot: null })).toEqual({ ...good, dot: null });
  });

  it('counts anything else as no map', () => {
    for (const bad of [
      null,
      undefined,
      'map',
      { ...good, viewBox: '0 0 160 110; x' },
      { ...good, alt: 7 },
      { ...good, paths: 'm1,2z' },
      { ...good, paths: [{ d: 'M1,2 <script>', role: 'focus' }] },
      { ...good, paths: [{ d: 'm1,2z', role: 'sea' }] },
      { ...good, dot: [1] },
      { ...good, dot: [1, Number.NaN] },
    ]) {
      expect(readLocatorMap(bad)).toBeNull();
    }
  });
});
