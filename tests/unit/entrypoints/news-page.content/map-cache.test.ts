import { describe, expect, it } from 'vitest';
import { MapCache } from '@/entrypoints/news-page.content/map-cache';
import type { LocatorMapData } from '@/utils/geo/types';

const map = (alt: string): LocatorMapData => ({ viewBox: '0 0 160 110', paths: [], dot: null, alt });

describe('the map cache', () => {
  it('asks the background once per place, and keeps a place without a map as none', async () => {
    const asked: string[] = [];
    const cache = new MapCache(async (id) => {
      asked.push(id);
      return id === 'black-sea' ? null : map(`Map: ${id}`);
    });
    expect(cache.get('kyiv')).toBeUndefined();
    const [a, b] = await Promise.all([cache.load('kyiv'), cache.load('kyiv')]);
    expect(a).toBe(b);
    expect(cache.get('kyiv')?.alt).toBe('Map: kyiv');
    expect(await cache.load('black-sea')).toBeNull();
    expect(cache.get('black-sea')).toBeNull();
    await cache.load('black-sea');
    expect(asked).toEqual(['kyiv', 'black-sea']);
  });

  it('settles with none when the background fails, and asks again later', async () => {
    let fail = true;
    const cache = new MapCache(async (id) => {
      if (fail) throw new Error('Extension context invalidated.');
      return map(id);
    });
    expect(await cache.load('kyiv')).toBeNull();
    expect(cache.get('kyiv')).toBeUndefined();
    fail = false;
    expect((await cache.load('kyiv'))?.alt).toBe('kyiv');
  });
});
