import { browser } from 'wxt/browser';
import { readLocatorMap } from '@/utils/geo/map-data';
import type { LocatorMapData } from '@/utils/geo/types';
import type { BackgroundMessage } from '@/utils/messages';

/** Asks the background for a place's locator map; a failed or malformed answer is none. */
export async function requestMap(id: string): Promise<LocatorMapData | null> {
  const message: BackgroundMessage = { type: 'map', id };
  const reply: unknown = await browser.runtime.sendMessage(message);
  return readLocatorMap((reply as { map?: unknown } | undefined)?.map);
}

/**
 * Locator maps on this page, one request per place: the map data (a few kB of path text)
 * lives in the background and comes only for the cards a reader opens.
 */
export class MapCache {
  private readonly maps = new Map<string, LocatorMapData | null>();
  private readonly pending = new Map<string, Promise<LocatorMapData | null>>();

  constructor(private readonly fetchMap: (id: string) => Promise<LocatorMapData | null> = requestMap) {}

  /** The map, null when the place has none, undefined when not asked for or not here yet. */
  get(id: string): LocatorMapData | null | undefined {
    return this.maps.get(id);
  }

  /** Asks once per place; a request that failed settles with none and lets a later call ask again. */
  load(id: string): Promise<LocatorMapData | null> {
    if (this.maps.has(id)) return Promise.resolve(this.maps.get(id)!);
    let request = this.pending.get(id);
    if (!request) {
      request = this.fetchMap(id)
        .then(
          (map) => {
            this.maps.set(id, map);
            return map;
          },
          () => null,
        )
        .finally(() => this.pending.delete(id));
      this.pending.set(id, request);
    }
    return request;
  }
}
